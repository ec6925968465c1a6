// importReportFile: the one entry point behind 打开报告, 以上年报告为底稿, 汇总审核 and the CLI.
// It dispatches on the file name to the format's adapter (formats/*), which builds the shared
// document model; a user who picks the wrong kind of file learns which kinds are accepted.
// Async because the PDF reader (pdf.js) is loaded only when a PDF is opened, and reads pages
// asynchronously.
import { importError, type ImportResult } from './import-result'
import { importDocx } from './formats/docx/read-docx'
import { importHtmlBytes, importMhtml } from './formats/html/read-html'
import { importJson } from './formats/json/read-json'
import type { importPdf, importPdfReports } from './formats/pdf/read-pdf'
import { LimitError, limitMessage, sizeRefusal } from './limits'
import { fileKind, unreadReason } from './report-files'

type PdfReader = { importPdf: typeof importPdf; importPdfReports: typeof importPdfReports }

// Node (the CLI, tests): a constant false in the app's build, where only the reading worker
// reads PDFs (readPdfWith, from browser-worker.ts), so that pdf.js is bundled once, in the
// worker's graph, and not again for the page's main thread.
const isNode = import.meta.env.SSR || import.meta.env.MODE === 'test'
let loadPdfReader: (() => Promise<PdfReader>) | null = isNode ? () => import('./formats/pdf/read-pdf') : null

/** Lets this thread read PDFs (the browser's reading worker; Node reads them everywhere). */
export function readPdfWith(load: () => Promise<PdfReader>): void {
  loadPdfReader = load
}

const noPdfHere = (name: string) => importError(`无法在此浏览器中读取 PDF 文件“${name}”：请用新版 Chrome、Edge 或 360 极速浏览器打开本页后再试。`)

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
        if (!loadPdfReader) return noPdfHere(name)
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

/** One entry of a file: the file itself, or one report of a file holding several. */
export interface FileEntry {
  /** The file's name, or for one report of several "汇编.pdf（第 2 份：某某镇人民政府）". */
  name: string
  /** The file, which of its reports this is (1-based) and how many it holds; absent for a file of one report. */
  part?: { file: string; index: number; count: number }
  result: ImportResult
}

/** How one report of a file holding several is named: by the file, its place, and its unit (or where it starts when its title names none). */
function entryName(file: string, index: number, agency: string, where: string): string {
  return `${file}（第 ${index} 份：${agency || `${where}，单位不明`}）`
}

/**
 * Every report a file holds, each read as an entry of its own (汇总审核, the command line): a PDF
 * holding several reports gives one entry per report, each from its own lines (never mixed),
 * named by the file and its unit; any other file gives one entry, read as importReportFile reads it.
 */
export async function importReportFileEach(name: string, bytes: Uint8Array): Promise<FileEntry[]> {
  if (fileKind(name) !== 'pdf' || sizeRefusal(bytes.length) || !loadPdfReader) return [{ name, result: await importReportFile(name, bytes) }]
  try {
    const parts = await (await loadPdfReader()).importPdfReports(bytes)
    return parts.map((p) => (p.count === 1
      ? { name, result: p.result }
      : { name: entryName(name, p.index, p.agency, p.where), part: { file: name, index: p.index, count: p.count }, result: p.result }))
  } catch (e) {
    if (e instanceof LimitError) return [{ name, result: importError(limitMessage(name, e.what)) }]
    throw e
  }
}
