// importReportFile: the one entry point behind 打开报告, 以上年报告为底稿, 汇总审核 and the CLI.
// It dispatches on the file name to the format's adapter (formats/*), which builds the shared
// document model; a user who picks the wrong kind of file learns which kinds are accepted.
// Async because the PDF reader (pdf.js) is loaded only when a PDF is opened, and reads pages
// asynchronously.
import { importError, type ImportResult } from './import-result'
import { importDocx } from './formats/docx/read-docx'
import { importHtmlBytes, importMhtml } from './formats/html/read-html'
import { importJson } from './formats/json/read-json'
import type { importPdf } from './formats/pdf/read-pdf'
import { LimitError, limitMessage, sizeRefusal } from './limits'
import { fileKind, unreadReason } from './report-files'

type PdfReader = { importPdf: typeof importPdf }

// Node (the CLI, tests): a constant false in the app's build, where only the reading worker
// reads PDFs (readPdfWith, from browser-worker.ts), so that pdf.js is bundled once, in the
// worker's graph, and not again for the page's main thread.
const isNode = import.meta.env.SSR || import.meta.env.MODE === 'test'
let loadPdfReader: (() => Promise<PdfReader>) | null = isNode ? () => import('./formats/pdf/read-pdf') : null

/** Lets this thread read PDFs (the browser's reading worker; Node reads them everywhere). */
export function readPdfWith(load: () => Promise<PdfReader>): void {
  loadPdfReader = load
}

/** `report`: which of the reports a file holds to read (see ImportResult's `reports`). */
export async function importReportFile(name: string, bytes: Uint8Array, report?: number): Promise<ImportResult> {
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
        // Only where no reading worker can start (an old browser): the page itself does not read PDFs.
        if (!loadPdfReader) return importError(`无法在此浏览器中读取 PDF 文件“${name}”：请用新版 Chrome、Edge 或 360 极速浏览器打开本页后再试。`)
        const { importPdf } = await loadPdfReader()
        return await importPdf(bytes, report)
      }
      default:
        return importError(unreadReason(name) ?? `无法打开“${name}”。`)
    }
  } catch (e) {
    if (e instanceof LimitError) return importError(limitMessage(name, e.what))
    throw e
  }
}
