// Screenshots of a published report being read, for the README (not a test): a CMS article page
// saved as GBK with every quirk of published-formats.md (built by the tests' own page maker), and
// LibreOffice's PDF of a report. Usage: node scripts/import-screenshots.mjs [baseURL] [outDir]
// (needs `npm run build` + a preview server, and soffice for the PDF).
import { chromium } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer } from 'vite'

const base = process.argv[2] ?? 'http://127.0.0.1:4173'
const out = process.argv[3] ?? 'docs'
const dir = mkdtempSync(join(tmpdir(), 'import-shots-'))

// The page maker is TypeScript test support; Vite's module runner loads it as the tests do.
const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' })
const pages = await vite.ssrLoadModule('/src/import/formats/html/test-pages.ts')
const htmlFile = join(dir, '白杨镇2024年政府信息公开工作年度报告.html')
writeFileSync(htmlFile, pages.encodeGbk(pages.cmsPage('gbk', 40_000)))
await vite.close()
spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, 'src/import/test-fixtures/seed-layout.docx'], { timeout: 90_000 })

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })
await page.goto(base)

/** Opens a file through 打开报告, shows its import details with the sources listed, and shoots the dialog. */
async function shoot(file, name) {
  await page.getByTestId('open-file').setInputFiles(file)
  const dialog = page.getByRole('dialog')
  await dialog.getByTestId('import-details').waitFor({ timeout: 60_000 })
  for (const summary of await dialog.locator('details > summary').all()) await summary.click()
  await dialog.screenshot({ path: `${out}/${name}` })
  await dialog.getByRole('button', { name: '取消' }).click()
}

await shoot(htmlFile, 'import-html.png')
await shoot(join(dir, 'seed-layout.pdf'), 'import-pdf.png')
await browser.close()
console.log(`screenshots in ${out}`)
