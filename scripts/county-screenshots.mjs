// Screenshots of a county office's January on 汇总审核, for the README (not a test).
// Usage: node scripts/county-screenshots.mjs [baseURL] [outDir]   (needs `npm run build` + a preview server)
import { chromium } from '@playwright/test'
import { readFileSync } from 'node:fs'

const base = process.argv[2] ?? 'http://127.0.0.1:4173'
const out = process.argv[3] ?? 'docs'
const seed = (i) => JSON.parse(readFileSync(`src/report/fixtures/seed-00${i}.json`, 'utf8'))
const file = (name, report) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)) })

/** Township seeds received no applications; give each some, balanced (new = granted + partial). */
function withRequests(report, n) {
  report.table3.newReceived.naturalPerson = n
  report.table3.granted.naturalPerson = n - Math.floor(n / 3)
  report.table3.partial.naturalPerson = Math.floor(n / 4)
  report.table3['unable.notHeld'].naturalPerson = Math.floor(n / 3) - Math.floor(n / 4)
  return report
}
const lastYear = withRequests(seed(0), 9)
lastYear.meta.year = 2023
const broken = seed(1)
broken.table3.carriedForward.naturalPerson = (broken.table3.carriedForward.naturalPerson ?? 0) + 5
const copy = seed(0)
copy.meta.agency = '伊川县鸦岭镇人民政府'
const swap = (t) => t.split('白沙镇').join('鸦岭镇')
for (const part of [copy.overview, copy.problems]) for (const k of Object.keys(part)) part[k] = swap(part[k])

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
await page.clock.setFixedTime(new Date('2025-01-20T10:00:00'))
await page.goto(base)
await page.locator('.section-nav button', { hasText: '汇总审核' }).click()
await page.getByLabel('每行一个单位').fill(['伊川县白沙镇人民政府\t乡镇', '翟镇镇\t乡镇', '伊川县半坡镇\t乡镇', '伊川县鸦岭镇\t乡镇', '郏县白庙乡\t乡镇', '伊川县江左镇\t乡镇'].join('\n'))
await page.getByRole('button', { name: '保存名单' }).click()
await page.getByLabel('截止日期').fill('2025-01-31')
await page.getByTestId('batch-files').setInputFiles([file('白沙镇2023.json', lastYear), file('白沙镇.json', withRequests(seed(0), 14)), file('翟镇镇.json', broken), file('半坡镇.json', withRequests(seed(4), 6)), file('鸦岭镇.json', withRequests(copy, 4)), file('白杨镇.json', withRequests(seed(3), 11))])
await page.locator('[data-report-row]').nth(5).waitFor()
await page.clock.setFixedTime(new Date('2025-02-03T09:00:00'))
await page.getByTestId('batch-files').setInputFiles([file('白庙乡.json', seed(2))])
await page.locator('[data-report-row]').nth(6).waitFor()
await page.getByLabel('评分规则').selectOption({ label: '某市年报评分（示例）' })
await page.getByLabel('按年度筛选').selectOption('2024')
// The toasts have said their piece (hidden by style: React owns their nodes).
await page.addStyleTag({ content: '.toasts { display: none !important; }' })
await page.waitForTimeout(300)
await page.screenshot({ path: `${out}/county-january.png` })
await page.locator('[data-report-row][data-agency="伊川县鸦岭镇人民政府"]').getByRole('button', { name: /^处理/ }).click()
await page.locator('.triage-panel').scrollIntoViewIfNeeded()
await page.locator('.triage-panel').screenshot({ path: `${out}/county-triage.png` })
await page.getByRole('button', { name: '关闭' }).click()
await page.getByRole('button', { name: '县域概览' }).click()
await page.locator('.county-charts').waitFor()
await page.locator('.county-charts').screenshot({ path: `${out}/county-dashboard.png` })
await page.emulateMedia({ media: 'print' })
await page.screenshot({ path: 'test-results/county-print-media.png' })
await page.pdf({ path: 'test-results/county-print.pdf', preferCSSPageSize: true, printBackground: true })

// A compilation PDF (three reports, one whose title names no unit) dropped with two other files:
// a row per report, named by the file and its unit; the unreadable one listed with the reason.
{
  const fresh = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
  await fresh.goto(base)
  await fresh.locator('.section-nav button', { hasText: '汇总审核' }).click()
  await fresh.getByTestId('batch-files').setInputFiles([
    { name: '第三方汇编.pdf', mimeType: 'application/pdf', buffer: readFileSync('src/import/test-fixtures/three-reports-compilation.pdf') },
    { name: '白沙镇.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(seed(0))) },
    { name: '半坡镇.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(seed(4))) },
  ])
  await fresh.locator('[data-report-row]').nth(3).waitFor()
  await fresh.locator('[data-failed-file]').waitFor()
  await fresh.addStyleTag({ content: '.toasts { display: none !important; } .roster-panel { display: none !important; }' })
  await fresh.waitForTimeout(300)
  await fresh.locator('.batch-progress').scrollIntoViewIfNeeded()
  await fresh.screenshot({ path: `${out}/county-several-reports.png` })
  await fresh.close()
}
await browser.close()
console.log(`screenshots in ${out}`)
