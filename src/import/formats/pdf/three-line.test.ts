// 三线表 PDFs (published-formats.md): many units publish their tables with a rule over the table,
// one under its header and one under the table, and no other: no grid to read the cells by.
// This app's .docx restyled so (testing/three-line.ts) and converted by LibreOffice, read back
// the way the command line reads (importReportFileEach): every number in its cell, each blank
// cell blank and named, and no IMPORT-GUESS where the page leaves no doubt.
import fc from 'fast-check'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { reportDocxBytes } from '@/docx/build-report'
import { nonZeroReport } from '@/report/fixtures/test-reports'
import type { Report } from '@/report/schema'
import { TABLES } from '@/report/tables/registry'
import { cellId } from '@/report/tables/table-def'
import { readValue, writeValue } from '@/report/values'
import { importReportFileEach } from '../../import-file'
import { threeLineDocx, type ThreeLineOptions } from './testing/three-line'

const HAS_SOFFICE = spawnSync('sh', ['-c', 'command -v soffice']).status === 0
const FIXTURE_DIR = 'src/import/test-fixtures'

/** A township's year as published: a few dozen requests, mostly from individuals; most cells 0. */
function publishedReport(): Report {
  const report = nonZeroReport()
  const t3: Record<string, number[]> = {
    newReceived: [37, 5, 0, 0, 2, 1], carriedOver: [3, 0, 0, 0, 0, 0], granted: [15, 2, 0, 0, 1, 1], partial: [4, 1, 0, 0, 0, 0],
    'denied.lawForbidden': [1, 0, 0, 0, 0, 0], 'denied.thirdPartyRights': [2, 0, 0, 0, 0, 0], 'denied.processInfo': [1, 0, 0, 0, 0, 0],
    'unable.notHeld': [8, 1, 0, 0, 1, 0], 'unable.needCreation': [1, 0, 0, 0, 0, 0], 'notProcessed.petitionComplaint': [2, 0, 0, 0, 0, 0],
    'notProcessed.duplicate': [1, 0, 0, 0, 0, 0], 'other.overdueCorrection': [1, 0, 0, 0, 0, 0], 'other.other': [1, 0, 0, 0, 0, 0],
    carriedForward: [3, 1, 0, 0, 0, 0],
  }
  const t3Columns = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg']
  for (const input of TABLES.table3.inputs) writeValue(report, 'table3', input, t3[input.rowId]?.[t3Columns.indexOf(input.colId)] ?? 0)
  const t4: Record<string, number[]> = { review: [1, 0, 0, 1], litigationDirect: [2, 1, 0, 0], litigationAfterReview: [0, 0, 0, 0] }
  for (const input of TABLES.table4.inputs) writeValue(report, 'table4', input, t4[input.rowId]![['upheld', 'corrected', 'other', 'pending'].indexOf(input.colId)]!)
  return report
}

/** A city department's year: counts of up to four digits, some 0, in every cell (table 4's narrow columns wrap them). */
function largeReport(): Report {
  const report = nonZeroReport()
  const values = fc.sample(fc.nat({ max: 9999 }), { seed: 2, numRuns: 200 })
  let k = 0
  for (const table of ['table3', 'table4'] as const) {
    for (const input of TABLES[table].inputs) {
      const v = values[k++ % values.length]!
      writeValue(report, table, input, v % 3 === 0 ? 0 : v)
    }
  }
  return report
}

type Blanked = (table: 'table3' | 'table4', colId: string) => boolean
/** Zeros printed as nothing outside 自然人 (a unit that fills only 自然人 and 总计), and in table 4 (its 总计 stay). */
const outsideNaturalPerson: Blanked = (table, colId) => table === 'table4' || colId !== 'naturalPerson'

interface Variant {
  name: string
  what: string
  report: Report
  options: ThreeLineOptions
  /** The zero cells printed as nothing. */
  blanked?: Blanked
  /** Numbers wrapped in their cell: joined from their pieces, each marked as a doubt (nothing but positions to go by). */
  wrapped?: boolean
}

/** The restyler's predicate printing the `blanked` zeros as nothing (table 3's row: six counts then 总计; table 4's: three groups of four counts and 总计). */
function blankOption(blanked: Blanked): ThreeLineOptions['blank'] {
  const t3 = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg']
  const t4 = ['upheld', 'corrected', 'other', 'pending']
  return (table, row, fromEnd, text) => text === '0' && row >= 3 && (table === 1
    ? fromEnd >= 1 && fromEnd <= 6 && blanked('table3', t3[6 - fromEnd]!)
    : table === 2 && fromEnd % 5 !== 0 && blanked('table4', t4[4 - (fromEnd % 5)]!))
}

