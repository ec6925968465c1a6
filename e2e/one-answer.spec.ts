// One report, one answer (report-file.md §11): the same file checked in 汇总审核, in the problem
// list workbook, in the editor, on 我的报告 and by `npm run check` gives the same rule ids, cells and
// counts — without last year's report, and with it present (then every place uses it).
import { expect, test, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readXlsxSheets } from '../src/import/xlsx-sheets.ts'
import { placeLabel } from '../src/report/field-labels.ts'
import { batchFinished, freshApp, openPage } from './helpers.ts'

const AGENCY = '伊川县白沙镇人民政府'

/** This year's report with a balance error; last year's with a carried-forward figure that does not match. */
function files(dir: string, withLastYear: boolean): string[] {
  mkdirSync(dir, { recursive: true })
  const seed = JSON.parse(readFileSync('src/report/fixtures/seed-000.json', 'utf8'))
  const now = structuredClone(seed)
  now.table3.carriedForward.naturalPerson += 5
  const before = structuredClone(seed)
  before.meta.year = 2023
  before.table3.carriedForward.naturalPerson += 3
  writeFileSync(join(dir, 'now.json'), JSON.stringify(now))
  if (withLastYear) writeFileSync(join(dir, 'before.json'), JSON.stringify(before))
  return withLastYear ? [join(dir, 'now.json'), join(dir, 'before.json')] : [join(dir, 'now.json')]
}

type Finding = string // "RULE|cells", the cells named as the workbook names them
/** The workbook names cells in Chinese; the page's data-cells and the CLI's --json keep the ids. */
const named = (rule: string, cells: string[]) => `${rule}|${cells.map(placeLabel).join('；')}`
const sorted = (list: Finding[]) => [...list].sort()

function cli(dir: string): { errors: Finding[]; warnings: Finding[] } {
  const out = join(dir, '..', `${dir.split('/').at(-1)}-cli.json`)
  execFileSync('node', ['dist-cli/check.mjs', dir, '--json', out], { stdio: 'ignore' })
  const results = JSON.parse(readFileSync(out, 'utf8')) as { file: string; errors: { rule: string; cells: string[] }[]; warnings: { rule: string; cells: string[] }[] }[]
  const mine = results.find((r) => r.file === 'now.json')!
  const f = (x: { rule: string; cells: string[] }) => named(x.rule, x.cells)
  return { errors: mine.errors.map(f), warnings: mine.warnings.map(f) }
}

async function everyPlace(page: Page, withLastYear: boolean) {
  const dir = test.info().outputPath(withLastYear ? 'with' : 'without')
  const paths = files(dir, withLastYear)
  await freshApp(page)
  await openPage(page, '汇总审核')
  await page.getByTestId('batch-files').setInputFiles(paths)
  await batchFinished(page, paths.length)
  const row = page.locator(`[data-report-row][data-agency="${AGENCY}"][data-year="2024"]`)
  await expect(row).toHaveCount(1)
  const errors = Number(await row.getAttribute('data-errors'))
  const warnings = Number(await row.getAttribute('data-warnings'))
  const errorRules = (await row.getAttribute('data-error-rules'))!.split(' ')

  // The workbook: its 问题 rows of this report.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出问题清单' }).click()
  const saved = test.info().outputPath(`${withLastYear ? 'with' : 'without'}.xlsx`)
  await (await download).saveAs(saved)
  const [summary, problems] = readXlsxSheets(readFileSync(saved))
  const bookRows = problems!.rows.filter((r) => r[0] === AGENCY && r[1] === 2024)
  const book = { errors: bookRows.filter((r) => r[4] === '错误').map((r) => `${r[3]}|${r[5]}`), warnings: bookRows.filter((r) => r[4] !== '错误').map((r) => `${r[3]}|${r[5]}`) }
  expect(summary!.rows.find((r) => r[0] === AGENCY && r[1] === 2024)?.slice(4, 6)).toEqual([errors, warnings])

  // The editor's check list, the report opened from its row.
  await row.locator('.col-year').click()
  await expect(page.locator('#page-heading')).toHaveText('检查与导出')
  const entries = page.locator('.page [data-rule-id]')
  await expect(entries).toHaveCount(errors + warnings)
  const editor = { errors: [] as Finding[], warnings: [] as Finding[] }
  for (const e of await entries.all()) {
    const f = named((await e.getAttribute('data-rule-id'))!, ((await e.getAttribute('data-cells')) ?? '').split(' ').filter(Boolean))
    if ((await e.getAttribute('data-severity')) === 'error') editor.errors.push(f)
    else editor.warnings.push(f)
  }

  // 我的报告's counts.
  await openPage(page, '我的报告')
  const entry = page.locator('[data-report-id]', { hasText: AGENCY }).filter({ hasText: '2024' })
  await expect(entry).toContainText(`${errors} 个错误 · ${warnings} 个提醒`)

  const command = cli(dir)
  expect(sorted(editor.errors)).toEqual(sorted(book.errors))
  expect(sorted(editor.warnings)).toEqual(sorted(book.warnings))
  expect(sorted(command.errors)).toEqual(sorted(book.errors))
  expect(sorted(command.warnings)).toEqual(sorted(book.warnings))
  expect([...new Set(command.errors.map((f) => f.split('|')[0]))]).toEqual(errorRules)
  expect([book.errors.length, book.warnings.length]).toEqual([errors, warnings])
  return book
}

test.beforeAll(() => {
  execFileSync('node', ['scripts/build-cli.mjs'], { stdio: 'ignore' })
})

test('the same findings in every place, without and with last year’s report', async ({ page, browser }) => {
  test.setTimeout(150_000)
  const without = await everyPlace(page, false)
  expect(without.errors.map((f) => f.split('|')[0])).toContain('T3-BALANCE')
  const other = await browser.newPage()
  const withLast = await everyPlace(other, true)
  // Last year's report adds the cross-year checks, in every place alike.
  expect(withLast.warnings.some((f) => f.startsWith('W-XYEAR-CARRY|'))).toBe(true)
  expect(without.warnings.some((f) => f.startsWith('W-XYEAR-CARRY|'))).toBe(false)
})
