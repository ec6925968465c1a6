// 汇总审核 in January (report-file.md §11, issue 22 isolation): a unit resubmits, the same files are
// opened twice, the county total is asked for in a batch holding the county's own report, a
// resubmission, last year's report and another city's government; and a folder with hostile
// files, the browser reloaded in the middle of it.
import { expect, test, type Page } from '@playwright/test'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { deepNesting, longDocument, manyParagraphs } from '../src/worker/testing/hostile-docx.ts'
import { batchFinished, collectPageErrors, freshApp, openPage } from './helpers.ts'

const seed = (i: number) => JSON.parse(readFileSync(`src/report/fixtures/seed-00${i}.json`, 'utf8'))

function write(dir: string, name: string, content: unknown): string {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, name)
  writeFileSync(path, content instanceof Uint8Array ? content : JSON.stringify(content))
  return path
}

const rows = (page: Page) => page.locator('[data-report-row]')
const row = (page: Page, agency: string) => page.locator(`[data-report-row][data-agency="${agency}"]`)

async function batch(page: Page, files: string[]) {
  await page.getByTestId('batch-files').setInputFiles(files)
  await batchFinished(page, files.length)
}

test('a resubmission becomes the next version of its report; the same files opened again add nothing', async ({ page }) => {
  const errors = collectPageErrors(page)
  const dir = test.info().outputPath('round')
  const first = [0, 1, 2].map((i) => write(dir, `seed-00${i}.json`, seed(i)))
  const changed = seed(1)
  changed.table2.penalty = { decisions: changed.table2.penalty.decisions + 2 }
  const second = write(join(dir, '第二次'), 'seed-001.json', changed)
  await freshApp(page)
  await openPage(page, '汇总审核')
  await batch(page, first)
  await expect(rows(page)).toHaveCount(3)
  for (const r of await rows(page).all()) await expect(r).toHaveAttribute('data-round', '1')

  await batch(page, first)
  await expect(page.locator('.toast').last()).toContainText('3 份与已有报告内容相同，未重复添加')
  await expect(rows(page)).toHaveCount(3)

  await batch(page, [second])
  await expect(rows(page)).toHaveCount(3)
  const resubmitted = row(page, changed.meta.agency)
  await expect(resubmitted).toHaveAttribute('data-round', '2')
  await expect(resubmitted).toContainText(/第 2 次提交：改动：.*（1 个单元格）/)
  await page.locator('.review-scroll').screenshot({ path: test.info().outputPath('resubmission-rows.png') })

  // 我的报告 holds the three reports (and the blank one of a fresh start), not seven.
  await openPage(page, '我的报告')
  await expect(page.locator('[data-report-id]')).toHaveCount(4)
  await openPage(page, '汇总审核')
  await resubmitted.locator('.col-year').click()
  await page.getByRole('button', { name: '历史版本' }).click()
  const history = page.getByRole('dialog', { name: '历史版本' }).getByRole('listitem')
  await expect(history).toHaveCount(2)
  await expect(history.first()).toContainText('新提交的文件')
  await expect(history.last()).toContainText('从文件导入时')
  expect(errors).toEqual([])
})

test('reports without an agency name are each a report of their own, never a version of another', async ({ page }) => {
  const errors = collectPageErrors(page)
  const dir = test.info().outputPath('untitled')
  const untitled = (i: number) => ({ ...seed(i), meta: { ...seed(i).meta, agency: '' } })
  await freshApp(page)
  await openPage(page, '汇总审核')
  await batch(page, [write(dir, 'a.json', untitled(0))])
  await batch(page, [write(join(dir, 'later'), 'b.json', untitled(1))])
  await expect(rows(page)).toHaveCount(2)
  for (const r of await rows(page).all()) await expect(r).toHaveAttribute('data-round', '1')
  expect(errors).toEqual([])
})

