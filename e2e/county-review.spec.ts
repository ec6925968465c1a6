// 汇总审核: a county office opens its units' reports at once — seed reports, reports with errors,
// a Word file, a damaged file — and gets the right rows and flags, checks across reports, the
// county total and a problem list workbook it can read back.
import { expect, test, type Page } from '@playwright/test'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readXlsxSheets } from '../src/import/xlsx-sheets.ts'
import { batchFinished, collectPageErrors, freshApp, openPage } from './helpers.ts'

const SEEDS = [0, 1, 2, 3, 4].map((i) => `src/report/fixtures/seed-00${i}.json`)

/** A folder as a county clerk receives it: five seeds, two reports with errors, a Word file, a damaged file. */
function countyFolder(): string {
  const dir = test.info().outputPath('county')
  mkdirSync(join(dir, '乡镇'), { recursive: true })
  for (const path of SEEDS) writeFileSync(join(dir, '乡镇', path.split('/').at(-1)!), readFileSync(path))
  const seed = JSON.parse(readFileSync(SEEDS[1]!, 'utf8'))
  // 一+二 ≠ 三+四 in the 自然人 column.
  const unbalanced = { ...seed, meta: { ...seed.meta, agency: '偃师区甲镇人民政府' }, table3: { ...seed.table3, carriedForward: { ...seed.table3.carriedForward, naturalPerson: 5 } } }
  writeFileSync(join(dir, 'balance-error.json'), JSON.stringify(unbalanced))
  // A township reporting 规章 (an error for 乡镇).
  const rules = { ...seed, meta: { ...seed.meta, agency: '偃师区乙镇人民政府' }, table2: { ...seed.table2, rules: { issued: 1, repealed: 0, inForce: 1 } } }
  writeFileSync(join(dir, 'town-rules.json'), JSON.stringify(rules))
  writeFileSync(join(dir, 'wrong-total.docx'), readFileSync('src/import/test-fixtures/wrong-total.docx'))
  writeFileSync(join(dir, 'damaged.docx'), 'PK\u0003\u0004 this is not a Word file')
  return dir
}

const row = (page: Page, agency: string) => page.locator(`[data-report-row][data-agency="${agency}"]`)

