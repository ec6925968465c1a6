// A PDF setting two reports side by side (a third-party comparison): 打开报告 lists both with
// their agency and page, and reads only the one chosen, with its own numbers (report-file.md §10).
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { cell, collectPageErrors, freshApp, openPage } from './helpers'

// Made by src/import/formats/pdf/pdf-reports.test.ts: this app's exports of two reports through
// LibreOffice, set side by side; the right-hand one's numbers are in the .expected.json beside it.
const PDF = 'src/import/test-fixtures/two-reports-side-by-side.pdf'
const right = JSON.parse(readFileSync(PDF.replace(/\.pdf$/, '.expected.json'), 'utf8')) as { table3: Record<string, Record<string, number>> }

test('打开报告 with two reports side by side: choose the right-hand one, get its numbers only', async ({ page }) => {
  test.setTimeout(90_000)
  const errors = collectPageErrors(page)
  await freshApp(page)
  await page.getByTestId('open-file').setInputFiles(PDF)
  const dialog = page.getByRole('dialog')
  // Reading a PDF takes a few seconds on a loaded machine.
  await expect(dialog).toContainText('中有 2 份报告', { timeout: 30_000 })
  const choices = dialog.getByTestId('report-choices')
  await expect(choices.getByRole('radio')).toHaveCount(2)
  await expect(choices).toContainText('某某县某某镇人民政府 2024年（第 1 页左侧）')
  await choices.getByRole('radio', { name: /某某县另一镇人民政府 2024年（第 1 页右侧）/ }).check()
  await dialog.getByRole('button', { name: '读取所选报告' }).click()
  await expect(dialog).toContainText('已读取“two-reports-side-by-side.pdf”：某某县另一镇人民政府', { timeout: 30_000 })
  await dialog.getByRole('button', { name: '打开', exact: true }).click()
  await expect(page.locator('.toast', { hasText: '已打开' }).last()).toBeVisible()
  await expect(page.getByLabel('机关全称', { exact: true })).toHaveValue('某某县另一镇人民政府')
  await openPage(page, '三 申请情况')
  for (const row of ['newReceived', 'granted', 'unable.needCreation']) {
    for (const [col, value] of Object.entries(right.table3[row]!)) await expect(cell(page, `table3/${row}/${col}`)).toHaveValue(String(value))
  }
  await expect(cell(page, 'table3/newReceived/naturalPerson')).toHaveAttribute('title', /来源：第 \d+ 页第 \d+ 行/)
  expect(errors).toEqual([])
})
