// @vitest-environment node
// Reads every caption and number back out of document.xml and compares it with the report itself
// (not with the render model), for every seed fixture and a report whose values are all distinct.
import { describe, expect, it } from 'vitest'
import { formatCellValue, formatChineseDate, paragraphs, reportTitle } from '@/report/format'
import type { Report } from '@/report/schema'
import { OVERVIEW_PARTS, PROBLEM_PARTS, SECTIONS } from '@/report/sections'
import { cellValue } from '@/report/totals'
import { TABLES, TABLE_IDS } from '@/report/tables/registry'
import { reportDocxBytes } from './build-report'
import { bodyParts, paragraphsOf, readDocx, tablesOf } from './testing/docx-xml'
import { FIXTURES, NON_ZERO_AMOUNT, nonZeroReport } from '@/report/fixtures/test-reports'

/** The text paragraphs a report must print, in order; `null` marks where a table stands. */
function expectedParagraphs(report: Report): (string | null)[] {
  const runIn = (ordinal: string, heading: string, text: string) =>
    paragraphs(text).map((p, i) => (i === 0 && !p.startsWith(ordinal) ? `${heading}。${p}` : p))
  const out: (string | null)[] = [reportTitle(report.meta), ...paragraphs(report.overview.preface)]
  for (const section of SECTIONS) {
    out.push(section.heading)
    if (section.id === 'overview') out.push(...paragraphs(report.overview.intro), ...OVERVIEW_PARTS.flatMap((p) => runIn(p.ordinal, `${p.ordinal}${p.title}情况`, report.overview[p.key])))
    else if (section.id === 'problems') out.push(...PROBLEM_PARTS.flatMap((p) => runIn(p.ordinal, `${p.ordinal}${p.title}`, report.problems[p.key])))
    else if (section.id === 'otherMatters') out.push(...paragraphs(report.otherMatters.text))
    else out.push(null)
  }
  if (report.meta.signature && report.meta.agency.trim()) {
    out.push(report.meta.agency.trim(), formatChineseDate(report.meta.publishDate))
  }
  return out.filter((p) => p !== '')
}

const cases: [string, Report][] = [...FIXTURES, ['non-zero', nonZeroReport()]]

describe('round trip: document.xml against the report', () => {
  it('covers every seed fixture', () => expect(FIXTURES.length).toBeGreaterThanOrEqual(5))

  it.each(cases)('%s', async (_name, report) => {
    const parts = bodyParts((await readDocx(await reportDocxBytes(report))).document)
    const printed = parts.map((p) => (p.kind === 'tbl' ? null : p.text)).filter((t) => t !== '')
    expect(printed).toEqual(expectedParagraphs(report))

    const tables = tablesOf(parts)
    TABLE_IDS.forEach((id, i) => {
      const def = TABLES[id]
      const table = tables[i]!
      for (const cell of def.cells) {
        const found = table.cells.find((c) => c.r === cell.r && c.c === cell.c)
        const expected =
          cell.ref ? formatCellValue(cellValue(report, id, cell.ref)) : (cell.text ?? '')
        expect(found?.text, `${id} r${cell.r} c${cell.c}`).toBe(expected)
      }
    })
    // Nothing else printed: no stray paragraphs besides the blank line under the title and before the signature.
    const blanks = paragraphsOf(parts).filter((p) => p.text === '').length
    expect(blanks).toBe(report.meta.signature && report.meta.agency.trim() ? 2 : 1)
  })

  it('prints the computed totals and decimals of the non-zero report', async () => {
    const report = nonZeroReport()
    const tables = tablesOf(bodyParts((await readDocx(await reportDocxBytes(report))).document))
    const t3 = tables[1]!
    const newRow = t3.cells.filter((c) => c.r === 3).map((c) => c.text)
    const inputs = Object.values(report.table3.newReceived ?? {}).map((v) => v ?? 0)
    expect(newRow.slice(1)).toEqual([...inputs.map(String), String(inputs.reduce((a, b) => a + b, 0))])
    expect(tables[0]!.cells.some((c) => c.text === String(NON_ZERO_AMOUNT) && c.text === '24252.311082')).toBe(true)
    const t4 = tables[2]!.cells.filter((c) => c.r === 3).map((c) => Number(c.text))
    for (let g = 0; g < 3; g++) {
      const group = t4.slice(g * 5, g * 5 + 5)
      expect(group[4]).toBe(group.slice(0, 4).reduce((a, b) => a + b, 0))
    }
  })
})