test('a folder of reports: rows, flags, checks across reports, the county total and the problem list', async ({ page }) => {
  const errors = collectPageErrors(page)
  const dir = countyFolder()
  await freshApp(page)
  await openPage(page, '汇总审核')
  // Seed 000 and the Word file are one unit and year: kept both here (else the second is a new version).
  await page.getByLabel('两份都保留').check()
  await page.getByTestId('batch-folder').setInputFiles(dir)
  // Each file is stored as it is read: on a loaded machine that takes more than the default 5 s.
  await batchFinished(page, 9, 30_000)

  // One row per readable file; the damaged one is listed by name with its reason.
  await expect(page.locator('[data-report-row]')).toHaveCount(8)
  await expect(page.locator('[data-failed-file="damaged.docx"]')).toContainText('已损坏')
  await expect(row(page, '偃师区甲镇人民政府')).toHaveAttribute('data-error-rules', 'T3-BALANCE')
  await expect(row(page, '偃师区乙镇人民政府')).toHaveAttribute('data-error-rules', 'W-TOWN-RULES')
  await expect(row(page, '伊川县白沙镇人民政府').filter({ hasText: 'wrong-total.docx' })).toHaveAttribute('data-error-rules', 'T3-ROWSUM T3-RESULTSUM T4-TOTAL')
  for (const agency of ['偃师区翟镇镇人民政府', '郏县白庙乡人民政府', '叶城县白杨镇人民政府', '伊川县半坡镇人民政府'])
    await expect(row(page, agency)).toHaveAttribute('data-errors', '0')
  // The same agency and year twice (seed 000 and the Word file): a warning on both.
  for (const r of await row(page, '伊川县白沙镇人民政府').all()) expect(Number(await r.getAttribute('data-warnings'))).toBeGreaterThan(0)

  // 只看有错误, then sorting by 新收申请.
  await page.getByLabel('只看有错误').check()
  await expect(page.locator('[data-report-row]')).toHaveCount(3)
  await page.getByLabel('只看有错误').uncheck()
  await page.getByRole('button', { name: '新收申请' }).click()
  const header = page.getByRole('columnheader', { name: '新收申请' })
  await expect(header).toHaveAttribute('aria-sort', /ascending|descending/)
  const direction = (await header.getAttribute('aria-sort')) === 'ascending' ? 1 : -1
  const values = (await page.locator('[data-report-row] .col-newReceived').allTextContents()).map(Number)
  expect(values).toEqual([...values].sort((a, b) => direction * (a - b)))

  // The problem list, read back.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出问题清单' }).click()
  const file = await download
  const saved = test.info().outputPath('problems.xlsx')
  await file.saveAs(saved)
  const [summary, problems] = readXlsxSheets(readFileSync(saved))
  expect(summary?.name).toBe('汇总')
  expect(summary?.rows).toHaveLength(1 + 8 + 1)
  expect(summary?.rows.some((r) => String(r.at(-1)).includes('无法读取'))).toBe(true)
  expect(problems?.name).toBe('问题')
  expect(problems?.rows.some((r) => r[0] === '偃师区甲镇人民政府' && r[3] === 'T3-BALANCE' && String(r[5]).includes('表三 “四、结转下年度继续办理” 行 “自然人” 列'))).toBe(true)

  // The county total of the seven reports of 偃师区 and the seeds: select the three 偃师区 reports.
  for (const agency of ['偃师区翟镇镇人民政府', '偃师区甲镇人民政府', '偃师区乙镇人民政府'])
    await row(page, agency).getByRole('checkbox').check()
  await page.getByRole('button', { name: '生成汇总报告' }).click()
  const dialog = page.getByRole('dialog', { name: '生成汇总报告' })
  await expect(dialog.locator('[data-aggregate-item][data-included="true"]')).toHaveCount(3)
  await dialog.getByRole('button', { name: '生成' }).click()
  await expect(page.locator('.doc-title')).toHaveText('偃师区人民政府2024年政府信息公开工作年度报告')
  // The total opens on 检查与导出 once it is stored and shown; navigate only after that.
  await expect(page.locator('#page-heading')).toHaveText('检查与导出')
  await openPage(page, '二 主动公开')
  const seed = JSON.parse(readFileSync(SEEDS[1]!, 'utf8'))
  await expect(page.locator('[data-cell-id="table2/penalty/decisions"]')).toHaveValue(String(3 * seed.table2.penalty.decisions))
  await openPage(page, '我的报告')
  await expect(page.locator('[data-report-id]', { hasText: '偃师区人民政府' })).toContainText('汇总生成')

  // Clicking a row opens that report in the editor, its errors listed and flagged.
  await openPage(page, '汇总审核')
  await row(page, '偃师区甲镇人民政府').locator('.col-year').click()
  await expect(page.locator('#page-heading')).toHaveText('检查与导出')
  await expect(page.locator('.page [data-rule-id="T3-BALANCE"]')).toHaveCount(1)
  expect(errors).toEqual([])
})

test('reports of different years are not summed together; a reload keeps the review', async ({ page }) => {
  const dir = test.info().outputPath('years')
  mkdirSync(dir, { recursive: true })
  const seed = JSON.parse(readFileSync(SEEDS[0]!, 'utf8'))
  writeFileSync(join(dir, '2024.json'), JSON.stringify(seed))
  writeFileSync(join(dir, '2023.json'), JSON.stringify({ ...seed, meta: { ...seed.meta, year: 2023 } }))
  await freshApp(page)
  await openPage(page, '汇总审核')
  await page.getByTestId('batch-files').setInputFiles([join(dir, '2024.json'), join(dir, '2023.json')])
  // Finished: this year's report checked with last year's too (its warnings are read below).
  await batchFinished(page, 2)
  await expect(page.locator('[data-report-row]')).toHaveCount(2)
  // Both years present: this year's report is compared with last year's (text copied: 100%).
  const thisYear = page.locator('[data-report-row][data-year="2024"]')
  await expect(thisYear.locator('.col-similarity')).toHaveText('100%')
  await expect(page.locator('[data-report-row][data-year="2023"] .col-similarity')).toHaveText('—')
  expect(Number(await thisYear.getAttribute('data-warnings'))).toBeGreaterThan(Number(await page.locator('[data-report-row][data-year="2023"]').getAttribute('data-warnings')))
  // The dialog leaves last year's report out, saying why; ticking it too is refused.
  await page.getByRole('button', { name: '生成汇总报告' }).click()
  const dialog = page.getByRole('dialog', { name: '生成汇总报告' })
  const left = dialog.locator('[data-aggregate-item][data-included="false"]')
  await expect(left).toHaveCount(1)
  await expect(left).toContainText('年度不同')
  await left.getByRole('checkbox').check()
  await expect(dialog.getByRole('alert')).toContainText('年度不同')
  await expect(dialog.getByRole('button', { name: '生成' })).toBeDisabled()
  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(dialog).toHaveCount(0)
  await page.reload()
  await openPage(page, '汇总审核')
  await expect(page.locator('[data-report-row]')).toHaveCount(2)
})
