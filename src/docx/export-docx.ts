// Entry point the app loads with `await import('@/docx/export-docx')`, which keeps the docx
// library out of the initial bundle.
import { Packer } from 'docx'
import type { Report } from '@/report/schema'
import { buildReportDocument } from './build-report'
import { PACK_OVERRIDES } from './styles'

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export async function exportReportDocx(report: Report): Promise<Blob> {
  const blob = await Packer.toBlob(buildReportDocument(report), false, PACK_OVERRIDES)
  return blob.type === DOCX_MIME ? blob : new Blob([blob], { type: DOCX_MIME })
}
