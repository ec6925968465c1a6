// 打开报告 with a Word file: what was read is shown before it replaces anything, and a wrong
// published total is flagged on its exact cell. 以上年报告为底稿 carries last year over.
import { expect, test } from '@playwright/test'
import { cell, freshApp, openPage, openReportFile } from './helpers'

const FIXTURES = 'src/import/test-fixtures'

test('open a .docx: see what was read, then the flagged published total on its cell; the other report stays', async ({ page }) => {
  await freshApp(page)
  await page.getByLabel('机关全称', { exact: true }).fill('原草稿镇人民政府')
  await page.getByTestId('open-file').setInputFiles(`${FIXTURES}/wrong-total.docx`)
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('伊川县白沙镇人民政府 2024年')
  await expect(dialog.getByTestId('import-details')).toContainText('找到 6/6 个部分、3/3 张统计表')
  // Cancelling adds nothing and leaves the open report as it was.
  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(page.getByLabel('机关全称', { exact: true })).toHaveValue('原草稿镇人民政府')

  await openReportFile(page, `${FIXTURES}/wrong-total.docx`)
  await expect(page.getByLabel('机关全称', { exact: true })).toHaveValue('伊川县白沙镇人民政府')
  await openPage(page, '三 申请情况')
  await expect(cell(page, 'table3/newReceived/naturalPerson')).toHaveValue('5')
  await expect(cell(page, 'table3/newReceived/total')).toHaveText('9')
  const rowsum = page.locator('[data-rule-id="T3-ROWSUM"]')
  await expect(rowsum).toHaveAttribute('data-cells', /^table3\/newReceived\/total /)
  await expect(rowsum.first()).toContainText('填的是 10')
  await expect(cell(page, 'table3/newReceived/total')).toHaveClass(/has-error/)
  // Dropping the published totals clears the error.
  await page.getByRole('button', { name: '改用自动计算的合计' }).click()
  await expect(rowsum).toHaveCount(0)
  // Both reports are in 我的报告: opening added one, it replaced nothing.
  await openPage(page, '我的报告')
  await expect(page.locator('[data-report-id]')).toHaveCount(2)
  await expect(page.locator('[data-report-id]', { hasText: '原草稿镇人民政府' })).toBeVisible()
})

test('a table without the 其他 column is read and the missing column is named', async ({ page }) => {
  await freshApp(page)
  await page.getByTestId('open-file').setInputFiles(`${FIXTURES}/missing-column.docx`)
  const dialog = page.getByRole('dialog')
  await expect(dialog.locator('[data-rule-id="STRUCT"]')).toContainText('其他')
  await dialog.getByRole('button', { name: '打开', exact: true }).click()
  await openPage(page, '三 申请情况')
  await expect(cell(page, 'table3/newReceived/otherOrg')).toHaveValue('')
})

test('an old 2019-format report is explained, not misread', async ({ page }) => {
  await freshApp(page)
  await page.getByTestId('open-file').setInputFiles(`${FIXTURES}/old-format-2019.docx`)
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('无法打开此文件')
  await expect(dialog).toContainText('2019')
})

test('以上年报告为底稿: carried-over cases, agency and the cross-year baseline', async ({ page }) => {
  await freshApp(page)
  await page.getByTestId('last-year-file').setInputFiles(`${FIXTURES}/wrong-total.docx`)
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('新建 2025 年报告')
  await dialog.getByRole('button', { name: '新建本年报告' }).click()
  await expect(page.getByLabel('机关全称', { exact: true })).toHaveValue('伊川县白沙镇人民政府')
  await expect(page.getByLabel('报告年度')).toHaveValue('2025')
  await expect(page.getByTestId('baseline')).toContainText('伊川县白沙镇人民政府 2024年报告')
  await openPage(page, '三 申请情况')
  // Last year's 四、结转下年度继续办理, column by column.
  await expect(cell(page, 'table3/carriedOver/naturalPerson')).toHaveValue('1')
  await expect(cell(page, 'table3/carriedOver/commercial')).toHaveValue('0')
  await expect(cell(page, 'table3/carriedOver/otherOrg')).toHaveValue('1')
  await expect(cell(page, 'table3/newReceived/naturalPerson')).toHaveValue('')
  await openPage(page, '一 总体情况')
  await expect(page.getByRole('textbox', { name: '（一）主动公开' })).toHaveValue(/^【请按本年情况改写】/)
  // The copied text is flagged as identical to last year's.
  await expect(page.locator('[data-rule-id="W-COPY"]').first()).toBeVisible()
})
