// The whole journey of a township with no applications: every section typed as a user types,
// the check list clearing, a check result leading to its cell, and the Word export.
import { expect, test } from '@playwright/test'
import { cell, collectPageErrors, fillTablesNoApplications, freshApp, openPage, typeCell } from './helpers'

test('fill every section, clear the checks, export Word', async ({ page }) => {
  const errors = collectPageErrors(page)
  await freshApp(page)
  await page.getByLabel('机关全称', { exact: true }).fill('伊川县白沙镇人民政府')
  await page.getByLabel('报告年度').selectOption('2024')
  await page.getByLabel('成文日期', { exact: true }).fill('2025-01-20')
  await expect(page.getByTestId('title-preview')).toHaveText('伊川县白沙镇人民政府2024年政府信息公开工作年度报告')
  await expect(page.locator('[data-page="meta"] [data-status]')).toHaveAttribute('data-status', 'done')

  await openPage(page, '一 总体情况')
  const parts: [string, string][] = [
    ['（一）主动公开', '2024年，通过政务公开栏主动公开政府信息75条。'],
    ['（二）依申请公开', ''],
    ['（三）政府信息管理', '严格落实保密审查制度，未制发行政规范性文件。'],
    ['（四）政府信息公开平台建设', '维护政务公开栏12处。'],
    ['（五）监督保障', '将政务公开纳入年度考核，未发生责任追究情况。'],
  ]
  for (const [label, text] of parts) {
    const box = page.getByRole('textbox', { name: label })
    if (text) await box.fill(text)
  }
  // The standard sentence is inserted with the report year.
  await page.getByRole('button', { name: '未收到申请' }).click()
  await expect(page.getByRole('textbox', { name: '（二）依申请公开' })).toHaveValue('2024年，本机关未收到政府信息公开申请。')

  await fillTablesNoApplications(page)

  await openPage(page, '五 问题改进')
  await page.getByRole('textbox', { name: '（一）存在问题' }).fill('政务公开栏信息更新不够及时，重点领域信息公开深度不够。')
  await page.getByRole('textbox', { name: '（二）改进情况' }).fill('下一步将明确专人负责公开栏更新，每月检查一次公开内容。')
  await openPage(page, '六 其他事项')
  await page.getByRole('button', { name: '未收取信息处理费' }).click()

  await openPage(page, '检查与导出')
  await expect(page.locator('.page [data-severity="error"]')).toHaveCount(0)
  for (const nav of ['基本信息', '一 总体情况', '二 主动公开', '三 申请情况', '四 复议诉讼', '五 问题改进', '六 其他事项']) {
    await expect(page.locator('.section-nav button', { hasText: nav }).locator('[data-status]')).not.toHaveAttribute('data-status', /empty|error/)
  }

  // A check result leads to its cell.
  await openPage(page, '三 申请情况')
  await typeCell(page, 'table3/newReceived/research', '2')
  await openPage(page, '检查与导出')
  const entry = page.locator('.page [data-rule-id="T3-BALANCE"]')
  await expect(entry).toHaveAttribute('data-cells', /table3\/newReceived\/research/)
  await entry.getByRole('button').click()
  await expect(cell(page, 'table3/newReceived/research')).toBeFocused()
  await page.keyboard.press('Control+a')
  await page.keyboard.type('0')

  await openPage(page, '检查与导出')
  const download = page.waitForEvent('download')
  await page.locator('.page').getByRole('button', { name: '导出 Word' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('伊川县白沙镇人民政府2024年政府信息公开工作年度报告.docx')
  await file.saveAs('test-results/files/exported.docx')
  expect(errors).toEqual([])
})

test('export is blocked while errors remain, and the errors are listed', async ({ page }) => {
  await freshApp(page)
  let downloaded = false
  page.on('download', () => (downloaded = true))
  await page.getByRole('button', { name: '导出 Word' }).click()
  await expect(page.locator('#page-heading')).toHaveText('检查与导出')
  await expect(page.locator('.toast.error')).toContainText('改正后才能导出')
  await expect(page.locator('.page [data-rule-id="META"]')).toBeVisible()
  await expect(page.locator('.page [data-rule-id="NUM-INT"]').first()).toBeVisible()
  expect(downloaded).toBe(false)
})
