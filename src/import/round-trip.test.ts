// Export → import gives back the same report: every seed fixture and a report whose values are
// all distinct go through this app's Word export (src/docx) and back through importDocx.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { reportDocxBytes } from '@/docx/build-report'
import type { Report } from '@/report/schema'
import { validate } from '@/report/validate'
import { FIXTURES, nonZeroReport } from '@/report/fixtures/test-reports'
import type { Issue } from '@/report/issue'
import { TABLES, TABLE_IDS } from '@/report/tables/registry'
import { cellId } from '@/report/tables/table-def'
import { readValue } from '@/report/values'
import { importDocx } from './formats/docx/read-docx'

function blankCells(report: Report): string[] {
  return TABLE_IDS.flatMap((t) => TABLES[t].inputs.filter((i) => readValue(report, t, i) === null).map((i) => cellId(t, i))).sort()
}

/** What the app downloads: packed with the font table and tidied (package.ts). */
const exportBytes = reportDocxBytes

function nonZero(change: (r: Report) => void): Report {
  const report = nonZeroReport()
  change(report)
  return report
}

/** The expected reports of the LibreOffice fixtures (one has blank cells) make further cases. */
const fromHtml = (name: string): [string, Report] =>
  [name, JSON.parse(readFileSync(join(__dirname, 'test-fixtures', `${name}.expected.json`), 'utf8')) as Report]

const cases: [string, Report][] = [
  ...FIXTURES, ['non-zero', nonZeroReport()],
  ['signature without date', nonZero((r) => { r.meta.publishDate = null })],
  // No signature line is printed; the date survives as a document property.
  ['落款 off, with a date', nonZero((r) => { r.meta.signature = false })],
  ['落款 off, no date', nonZero((r) => { r.meta.signature = false; r.meta.publishDate = null })],
  // The name says 镇, the report says otherwise: the unit type is not guessed from the name.
  ['unit type the name does not tell', nonZero((r) => { r.meta.unitType = 'other' })],
  fromHtml('seed-layout'), fromHtml('spaces-captions'), fromHtml('missing-column'),
]

describe('round trip through the Word export', () => {
  it('covers every seed fixture', () => expect(FIXTURES.length).toBeGreaterThanOrEqual(5))

  it.each(cases)('%s', async (_name, report) => {
    const result = importDocx(await exportBytes(report))
    if (!result.ok) throw new Error(result.errors.join('\n'))
    expect(result.report).toEqual(report)
    expect(result.summary).toEqual({ sectionsFound: 6, tablesFound: 3, cellsRead: 166, cellsMissing: 0 })
    // Cells left blank are printed blank, and read back as blanks named in a finding (never as 0).
    const blank = (f: Issue) => f.ruleId === 'IMPORT-CELL' && f.message.includes('是空白')
    expect(result.findings.filter((f) => f.severity !== 'info' && !blank(f))).toEqual([])
    expect(result.findings.filter(blank).flatMap((f) => f.cells).sort()).toEqual(blankCells(report))
    // Printed totals agree with the computed ones, so none is kept and none is flagged.
    expect(validate(result.report).filter((i) => /^T[34]-(ROWSUM|RESULTSUM|TOTAL)$/.test(i.ruleId))).toEqual([])
  })

  it('a Word file from elsewhere (no document properties) still gets its unit type from the name', async () => {
    const report = nonZero((r) => { r.meta.signature = false })
    const bytes = await exportBytes(report)
    const { unzipSync, zipSync } = await import('fflate')
    const files = unzipSync(bytes)
    delete files['docProps/custom.xml']
    const result = importDocx(zipSync(files))
    expect(result.ok && result.report.meta).toEqual({ ...report.meta, publishDate: null })
  })
})
