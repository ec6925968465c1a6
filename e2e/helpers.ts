// Light helpers for the journeys: locate cells by data-cell-id, navigate by the section list,
// and collect page errors so every test can end with none.
import { expect, type Page } from '@playwright/test'

/** The year of a new report: the current year in November and December, else the previous one. */
export const NEW_REPORT_YEAR = new Date().getMonth() >= 10 ? new Date().getFullYear() : new Date().getFullYear() - 1

export function cell(page: Page, id: string) {
  return page.locator(`[data-cell-id="${id}"]`)
}

export async function openPage(page: Page, nav: string) {
  await page.locator('.section-nav button', { hasText: nav }).click()
}

/** Types into a table cell as a user does: click, select-all on focus, type. */
export async function typeCell(page: Page, id: string, text: string) {
  const input = cell(page, id)
  await input.click()
  await input.press('Control+a')
  await page.keyboard.type(text)
}

export function collectPageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(String(e)))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  return errors
}

/** The app on a new browser profile: each test's context starts with empty storage. */
export async function freshApp(page: Page) {
  await page.goto('/')
  await expect(page.getByRole('button', { name: '新建报告' })).toBeVisible()
  await expect(page.getByLabel('机关全称', { exact: true })).toBeVisible()
}

/**
 * 打开报告 with a file: a report file (.json) opens at once, a Word file, web page or PDF after its reading is
 * shown and confirmed. Either way it is added to 我的报告.
 */
export async function openReportFile(page: Page, path: string) {
  // This file's message, counted before: another message that times out meanwhile (4 s) shifts no index.
  const toasts = page.locator('.toast', { hasText: '已打开' }).filter({ hasText: `“${path.split('/').at(-1)}”` })
  const before = await toasts.count()
  await page.getByTestId('open-file').setInputFiles(path)
  const confirm = page.getByRole('dialog').getByRole('button', { name: '打开', exact: true })
  // A report file of a unit and year 我的报告 already holds is asked about too (a new version).
  if (!path.endsWith('.json')) await confirm.click()
  else {
    await expect(confirm.or(toasts.nth(before))).toBeVisible()
    if (await confirm.isVisible()) await confirm.click()
  }
  await expect(toasts.nth(before)).toBeVisible()
}

/**
 * 汇总审核: waits until a batch of `count` reports is read and finished (the reports read checked
 * again with last year's report read beside them), so that its rows are final.
 */
export async function batchFinished(page: Page, count: number, timeout?: number) {
  await expect(page.locator('progress')).toHaveAttribute('value', String(count), { timeout })
  await expect(page.getByTestId('batch-progress')).toHaveAttribute('aria-busy', 'false', { timeout })
}

/** Dispatches a paste of spreadsheet text (tabs and newlines) on the focused element. */
export async function pasteText(page: Page, text: string) {
  await page.evaluate((t) => {
    const dt = new DataTransfer()
    dt.setData('text/plain', t)
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }))
  }, text)
}

/**
 * Fills the three tables of a unit that received no applications: zeros in table 2 with three
 * penalty decisions, and the 全部填 0 buttons of tables 3 and 4.
 */
export async function fillTablesNoApplications(page: Page) {
  await openPage(page, '二 主动公开')
  for (const id of ['rules/issued', 'rules/repealed', 'rules/inForce', 'normativeDocs/issued', 'normativeDocs/repealed', 'normativeDocs/inForce', 'licensing/decisions', 'coercion/decisions', 'fees/amountWanYuan']) {
    await typeCell(page, `table2/${id}`, '0')
  }
  await typeCell(page, 'table2/penalty/decisions', '3')
  await openPage(page, '三 申请情况')
  await page.getByRole('button', { name: '本年未收到申请（全部填 0）' }).click()
  await expect(cell(page, 'table3/other.other/otherOrg')).toHaveValue('0')
  await openPage(page, '四 复议诉讼')
  await page.getByRole('button', { name: '本年无复议诉讼（全部填 0）' }).click()
  await expect(cell(page, 'table4/review/total')).toHaveText('0')
}
