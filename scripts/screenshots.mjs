// Takes screenshots of every page of the app (for looking at it, not a test).
// Usage: node scripts/screenshots.mjs [baseURL] [outDir]   (needs `npm run build` + a preview server on 4173)
import { chromium } from '@playwright/test'
import { mkdirSync } from 'node:fs'

const base = process.argv[2] ?? 'http://127.0.0.1:4173'
const out = process.argv[3] ?? 'test-results/screenshots'
mkdirSync(out, { recursive: true })
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
})
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
await page.goto(base)
const pages = ['基本信息', '一 总体情况', '二 主动公开', '三 申请情况', '四 复议诉讼', '五 问题改进', '六 其他事项', '检查与导出']
for (const [i, name] of pages.entries()) {
  await page.locator('.section-nav button', { hasText: name }).click()
  await page.waitForTimeout(150)
  await page.screenshot({ path: `${out}/${i}-${name.replace(/\s/g, '')}.png` })
}
await browser.close()
console.log(`screenshots in ${out}`)
