// Several reports in one PDF (published-formats.md: third-party PDFs set two reports side by side;
// compilations print several one after another): each is found by its title and position, none is
// read unless chosen, and the chosen one's numbers are its own.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { reportDocxBytes } from '@/docx/build-report'
import { parseBbox } from '@/docx/testing/pdf-text'
import { FIXTURES, nonZeroReport } from '@/report/fixtures/test-reports'
import type { Report } from '@/report/schema'
import { TABLES, TABLE_IDS } from '@/report/tables/registry'
import { writeValue } from '@/report/values'
import { pageLines, type TextPiece } from './pdf-lines'
import { splitReports } from './pdf-reports'
import { importPdf } from './read-pdf'
import { oneAfterAnotherPdf, sideBySidePdf } from './testing/side-by-side'

const HAS_SOFFICE = spawnSync('sh', ['-c', 'command -v soffice']).status === 0

/** A PDF's words with their boxes (poppler's pdftotext). */
function wordPages(pdfPath: string) {
  const r = spawnSync('pdftotext', ['-bbox', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`)
  return parseBbox(r.stdout)
}
/** The e2e's PDF (打开报告 → choose → numbers): made here; rewritten with UPDATE_FIXTURES=1. */
const FIXTURE = 'src/import/test-fixtures/two-reports-side-by-side.pdf'
/** A compilation of three (the same two, then one whose title names no unit): 汇总审核's and the CLI's fixture (read-pdf-reports.test.ts). */
const COMPILATION = 'src/import/test-fixtures/three-reports-compilation.pdf'
const SECOND_AGENCY = '某某县另一镇人民政府'

const piece = (x: number, y: number, str: string, size = 10): TextPiece => ({ str, x, y, width: [...str].length * size, size })

describe('the reports of a PDF', () => {
  it('one report with its running header repeated on each page is one report', () => {
    const title = '某某镇人民政府2024年政府信息公开工作年度报告'
    const pages = [[piece(60, 760, title, 16), piece(60, 700, '一、总体情况')], [piece(60, 780, title), piece(60, 700, '二、主动公开政府信息情况')]]
    const reports = splitReports(pages.map((p, i) => pageLines(p, i + 1)))
    expect(reports).toHaveLength(1)
    expect(reports[0]!.lines).toHaveLength(4)
  })

  it('two titles on one line split running text without numbers, on that page and the next', () => {
    const pages = [
      [piece(60, 760, '甲镇人民政府2024年政府信息公开工作年度报告'), piece(500, 760, '乙镇人民政府2024年政府信息公开工作年度报告'), piece(60, 700, '一、总体情况'), piece(500, 700, '一、总体情况')],
      [piece(60, 700, '甲镇的文字'), piece(500, 700, '乙镇的文字')],
    ]
    const reports = splitReports(pages.map((p, i) => pageLines(p, i + 1)))
    expect(reports.map((r) => [r.agency, r.side, r.page])).toEqual([['甲镇人民政府', 'left', 1], ['乙镇人民政府', 'right', 1]])
    expect(reports[1]!.lines.flatMap((l) => l.tokens.map((t) => t.text))).toEqual(['乙镇人民政府2024年政府信息公开工作年度报告', '一、总体情况', '乙镇的文字'])
  })

  it('a compilation’s table of contents listing the titles is not a report of its own', () => {
    const a = '甲镇人民政府2024年政府信息公开工作年度报告'
    const b = '乙镇人民政府2024年政府信息公开工作年度报告'
    const rows = (y: number) => [piece(60, y, '（一）予以公开'), piece(200, y, '1'), piece(230, y, '2'), piece(60, y - 20, '（二）部分公开'), piece(200, y - 20, '3'), piece(230, y - 20, '4')]
    const pages = [
      [piece(60, 760, '目录'), piece(60, 740, a), piece(60, 720, b), piece(60, 700, '本汇编收录各镇的年度报告。')],
      [piece(60, 760, a, 16), piece(60, 700, '一、总体情况'), ...rows(600)],
      [piece(60, 760, b, 16), piece(60, 700, '一、总体情况'), ...rows(600)],
    ]
    const reports = splitReports(pages.map((p, i) => pageLines(p, i + 1)))
    expect(reports.map((r) => [r.agency, r.page])).toEqual([['甲镇人民政府', 2], ['乙镇人民政府', 3]])
  })

  it('a sentence ending in 年度报告 is not a title; a title broken after the agency is one', () => {
    const pages = [[piece(60, 760, '某某县某某镇人民政府', 16), piece(60, 740, '2024年政府信息公开工作年度报告', 16),
      piece(60, 700, '现将本机关、本镇2024年政府信息公开工作年度报告'), piece(60, 600, '丙镇人民政府2024年政府信息公开工作年度报告', 16)]]
    const reports = splitReports(pages.map((p, i) => pageLines(p, i + 1)))
    expect(reports.map((r) => r.agency)).toEqual(['某某县某某镇人民政府', '丙镇人民政府'])
    expect(reports[0]!.lines).toHaveLength(3)
  })
})

const left: Report = nonZeroReport()
// Another agency with other numbers (the e2e reads them from the fixture's .expected.json).
const right: Report = structuredClone(FIXTURES[0]![1])
right.meta.agency = SECOND_AGENCY
for (const id of TABLE_IDS) {
  TABLES[id].inputs.forEach((input, i) => writeValue(right, id, input, input.valueType === 'decimal' ? 1.25 : (i * 37) % 90 + 10))
}
// A report whose title names no unit: in a compilation, its entry cannot be told to be any unit's.
const untitled: Report = structuredClone(FIXTURES[1]![1])
untitled.meta.agency = ''

async function expectTwoReports(bytes: Uint8Array) {
  const unchosen = await importPdf(bytes)
  expect(unchosen.ok).toBe(false)
  if (unchosen.ok) return
  expect(unchosen.reports?.map((r) => r.agency)).toEqual([left.meta.agency, right.meta.agency])
  expect(unchosen.errors[0]).toContain('拆分')
  for (const [i, report] of [left, right].entries()) {
    const result = await importPdf(bytes, i)
    if (!result.ok) throw new Error(result.errors.join())
    expect(result.report.meta.agency).toBe(report.meta.agency)
    expect(result.report.table2).toEqual(report.table2)
    expect(result.report.table3).toEqual(report.table3)
    expect(result.report.table4).toEqual(report.table4)
  }
}

describe.skipIf(!HAS_SOFFICE)('PDFs holding two of this app’s reports (LibreOffice’s PDFs set again)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-reports-'))
  const made = (async () => {
    writeFileSync(join(dir, 'left.docx'), await reportDocxBytes(left))
    writeFileSync(join(dir, 'right.docx'), await reportDocxBytes(right))
    writeFileSync(join(dir, 'untitled.docx'), await reportDocxBytes(untitled))
    const r = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, ...['left', 'right', 'untitled'].map((n) => join(dir, `${n}.docx`))], { timeout: 120_000 })
    if (r.status !== 0) throw new Error('soffice failed')
  })()

  for (const [layout, make] of [['side by side', sideBySidePdf], ['one after another', oneAfterAnotherPdf]] as const) {
    it(`${layout}: both are listed, none read until one is chosen; each chosen one reads as its own`, async () => {
      await made
      const bytes = make(wordPages(join(dir, 'left.pdf')), wordPages(join(dir, 'right.pdf')))
      if (layout === 'side by side' && (process.env.UPDATE_FIXTURES || !existsSync(FIXTURE))) {
        writeFileSync(FIXTURE, bytes)
        writeFileSync(FIXTURE.replace(/\.pdf$/, '.expected.json'), `${JSON.stringify({ meta: right.meta, table2: right.table2, table3: right.table3, table4: right.table4 }, null, 1)}\n`)
      }
      await expectTwoReports(bytes)
    }, 120_000)
  }

  it('a compilation of three, the third without a unit in its title: written as the committed fixture', async () => {
    await made
    const bytes = oneAfterAnotherPdf(...['left', 'right', 'untitled'].map((n) => wordPages(join(dir, `${n}.pdf`))))
    if (process.env.UPDATE_FIXTURES || !existsSync(COMPILATION)) {
      writeFileSync(COMPILATION, bytes)
      writeFileSync(COMPILATION.replace(/\.pdf$/, '.expected.json'), `${JSON.stringify([left, right].map((r) => ({ meta: r.meta, table2: r.table2, table3: r.table3, table4: r.table4 })), null, 1)}\n`)
    }
    const found = await importPdf(bytes)
    expect(!found.ok && found.reports?.map((r) => r.agency)).toEqual([left.meta.agency, right.meta.agency, ''])
  }, 120_000)
})

describe('the committed side-by-side fixture', () => {
  it('holds the two reports the test below makes', async () => {
    await expectTwoReports(new Uint8Array(readFileSync(FIXTURE)))
    const expected = JSON.parse(readFileSync(FIXTURE.replace(/\.pdf$/, '.expected.json'), 'utf8')) as Report
    expect([expected.meta.agency, expected.table3]).toEqual([right.meta.agency, right.table3])
  }, 60_000)
})
