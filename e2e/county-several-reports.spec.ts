// 汇总审核 with a PDF holding several reports (a third-party compilation), dropped with other
// files: each report is an entry of its own, named by the file and its unit, with its own numbers
// and their pages; the one whose title names no unit is listed with the reason and nothing read;
// a unit also sent as another file is still one unit (report-file.md §10–§11).
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { batchFinished, cell, collectPageErrors, freshApp, openPage } from './helpers.ts'

// Made by src/import/formats/pdf/pdf-reports.test.ts: this app's exports of three reports through
// LibreOffice, one after another; the numbers of the first two are in the .expected.json beside it.
const PDF = 'src/import/test-fixtures/three-reports-compilation.pdf'
type Expected = { meta: { agency: string; year: number }; table2: unknown; table3: Record<string, Record<string, number>>; table4: unknown }
const expected = JSON.parse(readFileSync(PDF.replace(/\.pdf$/, '.expected.json'), 'utf8')) as Expected[]
const [a, b] = expected.map((e) => e.meta.agency) as [string, string]

/** The second unit's report sent again as its own file (the seed's text, the compilation's numbers). */
const secondAsJson = () => ({ ...JSON.parse(readFileSync('src/report/fixtures/seed-000.json', 'utf8')), ...expected[1] })

async function drop(page: Page, files: { name: string; bytes: Uint8Array | string; type: string }[]) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer()
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }))
    return dt
  }, files.map((f) => ({ name: f.name, type: f.type, bytes: [...(typeof f.bytes === 'string' ? new TextEncoder().encode(f.bytes) : f.bytes)] })))
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer })
}

const row = (page: Page, agency: string) => page.locator(`[data-report-row][data-agency="${agency}"]`)

test('汇总审核: a compilation PDF dropped with other files gives one entry per report, each with its own numbers', async ({ page }) => {
  test.setTimeout(120_000)
  const errors = collectPageErrors(page)
  await freshApp(page)
  await openPage(page, '汇总审核')
  await drop(page, [
    { name: '汇编.pdf', bytes: readFileSync(PDF), type: 'application/pdf' },
    // The same two units set side by side in a third-party comparison.
    { name: '对比.pdf', bytes: readFileSync('src/import/test-fixtures/two-reports-side-by-side.pdf'), type: 'application/pdf' },
    { name: 'wrong-total.docx', bytes: readFileSync('src/import/test-fixtures/wrong-total.docx'), type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    { name: '另一镇.json', bytes: JSON.stringify(secondAsJson()), type: 'application/json' },
  ])
  // Four files, seven entries: each report of the two PDFs counts.
  await batchFinished(page, 7, 60_000)
  await expect(page.locator('progress')).toHaveAttribute('max', '7')

  // Each readable report is an entry named by its file and unit; a unit sent in two or three
  // files is one row, its latest submission (the others are its earlier versions or the same).
  await expect(page.locator('[data-report-row]')).toHaveCount(3)
  await expect(row(page, a)).toHaveCount(1)
  await expect(row(page, a)).toContainText(new RegExp(`(汇编|对比)\\.pdf（第 1 份：${a}）`))
  await expect(row(page, b)).toHaveCount(1)
  // The first unit reads the same from the compilation and the comparison: recognised, not a new
  // submission. The second unit's own file differs from the PDFs' reading (its narrative): a
  // new submission, whichever order the files were read in.
  await expect(row(page, a)).toHaveAttribute('data-round', '1')
  await expect(row(page, b)).toHaveAttribute('data-round', /^[23]$/)
  await expect(page.locator('.toast').last()).toContainText('份与已有报告内容相同，未重复添加')
  await expect(row(page, '伊川县白沙镇人民政府')).toHaveAttribute('data-error-rules', 'T3-ROWSUM T3-RESULTSUM T4-TOTAL')
  // The third names no unit: listed with the reason, nothing read from it.
  const third = page.locator('[data-failed-file^="汇编.pdf（第 3 份"]')
  await expect(third).toContainText(/第 \d+ 页起，单位不明/)
  await expect(third).toContainText('没有机关名称，无法确定是哪个单位的报告：未读取')
  await expect(page.locator('.toast').last()).toContainText('1 项无法读取')
  await page.locator('.failed-files').scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('county-several-reports-failed.png') })
  await page.locator('[data-report-row]').first().scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('county-several-reports-rows.png') })

  // The first unit's numbers are its own, each with its page and line.
  await row(page, a).locator('.report-name').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${a}2024年政府信息公开工作年度报告`)
  await openPage(page, '三 申请情况')
  for (const r of ['newReceived', 'granted', 'unable.needCreation']) {
    for (const [col, value] of Object.entries(expected[0]!.table3[r]!)) await expect(cell(page, `table3/${r}/${col}`)).toHaveValue(String(value))
  }
  // (A cell with an error shows the error in its title; the others say where their number was read.)
  await expect(cell(page, 'table3/granted/commercial')).toHaveAttribute('title', /来源：第 \d+ 页第 \d+ 行/)
  expect(errors).toEqual([])
})
