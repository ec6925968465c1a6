// Property: any valid report → this app's .docx → LibreOffice's PDF and web page → read back
// gives the same tables (and title, agency and year). LibreOffice costs about 1.5 s a
// conversion, so a few reports go through one soffice call per format.
import fc from 'fast-check'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { reportDocxBytes } from '@/docx/build-report'
import { FIXTURES, nonZeroReport } from '@/report/fixtures/test-reports'
import type { Report } from '@/report/schema'
import { TABLES, TABLE_IDS } from '@/report/tables/registry'
import { writeValue } from '@/report/values'
import { importReportFile } from '../import-file'

const HAS_SOFFICE = spawnSync('sh', ['-c', 'command -v soffice']).status === 0
if (!HAS_SOFFICE) console.warn('libreoffice.test.ts SKIPPED: soffice (LibreOffice) is not installed; .ci/run installs it.')

/** A valid report with random counts of up to 4 digits in every table cell: in LibreOffice's narrow PDF columns (table 4 above all) they and their totals wrap onto two or three lines of their cell, and are joined within the cell's rules. */
function randomReport(seed: number): Report {
  const report = nonZeroReport()
  const values = fc.sample(fc.nat({ max: 9999 }), { seed, numRuns: 200 })
  let k = 0
  for (const t of TABLE_IDS) {
    for (const input of TABLES[t].inputs) {
      const v = values[k++ % values.length]!
      writeValue(report, t, input, input.valueType === 'integer' ? v : Math.round(v * 10) / 1000)
    }
  }
  return report
}

describe.skipIf(!HAS_SOFFICE)('the app’s own export, converted by LibreOffice, reads back', () => {
  const reports: [string, Report][] = [['non-zero', nonZeroReport()], FIXTURES[0]!, ['random-1', randomReport(1)]]
  const dir = mkdtempSync(join(tmpdir(), 'lo-import-'))

  it('to PDF and HTML: the same tables, agency and year', async () => {
    const names: string[] = []
    for (const [name, report] of reports) {
      writeFileSync(join(dir, `${name}.docx`), await reportDocxBytes(report))
      names.push(join(dir, `${name}.docx`))
    }
    for (const format of ['pdf', 'html']) {
      const r = spawnSync('soffice', ['--headless', '--convert-to', format, '--outdir', dir, ...names], { timeout: 120_000 })
      expect(r.status).toBe(0)
    }
    for (const [name, report] of reports) {
      for (const ext of ['pdf', 'html']) {
        const result = await importReportFile(`${name}.${ext}`, new Uint8Array(readFileSync(join(dir, `${name}.${ext}`))))
        if (!result.ok) throw new Error(`${name}.${ext}: ${result.errors.join()}`)
        expect(result.report.table2, `${name}.${ext}`).toEqual(report.table2)
        expect(result.report.table3, `${name}.${ext}`).toEqual(report.table3)
        expect(result.report.table4, `${name}.${ext}`).toEqual(report.table4)
        expect(result.report.meta.agency, `${name}.${ext}`).toBe(report.meta.agency)
        expect(result.report.meta.year).toBe(report.meta.year)
      }
    }
  }, 240_000)
})
