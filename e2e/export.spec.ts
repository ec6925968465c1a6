// Open a seed report file, export Word, and read the downloaded .docx back: it must be that
// report in the official layout (file name, A4 setup, every paragraph, every table cell).
import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { bodyParts, paragraphsOf, readDocx, tablesOf } from '../src/docx/testing/docx-xml.ts'
import { SECTIONS } from '../src/report/sections.ts'
import { collectPageErrors, freshApp, openReportFile } from './helpers.ts'

interface Ref { rowId: string; colId: string }
interface CellLike { r: number; c: number; rowSpan: number; colSpan: number; kind: string; text?: string; ref?: Ref }
interface TableDefLike {
  cells: CellLike[]
  computed: (Ref & { sumOf: Ref[] })[]
}
type Values = Record<string, Record<string, number | null>>

// A variable specifier: the table definitions are loaded at run time, outside the node type-check
// project (their extensionless imports belong to the app's bundler resolution).
const REGISTRY = '../src/report/tables/registry.ts'
const FIXTURE = 'src/report/fixtures/seed-003.json'

test('the exported .docx is the opened report, typeset and complete', async ({ page }) => {
  const errors = collectPageErrors(page)
  const report = JSON.parse(readFileSync(FIXTURE, 'utf8')) as {
    meta: { agency: string; year: number }
    overview: Record<string, string>
    problems: Record<string, string>
    otherMatters: { text: string }
  } & Record<'table2' | 'table3' | 'table4', Values>
  const { TABLES } = (await import(REGISTRY)) as { TABLES: Record<'table2' | 'table3' | 'table4', TableDefLike> }

  await freshApp(page)
  await openReportFile(page, FIXTURE)
  await expect(page.locator('.doc-title')).toHaveText(`${report.meta.agency}${report.meta.year}年政府信息公开工作年度报告`)

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 Word' }).first().click()
  const file = await download
  expect(file.suggestedFilename()).toBe(`${report.meta.agency}${report.meta.year}年政府信息公开工作年度报告.docx`)
  const saved = test.info().outputPath('seed-003.docx')
  await file.saveAs(saved)

  const docx = await readDocx(readFileSync(saved))
  expect(docx.document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>')
  expect(docx.document).toContain('w:line="579" w:lineRule="exact"')
  expect(docx.settings).toContain('<w:evenAndOddHeaders/>')
  expect(docx.footers.join('')).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>')

  const parts = bodyParts(docx.document)
  const texts = paragraphsOf(parts).map((p) => p.text)
  expect(texts[0]).toBe(`${report.meta.agency}${report.meta.year}年政府信息公开工作年度报告`)
  const body = texts.join('\n')
  for (const s of SECTIONS) expect(texts).toContain(s.heading)
  const narrative = [...Object.values(report.overview), ...Object.values(report.problems), report.otherMatters.text]
  for (const p of narrative.flatMap((t) => t.split('\n')).map((p) => p.trim()).filter(Boolean)) expect(body).toContain(p)
  expect(texts.at(-1)).toBe('2025年1月26日')

  const tables = tablesOf(parts)
  ;(['table2', 'table3', 'table4'] as const).forEach((id, i) => {
    const def = TABLES[id]
    const printed = tables[i]!.cells
    for (const cell of def.cells) {
      const found = printed.find((p) => p.r === cell.r && p.c === cell.c)
      expect(found && [found.rowSpan, found.colSpan], `${id} r${cell.r}c${cell.c}`).toEqual([cell.rowSpan, cell.colSpan])
      let expected = cell.text ?? ''
      const at = cell.ref
      if (at) {
        const computed = def.computed.find((c) => c.rowId === at.rowId && c.colId === at.colId)
        const value = (ref: Ref) => report[id][ref.rowId]?.[ref.colId] ?? 0
        expected = String(computed ? computed.sumOf.reduce((a, ref) => a + value(ref), 0) : value(at))
      }
      expect(found?.text, `${id} r${cell.r}c${cell.c}`).toBe(expected)
    }
  })
  expect(errors).toEqual([])
})
