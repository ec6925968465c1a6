// Export → import gives back the same report: every seed fixture and a report whose values are
// all distinct go through this app's Word export (src/docx) and back through importDocx.
import { Packer } from 'docx'
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildReportDocument, reportDocxArrayBuffer } from '@/docx/build-report'
import type { Report } from '@/report/schema'
import { validate } from '@/report/validate'
import { FIXTURES, nonZeroReport } from '@/report/fixtures/test-reports'
import { importDocx } from './read-docx'

async function exportBytes(report: Report): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(buildReportDocument(report)))
}

function undated(): Report {
  const report = nonZeroReport()
  report.meta.publishDate = null
  return report
}

/** The expected reports of the LibreOffice fixtures (one has blank cells) make further cases. */
const fromHtml = (name: string): [string, Report] =>
  [name, JSON.parse(readFileSync(join(__dirname, 'test-fixtures', `${name}.expected.json`), 'utf8')) as Report]

const cases: [string, Report][] = [
  ...FIXTURES, ['non-zero', nonZeroReport()], ['signature without date', undated()],
  fromHtml('seed-layout'), fromHtml('spaces-captions'), fromHtml('missing-column'),
]

describe('round trip through the Word export', () => {
  it('covers every seed fixture', () => expect(FIXTURES.length).toBeGreaterThanOrEqual(5))

  it.each(cases)('%s', async (_name, report) => {
    const result = importDocx(await exportBytes(report))
    if (!result.ok) throw new Error(result.errors.join('\n'))
    expect(result.report).toEqual(report)
    expect(result.summary).toEqual({ sectionsFound: 6, tablesFound: 3, cellsRead: 166, cellsMissing: 0 })
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([])
    // Printed totals agree with the computed ones, so none is kept and none is flagged.
    expect(validate(result.report).filter((i) => /^T[34]-(ROWSUM|RESULTSUM|TOTAL)$/.test(i.ruleId))).toEqual([])
  })

  it('reads the file the app downloads (packed with the font table)', async () => {
    const report = nonZeroReport()
    const result = importDocx(new Uint8Array(await reportDocxArrayBuffer(report)))
    expect(result.ok && result.report).toEqual(report)
  })
})
