// Reading a chosen file into a report, with what to show about it. The file is read in the page's
// worker pool (the same path as 汇总审核): a hostile file can stall or crash a worker, never the
// page, and the user can cancel the reading.
import type { ReactNode } from 'react'
import type { Issue } from '@/report/issue'
import type { Report } from '@/report/schema'

export type OpenedFile =
  | { ok: true; report: Report; details: ReactNode; findings: Issue[] }
  | { ok: false; errors: string[]; cancelled?: boolean }

/** Reads a .json or .docx report. What the import noticed (not the details of what it read) stays in the check list. */
export async function readReportFile(file: File, signal?: AbortSignal): Promise<OpenedFile> {
  // The details panel loads with the reader: it is only ever shown after a file is read.
  const [{ readInBrowser }, { sourceNotes }, { ImportDetails }, { sizeRefusal }] = await Promise.all([
    import('@/worker/browser-jobs'), import('@/import/import-result'), import('./import-details'), import('@/import/limits'),
  ])
  // A file too large to be a report is refused on its size, before its bytes are read.
  const tooLarge = sizeRefusal(file.size)
  if (tooLarge) return { ok: false, errors: [tooLarge] }
  const bytes = await file.arrayBuffer()
  // A user-timing measure: the bench reads it (it costs nothing otherwise).
  const started = performance.now()
  const result = await readInBrowser(file.name, bytes, signal)
  performance.measure('report-import', { start: started })
  if (!result.ok) return { ok: false, errors: [result.reason], cancelled: signal?.aborted }
  return {
    ok: true,
    report: result.report,
    details: file.name.toLowerCase().endsWith('.json') ? null : <ImportDetails summary={result.summary} findings={result.findings} sources={result.sources} />,
    findings: [...result.findings.filter((f) => f.severity !== 'info'), ...sourceNotes(result.sources)],
  }
}
