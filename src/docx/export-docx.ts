// Entry point the app loads with `await import('@/docx/export-docx')`, which keeps the docx
// library out of the initial bundle.
import type { Report } from '@/report/schema'
import { reportDocxBytes, type DraftOptions } from './build-report'

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export async function exportReportDocx(report: Report, options: DraftOptions = {}): Promise<Blob> {
  const bytes = await reportDocxBytes(report, options)
  return new Blob([bytes], { type: DOCX_MIME })
}
