// Paste of the shapes users really copy (report-file.md §9), undo after a paste, Esc, and the
// spreadsheet habits of the cells. The clipboard is a synthetic ClipboardEvent whose
// DataTransfer holds text/html and text/plain, as Word, WPS and Excel put them there.
import { expect, test, type Page } from '@playwright/test'
import { cell, collectPageErrors, freshApp, openPage, openReportFile } from './helpers'

async function paste(page: Page, id: string, text: string, html = '') {
  await cell(page, id).click()
  await page.evaluate(([cellId, plain, markup]) => {
    const el = document.querySelector<HTMLInputElement>(`[data-cell-id="${cellId}"]`)!
    const data = new DataTransfer()
    if (markup) data.setData('text/html', markup)
    data.setData('text/plain', plain)
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, [id, text, html] as const)
}

const T4 = ['1', '2', '0', '1', '4', '0', '1', '0', '0', '2', '2', '0', '1', '0', '3']

test('table 4 pasted as one published row of 15 numbers, totals compared, then undone', async ({ page }) => {
  const errors = collectPageErrors(page)
  await freshApp(page)
  await openPage(page, '四 复议诉讼')
  await cell(page, 'table4/review/upheld').click()
  await page.keyboard.type('7')
  await paste(page, 'table4/review/upheld', T4.join('\t'))
  await expect(page.locator('.toast').last()).toHaveText(/已写入 12 个数；比对了 3 个合计，1 个不符/)
  await expect(cell(page, 'table4/litigationDirect/upheld')).toHaveValue('0')
  await expect(cell(page, 'table4/litigationAfterReview/pending')).toHaveValue('0')
  await expect(cell(page, 'table4/litigationAfterReview/other')).toHaveValue('1')
  // 直接起诉 总计 says 2 but its four add up to 1: a finding on that total.
  await expect(page.locator('[data-rule-id="T4-TOTAL"]').first()).toBeAttached()
  await expect(page.locator('.issue-list').first()).not.toContainText('T4-TOTAL')

  await page.keyboard.press('Control+z')
  await expect(cell(page, 'table4/review/upheld')).toHaveValue('7')
  await expect(cell(page, 'table4/litigationAfterReview/other')).toHaveValue('')
  await expect(page.locator('[data-rule-id="T4-TOTAL"]')).toHaveCount(0)
  await page.getByRole('button', { name: '重做' }).click()
  await expect(cell(page, 'table4/review/upheld')).toHaveValue('1')
  await page.getByRole('button', { name: '撤销' }).click()
  await page.getByRole('button', { name: '撤销' }).click()
  await expect(cell(page, 'table4/review/upheld')).toHaveValue('')
  expect(errors).toEqual([])
})

test('table 3 pasted as 25 rows with （七）总计: 四 gets its own numbers', async ({ page }) => {
  await freshApp(page)
  await openPage(page, '三 申请情况')
  const rows: string[] = []
  const leaf = [0, 1, 2, 0, 0, 0]
  rows.push('3\t1\t0\t0\t0\t0\t4', '1\t0\t0\t0\t0\t0\t1')
  for (let i = 0; i < 21; i++) rows.push(`${i === 0 ? leaf.join('\t') : '0\t0\t0\t0\t0\t0'}\t${i === 0 ? 3 : 0}`)
  rows.push(`${leaf.join('\t')}\t3`, '4\t0\tx\t0\t0\t0\t4')
  await paste(page, 'table3/newReceived/naturalPerson', rows.join('\r\n'))
  await expect(page.locator('.toast').last()).toContainText('比对了')
  await expect(cell(page, 'table3/carriedForward/naturalPerson')).toHaveValue('4')
  await expect(cell(page, 'table3/granted/commercial')).toHaveValue('1')
  await expect(page.locator('.toast').last()).toContainText('第 25 行第 3 列')
})

test('a row copied with its label (HTML) lands on that row', async ({ page }) => {
  await freshApp(page)
  await openPage(page, '三 申请情况')
  const html = '<table><tr><td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td><td>5</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>6</td></tr></table>'
  await paste(page, 'table3/newReceived/naturalPerson', '（二）部分公开\t\t5\t0\t1\t0\t0\t0\t6', html)
  await expect(cell(page, 'table3/partial/naturalPerson')).toHaveValue('5')
  await expect(cell(page, 'table3/partial/research')).toHaveValue('1')
  await expect(cell(page, 'table3/newReceived/naturalPerson')).toHaveValue('')
  await expect(page.locator('.toast').last()).toHaveText('已写入 6 个数；比对了 1 个合计，全部相符')
})

test('an uncertain placement asks first; 取消 writes nothing, 确认粘贴 writes', async ({ page }) => {
  await freshApp(page)
  await openPage(page, '四 复议诉讼')
  await paste(page, 'table4/review/upheld', '0\t0\t0\t0\t0\t0')
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('请确认粘贴位置')
  await expect(dialog.locator('td.p-write')).toHaveCount(5)
  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(cell(page, 'table4/review/upheld')).toHaveValue('')
  await paste(page, 'table4/review/upheld', '0\t0\t0\t0\t0\t0')
  await page.getByRole('dialog').getByRole('button', { name: '确认粘贴' }).click()
  await expect(cell(page, 'table4/review/upheld')).toHaveValue('0')
})

test('the dialog offers both readings; switching marks other cells and 确认粘贴 writes the chosen one', async ({ page }) => {
  await freshApp(page)
  await openPage(page, '四 复议诉讼')
  await paste(page, 'table4/review/upheld', '0\t0\t0\t0\t0\t0')
  const dialog = page.getByRole('dialog')
  const withTotal = dialog.getByRole('radio', { name: /按含合计读取/ })
  const without = dialog.getByRole('radio', { name: /按不含合计读取/ })
  await expect(withTotal).toBeChecked()
  await expect(dialog.locator('td.p-total[data-cells="table4/review/total"]')).toHaveCount(1)
  await without.check()
  await expect(dialog.locator('td.p-write')).toHaveCount(6)
  await expect(dialog.locator('td[data-cells="table4/litigationDirect/corrected"]')).toHaveClass(/p-write/)
  await expect(dialog.locator('td.p-total')).toHaveCount(0)
  // Nothing is written while the user chooses.
  await expect(cell(page, 'table4/review/upheld')).toHaveValue('')
  await dialog.getByRole('button', { name: '确认粘贴' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(cell(page, 'table4/litigationDirect/upheld')).toHaveValue('0')
  await expect(cell(page, 'table4/litigationDirect/corrected')).toHaveValue('0')
  await expect(page.locator('.toast').last()).toHaveText('已写入 6 个数')
  await page.keyboard.press('Control+z')
  await expect(cell(page, 'table4/litigationDirect/corrected')).toHaveValue('')
})

test('undo after 改用自动计算的合计 brings the pasted total and its finding back', async ({ page }) => {
  await freshApp(page)
  await openPage(page, '四 复议诉讼')
  const row = [...T4]
  row[4] = '9'
  await paste(page, 'table4/review/upheld', row.join('\t'))
  await expect(page.locator('.toast').last()).toContainText('不符')
  const finding = page.locator('[data-rule-id="T4-TOTAL"][data-cells~="table4/review/total"]')
  await expect(finding.first()).toBeAttached()
  await page.getByRole('button', { name: '改用自动计算的合计' }).click()
  await expect(finding).toHaveCount(0)
  await expect(page.getByRole('button', { name: '改用自动计算的合计' })).toHaveCount(0)
  await page.getByRole('button', { name: '撤销' }).click()
  await expect(finding.first()).toBeAttached()
  await expect(page.getByRole('button', { name: '改用自动计算的合计' })).toBeVisible()
  // The step before it is the paste itself.
  await page.getByRole('button', { name: '撤销' }).click()
  await expect(cell(page, 'table4/review/upheld')).toHaveValue('')
  await expect(finding).toHaveCount(0)
})

test('cells: a click on the focused cell selects it, Esc restores, F2 edits in place', async ({ page }) => {
  await freshApp(page)
  await openPage(page, '四 复议诉讼')
  const a = cell(page, 'table4/review/upheld')
  await a.click()
  await page.keyboard.type('1')
  await a.click()
  await page.keyboard.type('0')
  await expect(a).toHaveValue('0')
  await page.keyboard.press('Tab')
  await a.click()
  await page.keyboard.type('25')
  await page.keyboard.press('Escape')
  await expect(a).toHaveValue('0')
  await page.keyboard.press('F2')
  await page.keyboard.type('3')
  await expect(a).toHaveValue('03')
  await page.keyboard.press('Tab')
  await a.dblclick()
  await page.keyboard.type('4')
  await expect(a).toHaveValue('34')
})

test('a draft marker left in the text blocks the export until it is gone', async ({ page }) => {
  await freshApp(page)
  await openReportFile(page, 'src/report/fixtures/seed-003.json')
  await openPage(page, '一 总体情况')
  const field = page.locator('[data-field="overview.proactive"]')
  const text = await field.inputValue()
  await field.fill(`【请按本年情况改写】${text}`)
  await page.getByRole('button', { name: '导出 Word' }).first().click()
  await expect(page.locator('.toast').last()).toContainText('个错误，改正后才能导出 Word')
  const entry = page.locator('[data-rule-id="DRAFT-MARKER"]')
  await expect(entry).toHaveCount(1)
  await expect(entry).toContainText('【请按本年情况改写】')
  await expect(entry).not.toContainText('DRAFT-MARKER')
  // The check list is on 检查与导出 once.
  await expect(page.locator('.issue-list')).toHaveCount(1)
  await openPage(page, '一 总体情况')
  await field.fill(text)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 Word' }).first().click()
  await download
})

test('a new blank report holds its findings as 未填写 until the section is left; a reload returns to the section', async ({ page }) => {
  await freshApp(page)
  await expect(page.getByLabel('机关全称', { exact: true })).not.toHaveClass(/has-error/)
  await expect(page.locator('.issue.error')).toHaveCount(0)
  await expect(page.locator('.issue-summary')).toContainText('项未填写')
  await openPage(page, '三 申请情况')
  await expect(page.locator('.issue.error[data-rule-id="META"]')).toHaveCount(1)
  await page.reload()
  await expect(page.locator('#page-heading')).toContainText('三、收到和处理政府信息公开申请情况')
})
