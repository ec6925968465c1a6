// importReportFile: the one entry point behind 打开报告, 以上年报告为底稿, 汇总审核 and the CLI.
// It dispatches on the file name to the format's adapter (formats/*), which builds the shared
// document model; a user who picks the wrong kind of file learns which kinds are accepted.
// Async because the PDF reader (pdf.js) is loaded only when a PDF is opened, and reads pages
// asynchronously.
import { importError, type ImportResult } from './import-result'
import { importDocx } from './formats/docx/read-docx'
import { importHtmlBytes, importMhtml } from './formats/html/read-html'
import { importJson } from './formats/json/read-json'
import { LimitError, limitMessage, sizeRefusal } from './limits'
import { fileKind, unreadReason } from './report-files'

export async function importReportFile(name: string, bytes: Uint8Array): Promise<ImportResult> {
  const tooLarge = sizeRefusal(bytes.length)
  if (tooLarge) return importError(tooLarge)
  try {
    switch (fileKind(name)) {
      case 'json':
        return importJson(bytes)
      case 'docx':
        return importDocx(bytes)
      case 'html':
        return importHtmlBytes(bytes)
      case 'mhtml':
        return importMhtml(bytes)
      case 'pdf': {
        const { importPdf } = await import('./formats/pdf/read-pdf')
        return await importPdf(bytes)
      }
      default:
        return importError(unreadReason(name) ?? `无法打开“${name}”。`)
    }
  } catch (e) {
    if (e instanceof LimitError) return importError(limitMessage(name, e.what))
    throw e
  }
}