test('生成汇总报告 shows what it adds and leaves out, and sums each unit once', async ({ page }) => {
  const errors = collectPageErrors(page)
  const dir = test.info().outputPath('aggregate')
  const county = { ...seed(0), meta: { ...seed(0).meta, agency: '伊川县人民政府', unitType: 'government' } }
  const other = { ...seed(3), meta: { ...seed(3).meta, agency: '淮安市人民政府', unitType: 'government' } }
  const baisha2 = seed(0)
  baisha2.table2.penalty = { decisions: 40 }
  const lastYear = { ...seed(4), meta: { ...seed(4).meta, year: 2023 } }
  // 半坡镇 left a cell blank that the others filled: the dialog says the sum counts it as 0.
  const banpo = seed(4)
  banpo.table2.coercion = { decisions: null }
  const files = [
    write(dir, 'county.json', county), write(dir, 'huaian.json', other), write(dir, 'baisha.json', seed(0)),
    write(dir, 'banpo.json', banpo), write(dir, 'banpo-2023.json', lastYear),
  ]
  await freshApp(page)
  await openPage(page, '汇总审核')
  await batch(page, files)
  // The resubmission kept beside the first (the user's choice for this batch).
  await page.getByLabel('两份都保留').check()
  await batch(page, [write(join(dir, 'again'), 'baisha.json', baisha2)])
  await expect(rows(page)).toHaveCount(6)
  // Kept beside it, it is still the unit's second submission (and the latest, everywhere).
  const baishaRows = rows(page).filter({ hasText: '白沙镇' })
  await expect(baishaRows.nth(0)).toHaveAttribute('data-round', '1')
  await expect(baishaRows.nth(1)).toHaveAttribute('data-round', '2')

  await page.getByRole('button', { name: '生成汇总报告' }).click()
  const dialog = page.getByRole('dialog', { name: '生成汇总报告' })
  const included = dialog.locator('[data-included="true"]')
  const left = dialog.locator('[data-included="false"]')
  await expect(included).toHaveCount(3)
  await expect(left).toHaveCount(3)
  await expect(left.filter({ hasText: '伊川县人民政府' })).toContainText('本级政府的报告')
  await expect(left.filter({ hasText: '伊川县白沙镇人民政府' })).toContainText('较早提交')
  await expect(left.filter({ hasText: '2023年' })).toContainText('年度不同')
  // 淮安市人民政府 is not the parent of 伊川县 units: it is listed as a report like the others.
  await expect(included.filter({ hasText: '淮安市人民政府' })).toHaveCount(1)
  await expect(dialog.locator('[data-blank-unit="伊川县半坡镇人民政府"]')).toContainText('行政强制')
  await dialog.screenshot({ path: test.info().outputPath('aggregate-dialog.png') })

  // Ticking the older 白沙镇 too would count it twice: refused. Unticking 淮安市 is the user's call.
  await left.filter({ hasText: '伊川县白沙镇人民政府' }).getByRole('checkbox').check()
  await expect(dialog.getByRole('alert')).toContainText('同一单位只能计入一次')
  await expect(dialog.getByRole('button', { name: '生成' })).toBeDisabled()
  await dialog.locator('[data-included="true"]', { hasText: '伊川县白沙镇人民政府' }).first().getByRole('checkbox').uncheck()
  // Ticking the 本级 report again beside its towns would count their figures twice: refused too.
  await left.filter({ hasText: '伊川县人民政府' }).getByRole('checkbox').check()
  await expect(dialog.getByRole('alert')).toContainText('伊川县人民政府是本级政府的报告')
  await expect(dialog.getByRole('button', { name: '生成' })).toBeDisabled()
  await dialog.locator('li', { hasText: '伊川县人民政府' }).getByRole('checkbox').uncheck()
  await dialog.locator('li', { hasText: '淮安市人民政府' }).getByRole('checkbox').uncheck()
  await dialog.getByRole('button', { name: '生成' }).click()

  await expect(page.locator('.doc-title')).toHaveText('伊川县人民政府2024年政府信息公开工作年度报告')
  await openPage(page, '二 主动公开')
  // The older 白沙镇 (now ticked) and 半坡镇: each unit once.
  await expect(page.locator('[data-cell-id="table2/penalty/decisions"]')).toHaveValue(String(seed(0).table2.penalty.decisions + seed(4).table2.penalty.decisions))
  expect(errors).toEqual([])
})

test('hostile files in a batch cost only themselves; a reload mid-batch keeps what was read, without copies', async ({ page }) => {
  test.setTimeout(120_000)
  const dir = test.info().outputPath('hostile')
  const good = [0, 1, 4].map((i) => write(dir, `seed-00${i}.json`, seed(i)))
  const bad = [write(dir, 'millions-of-paragraphs.docx', manyParagraphs(3_000_000)), write(dir, 'deep-nesting.docx', deepNesting(100_000))]
  await freshApp(page)
  await openPage(page, '汇总审核')
  await page.getByTestId('batch-files').setInputFiles([bad[0]!, ...good, bad[1]!])
  // The good reports are listed as they are read; the page answers meanwhile (its main thread
  // is free: a stalled page would hang this evaluate until the test's time ran out).
  await expect(rows(page)).toHaveCount(3)
  expect(await page.evaluate(() => document.readyState)).toBe('complete')

  // A reload (or a killed browser) keeps the three; opening the batch again adds no copies.
  await page.reload()
  await openPage(page, '汇总审核')
  await expect(rows(page)).toHaveCount(3)
  await page.getByTestId('batch-files').setInputFiles([...bad, ...good])
  await batchFinished(page, 5, 90_000)
  await expect(rows(page)).toHaveCount(3)
  for (const name of ['millions-of-paragraphs.docx', 'deep-nesting.docx'])
    await expect(page.locator(`[data-failed-file="${name}"]`)).toContainText(`“${name}”`)
  await page.screenshot({ path: test.info().outputPath('hostile-batch.png') })
  await openPage(page, '我的报告')
  await expect(page.locator('[data-report-id]')).toHaveCount(4) // the three and the blank report of a fresh start
})

test('打开报告 of a long file reads it in a worker: the page answers and 取消读取 stops it', async ({ page }) => {
  // Within every reader limit (a file the limits refuse at once would leave nothing to cancel),
  // yet seconds of reading.
  const path = write(test.info().outputPath('open'), 'long-document.docx', longDocument(150_000))
  await freshApp(page)
  await page.getByTestId('open-file').setInputFiles(path)
  const status = page.getByRole('status').filter({ hasText: '正在读取“long-document.docx”' })
  await expect(status).toBeVisible()
  await page.getByLabel('机关全称', { exact: true }).fill('仍可输入')
  await status.getByRole('button', { name: '取消读取' }).click()
  await expect(page.locator('.toast', { hasText: '已取消读取“long-document.docx”' })).toBeVisible()
  await expect(status).toHaveCount(0)
  await expect(page.getByLabel('机关全称', { exact: true })).toHaveValue('仍可输入')
})
