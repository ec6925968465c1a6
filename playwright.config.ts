import { chromium, defineConfig, devices } from '@playwright/test'
import { existsSync } from 'node:fs'

const PORT = Number(process.env.E2E_PORT ?? 4173)

/**
 * The browser: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download.
 * With none of them, say in one line how to get one (instead of Playwright's launch stack trace).
 */
function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH
  const missing = (why: string) => {
    console.error(`${why} 端到端测试需要 Chromium / The e2e tests need Chromium: apt-get install chromium, or CHROMIUM_PATH=/path/to/chrome, or npx playwright install chromium.`)
    process.exit(1)
  }
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : missing(`CHROMIUM_PATH=${fromEnv} 不存在 (not found).`)
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  return existsSync(chromium.executablePath()) ? undefined : missing('找不到 Chromium (none found).')
}
const CHROMIUM = chromiumPath()

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // .ci/run sets PLAYWRIGHT_JSON_OUTPUT_NAME to count the results.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    acceptDownloads: true,
    trace: 'retain-on-failure',
    locale: 'zh-CN',
    viewport: { width: 1366, height: 768 },
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1366, height: 768 },
        headless: true,
        launchOptions: {
          ...(CHROMIUM ? { executablePath: CHROMIUM } : {}),
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
        },
      },
    },
  ],
  webServer: {
    command: `./node_modules/.bin/vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
