// What the user typed is what the Word file prints: a 万元 amount to the fen, the opening
// paragraph under 一、总体情况, and text with characters Word cannot take (removed as typed).
import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { bodyParts, paragraphsOf, readDocx, tablesOf } from '../src/docx/testing/docx-xml.ts'
import { cell, collectPageErrors, freshApp, openPage, typeCell, openReportFile } from './helpers.ts'

const FIXTURE = 'src/report/fixtures/seed-000.json'

test('an amount to the fen, the opening paragraph and cleaned text reach the form, the preview and the .docx unchanged', async ({ page }) => {
  const errors = collectPageErrors(page)
  await freshApp(page)
  await openReportFile(page, FIXTURE)

  await openPage(page, '二 主动公开')
  await typeCell(page, 'table2/fees/amountWanYuan', '24252.311082')
  await cell(page, 'table2/penalty/decisions').click()
  await expect(cell(page, 'table2/fees/amountWanYuan')).toHaveValue('24252.311082')
  await expect(page.locator('[data-rule-id="NUM-FEE"]')).toHaveCount(0)
  // Seven decimals (pasted at once) are refused, with the reason, and the amount stays.
  await cell(page, 'table2/fees/amountWanYuan').fill('1.1234567')
  await expect(cell(page, 'table2/fees/amountWanYuan')).toHaveAttribute('title', /最多保留 6 位小数/)
  await cell(page, 'table2/penalty/decisions').click()
  await expect(cell(page, 'table2/fees/amountWanYuan')).toHaveValue('24252.311082')

  await openPage(page, '一 总体情况')
  const intro = page.getByRole('textbox', { name: '总述（可选，在“（一）”之前）' })
  await expect(intro).toHaveValue(/^2024年，白沙镇人民政府在县委、县政府的坚强领导下/)
  await intro.fill('2024年，本镇持续深化政务公开\ufffe工作\u0001。现将有关情况报告如下：')
  await expect(intro).toHaveValue('2024年，本镇持续深化政务公开工作。现将有关情况报告如下：')
  await expect(page.locator('.toast', { hasText: '已删除 2 个无法写入 Word 文档的字符' })).toBeVisible()

  await page.getByRole('tab', { name: '文档预览' }).click()
  const preview = page.getByTestId('preview')
  await expect(preview.locator('[data-cell-ref="table2/fees/amountWanYuan"]')).toHaveText('24252.311082')
  // The opening paragraph stands right after the heading, before （一）.
  await expect(preview).toContainText('一、总体情况2024年，本镇持续深化政务公开工作。')

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 Word' }).first().click()
  const saved = test.info().outputPath('fidelity.docx')
  await (await download).saveAs(saved)
  const parts = bodyParts((await readDocx(readFileSync(saved))).document)
  const texts = paragraphsOf(parts).map((p) => p.text)
  const heading = texts.indexOf('一、总体情况')
  expect(texts[heading + 1]).toBe('2024年，本镇持续深化政务公开工作。现将有关情况报告如下：')
  expect(texts[heading + 2]).toMatch(/^（一）主动公开情况。/)
  expect(tablesOf(parts)[0]!.cells.some((c) => c.text === '24252.311082')).toBe(true)
  expect(errors).toEqual([])
})
