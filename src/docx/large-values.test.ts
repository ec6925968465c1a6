// @vitest-environment node
// Extremes a real user can reach: a 100 000-character narrative (a whole document pasted into
// one box) and counts of 10^9 in every cell. The checks and the Word export must cope: no
// throw, no truncation, a valid .docx holding the text and the numbers.
import { Packer } from 'docx'
import { describe, expect, it } from 'vitest'
import { balancedReport } from '@/report/fixtures/balanced'
import type { Report } from '@/report/schema'
import { TABLES, TABLE_IDS } from '@/report/tables/registry'
import { computeTotals } from '@/report/totals'
import { validate } from '@/report/validate'
import { buildReportDocument } from './build-report'
import { unzipParts } from './testing/docx-xml'
import { writeValue } from '@/report/values'

const BILLION = 1_000_000_000
/** 100 000 characters: paragraphs of real-looking text, one marker at the very end. */
const LONG = (() => {
  const paragraph = '本镇坚持以公开为常态、不公开为例外，通过政务公开栏主动公开政府信息。'.repeat(40)
  return `${`${paragraph}\n`.repeat(Math.ceil(100_000 / paragraph.length)).slice(0, 100_000 - 4)}末尾标记`
})()

function extremeReport(): Report {
  const report = balancedReport()
  report.overview.proactive = LONG
  for (const id of TABLE_IDS) {
    for (const cell of TABLES[id].inputs) writeValue(report, id, cell, cell.valueType === 'decimal' ? 99_999.9999 : BILLION)
  }
  return report
}

describe('a 100 000-character narrative and counts of 10^9', () => {
  it('validate() answers within a second, with messages, and sums beyond 10^9 exactly', () => {
    const report = extremeReport()
    expect(LONG).toHaveLength(100_000)
    const started = performance.now()
    const issues = validate(report)
    expect(performance.now() - started).toBeLessThan(1000)
    for (const issue of issues) expect(issue.message).not.toBe('')
    // A row total of six applicant columns of 10^9 each, still an exact integer.
    expect(computeTotals(report)['table3/newReceived/total']).toBe(6 * BILLION)
  })

  it('exports a valid .docx with the whole text and the numbers', async () => {
    const buffer = await Packer.toBuffer(buildReportDocument(extremeReport()))
    const xml = unzipParts(buffer)['word/document.xml'] ?? ''
    expect(xml.startsWith('<?xml')).toBe(true)
    expect(xml.trimEnd().endsWith('</w:document>')).toBe(true)
    expect(xml).toContain(`<w:t xml:space="preserve">${BILLION}</w:t>`)
    expect(xml).toContain(String(6 * BILLION))
    expect(xml).toContain('99999.9999')
    expect(xml).toContain('末尾标记')
    // Every character of the narrative is in the document (paragraph breaks aside).
    const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
    expect(text).toContain(LONG.replace(/\n/g, ''))
  }, 20_000)
})
