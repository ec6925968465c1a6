// Reading a chosen file into a report, with what to show about it. The importer (and its unzip
// library) loads only when a file is opened.
import type { ReactNode } from 'react'
import type { Issue } from '@/report/issue'
import type { Report } from '@/report/schema'
import { ImportDetails } from './import-details'

export type OpenedFile =
  | { ok: true; report: Report; details: ReactNode; findings: Issue[] }
  | { ok: false; errors: string[] }

/** Reads a .json or .docx report. What the import noticed (not the details of what it read) stays in the check list. */
export async function readReportFile(file: File): Promise<OpenedFile> {
  const [{ importReportFile }, { sourceNotes }] = await Promise.all([import('@/import/import-file'), import('@/import/import-result')])
  const bytes = new Uint8Array(await file.arrayBuffer())
  // A user-timing measure: the bench reads it (it costs nothing otherwise).
  const started = performance.now()
  const result = await importReportFile(file.name, bytes)
  performance.measure('report-import', { start: started })
  if (!result.ok) return result
  return {
    ok: true,
    report: result.report,
    details: file.name.toLowerCase().endsWith('.json') ? null : <ImportDetails summary={result.summary} findings={result.findings} sources={result.sources} />,
    findings: [...result.findings.filter((f) => f.severity !== 'info'), ...sourceNotes(result.sources)],
  }
}
