// Property: any valid report → this app's .docx → LibreOffice's PDF and web page → read back
// gives the same tables (and title, agency and year). LibreOffice costs about 1.5 s a
// conversion, so a few reports go through one soffice call per format.
import fc from 'fast-check'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { reportDocxBytes } from '@/docx/build-report'
import { FIXTURES, nonZeroReport } from '@/report/fixtures/test-reports'
import type { Report } from '@/report/schema'
import { TABLES, TABLE_IDS } from '@/report/tables/registry'
import { writeValue } from '@/report/values'
import { importReportFile } from '../import-file'
import { findTables, pdfBlocks, ruledPages } from './pdf/pdf-blocks'
import { NO_GRAPHICS, type PageGraphics } from './pdf/pdf-graphics'
import { pageLines } from './pdf/pdf-lines'
import { openPdf, pageTexts, readGraphics } from './pdf/read-pdf'

const FIXTURE_DIR = 'src/import/test-fixtures'
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
  // A LibreOffice profile of its own: another soffice running meanwhile (a test, a helper) would hold a shared one.
  const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`
  // The committed .docx fixtures, converted too (for the PDF reader's rules below).
  const fixtures = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.docx')).map((f) => f.replace(/\.docx$/, ''))
  const converted = (async () => {
    const names: string[] = []
    for (const [name, report] of reports) {
      writeFileSync(join(dir, `${name}.docx`), await reportDocxBytes(report))
      names.push(join(dir, `${name}.docx`))
    }
    for (const format of ['pdf', 'html']) {
      const r = spawnSync('soffice', [profile, '--headless', '--convert-to', format, '--outdir', dir, ...names], { timeout: 120_000 })
      if (r.status !== 0) throw new Error(`soffice → ${format} failed`)
    }
    const r = spawnSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...fixtures.map((f) => join(FIXTURE_DIR, `${f}.docx`))], { timeout: 120_000 })
    if (r.status !== 0) throw new Error('soffice → pdf of the fixtures failed')
  })()

  it('to PDF and HTML: the same tables, agency and year', async () => {
    await converted
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

  // The PDF reader draws a page's operator list (its rules) only where the text leaves a doubt
  // (usesRules): what it reads must be what every page's rules would give.
  it('PDF: the tables read with only the rules they need are those read with every page’s rules', async () => {
    await converted
    const names = [...reports.map(([name]) => name), ...fixtures]
    let skipped = 0
    for (const name of names) {
      const pdf = await openPdf(new Uint8Array(readFileSync(join(dir, `${name}.pdf`))))
      if ('error' in pdf) throw new Error(`${name}.pdf: ${pdf.error}`)
      try {
        const pages = await pageTexts(pdf.doc)
        const lines = pages.flatMap((p, i) => pageLines(p, i + 1))
        const tables = findTables(lines)
        await readGraphics(pdf, pages.map((_p, i) => i + 1))
        const all = pdf.graphics
        const needed = ruledPages(lines, tables)
        skipped += pages.length - needed.size
        const read = (graphics: PageGraphics[]) => {
          const { blocks, notes } = pdfBlocks(lines, graphics, tables)
          return { tables: blocks.filter((b) => b.kind === 'table'), notes }
        }
        expect(read(all.map((g, i) => (needed.has(i + 1) ? g : NO_GRAPHICS))), name).toEqual(read(all))
      } finally {
        void pdf.doc.destroy()
      }
    }
    // Both kinds are here: PDFs read without any rules, and PDFs whose wrapped numbers need them.
    expect(skipped).toBeGreaterThan(0)
  }, 240_000)
})