const TITLE = '某某县某某镇人民政府2024年政府信息公开工作年度报告'
const VARIANTS: Variant[] = [
  {
    name: 'three-line-across-pages',
    what: 'numbers between a wrapped label’s lines; table 3 crosses a page, a page number, the running header and its header repeated in between',
    report: publishedReport(),
    options: { breakTables: true, runningHeader: TITLE },
  },
  {
    name: 'three-line-blank-cells',
    what: 'short rows (blank cells printed as nothing), numbers on a wrapped label’s first line, the header not repeated',
    report: publishedReport(),
    options: { valign: 'top', breakTables: true, repeatHeader: false, blank: blankOption(outsideNaturalPerson) },
    blanked: outsideNaturalPerson,
  },
  { name: 'three-line-numbers-low', what: 'numbers on a wrapped label’s last line, each table on one page', report: publishedReport(), options: { valign: 'bottom' } },
  {
    name: 'three-line-large-numbers',
    what: 'four-digit counts wrapped in table 4’s narrow cells, zeros printed as nothing throughout',
    report: largeReport(),
    options: { valign: 'top', breakTables: true, runningHeader: TITLE, blank: blankOption(() => true) },
    blanked: () => true,
    wrapped: true,
  },
]

interface Expected {
  report: Report
  /** Cells printed as nothing: read as blank, and named. */
  blanks: string[]
  /** Cells whose number was joined from pieces: read, and marked IMPORT-GUESS. */
  joined: string[]
}

/** What a variant's PDF must read as: the source's numbers, blank (null) where printed as nothing. */
function expected(v: Variant): Expected {
  const report = structuredClone(v.report)
  const blanks: string[] = []
  const joined: string[] = []
  for (const table of ['table3', 'table4'] as const) {
    for (const input of TABLES[table].inputs) {
      const [id, value] = [cellId(table, input), readValue(v.report, table, input)]
      // Four digits do not fit table 4's columns: they wrap (three do).
      if (v.wrapped && table === 'table4' && value !== null && value >= 1000) joined.push(id)
      if (value !== 0 || !v.blanked?.(table, input.colId)) continue
      writeValue(report, table, input, null)
      blanks.push(id)
    }
  }
  return { report, blanks, joined }
}

/** Reads a PDF as the command line does and compares it with what it must read as. */
async function expectReadAs(name: string, bytes: Uint8Array, want: Expected) {
  const entries = await importReportFileEach(`${name}.pdf`, bytes)
  expect(entries).toHaveLength(1)
  const result = entries[0]!.result
  if (!result.ok) throw new Error(`${name}: ${result.errors.join()}`)
  for (const table of ['table2', 'table3', 'table4'] as const) expect(result.report[table], `${name} ${table}`).toEqual(want.report[table])
  const named = result.findings.filter((f) => f.ruleId === 'IMPORT-CELL' && f.message.includes('空白')).flatMap((f) => f.cells)
  expect(named.sort(), `${name}: the blank cells named`).toEqual([...want.blanks].sort())
  const guesses = result.findings.filter((f) => f.ruleId === 'IMPORT-GUESS')
  expect(guesses.filter((f) => !f.message.includes('段拼成')).map((f) => f.message), `${name}: no doubt where the page leaves none`).toEqual([])
  expect(guesses.flatMap((f) => f.cells).sort(), `${name}: the joined numbers marked`).toEqual([...want.joined].sort())
  expect(result.findings.filter((f) => f.ruleId === 'IMPORT-CELL' && !f.message.includes('空白')).map((f) => f.message), `${name}: every line read`).toEqual([])
  // The published totals read right too (a total read wrong would be reported as the report's error).
  expect(result.findings.filter((f) => f.ruleId === 'IMPORT-READ' && f.message.includes('不符')).map((f) => f.message), name).toEqual([])
  expect(result.report.meta.agency).toBe(want.report.meta.agency)
}

describe.skipIf(!HAS_SOFFICE)('三线表 PDFs made by LibreOffice from this app’s export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'three-line-'))
  // A LibreOffice profile of its own: another soffice running meanwhile would hold a shared one.
  const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`
  const converted = (async () => {
    for (const v of VARIANTS) writeFileSync(join(dir, `${v.name}.docx`), threeLineDocx(await reportDocxBytes(v.report), v.options))
    const r = spawnSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...VARIANTS.map((v) => join(dir, `${v.name}.docx`))], { timeout: 120_000 })
    if (r.status !== 0) throw new Error('soffice → pdf failed')
  })()

  for (const v of VARIANTS) {
    it(`${v.what}: every number in its cell`, async () => {
      await converted
      const bytes = new Uint8Array(readFileSync(join(dir, `${v.name}.pdf`)))
      const want = expected(v)
      const fixture = join(FIXTURE_DIR, `${v.name}.pdf`)
      if (process.env.UPDATE_FIXTURES || !existsSync(fixture)) {
        writeFileSync(fixture, bytes)
        writeFileSync(fixture.replace(/\.pdf$/, '.expected.json'), `${JSON.stringify({ what: v.what, ...want }, null, 1)}\n`)
      }
      await expectReadAs(v.name, bytes, want)
    }, 120_000)
  }
})

describe('the committed 三线表 fixtures', () => {
  for (const v of VARIANTS) {
    it(`${v.name}: ${v.what}`, async () => {
      const fixture = join(FIXTURE_DIR, `${v.name}.pdf`)
      const want = JSON.parse(readFileSync(fixture.replace(/\.pdf$/, '.expected.json'), 'utf8')) as Expected
      await expectReadAs(v.name, new Uint8Array(readFileSync(fixture)), want)
    }, 60_000)
  }
})
