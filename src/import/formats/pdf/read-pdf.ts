// The PDF adapter: pdf.js's text layer → lines (pdf-lines.ts) → the shared document model
// (pdf-blocks.ts) → the shared reading. A page without text (a scan, a picture) is named; a PDF
// holding several reports (side by side or one after another, pdf-reports.ts) is read one chosen
// report at a time (打开报告), or each report as an entry of its own (汇总审核, the command line).
import type { Issue } from '../../../report/issue'
import { finding, importError, type ImportResult, type ReportChoice } from '../../import-result'
import { LimitError, LIMITS, limitText } from '../../limits'
import { readDocument } from '../../read/read-document'
import { pdfBlocks } from './pdf-blocks'
import { NO_GRAPHICS, pageGraphics, type PageGraphics } from './pdf-graphics'
import { pageLines, type TextPiece } from './pdf-lines'
import { hasNumberRows, reportDoubt, reportLabel, reportWhere, splitReports, type PdfReport } from './pdf-reports'
import { loadPdfjs } from './pdfjs'

/** A page drawing more than this is not a report's table: its text is read without its rules. */
const MAX_DRAWING_OPS = 200_000
/** A page with less text than this may hold a picture (a page of running text holds about 600 characters). */
const SPARSE_CHARS = 300

async function readPages(bytes: Uint8Array): Promise<{ pages: TextPiece[][]; graphics: PageGraphics[] } | { error: string }> {
  const { lib, cMapUrl, workerFetch } = await loadPdfjs()
  // pdf.js takes ownership of the buffer it is given: a copy keeps the caller's bytes intact.
  const task = lib.getDocument({ data: bytes.slice(), cMapUrl, cMapPacked: true, useWorkerFetch: workerFetch, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 })
  let doc
  try {
    doc = await task.promise
  } catch (e) {
    const name = (e as { name?: string }).name
    if (name === 'PasswordException') return { error: 'PDF 文件设置了打开密码，无法读取：请取得未加密的文件。' }
    return { error: 'PDF 文件已损坏或不是有效的 PDF，无法读取：请重新下载或另存后再试。' }
  }
  try {
    if (doc.numPages > LIMITS.pdfPages) throw new LimitError(limitText.pdfPages(doc.numPages))
    const pages: TextPiece[][] = []
    const graphics: PageGraphics[] = []
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p)
      const content = await page.getTextContent()
      if (content.items.length > LIMITS.pdfItemsPerPage) throw new LimitError(limitText.pdfItems(p))
      const pieces: TextPiece[] = content.items.flatMap((it) => {
        if (!('str' in it) || !it.str || !it.transform) return []
        const [a = 0, b = 0, , , x = 0, y = 0] = it.transform as number[]
        return [{ str: it.str, x, y, width: it.width ?? 0, size: Math.hypot(a, b) || it.height || 10 }]
      })
      pages.push(pieces)
      // The table rules and pictures: where the grid's columns are, and tables published as
      // images. Only for pages with rows of numbers or little text (drawing a page's operator
      // list costs as much as its text): a page of running text has neither.
      if (hasNumberRows(pageLines(pieces, p)) || pieces.reduce((n, t) => n + t.str.length, 0) < SPARSE_CHARS) {
        const ops = await page.getOperatorList()
        graphics.push(ops.fnArray.length > MAX_DRAWING_OPS ? NO_GRAPHICS : pageGraphics(lib.OPS, ops.fnArray, ops.argsArray))
      } else graphics.push(NO_GRAPHICS)
      page.cleanup()
    }
    return { pages, graphics }
  } finally {
    void doc.destroy()
  }
}

/** The reports of a PDF, read from its pages once; or why none can be read. */
async function pdfReports(bytes: Uint8Array): Promise<{ reports: PdfReport[]; graphics: PageGraphics[]; notes: Issue[] } | { error: string }> {
  const read = await readPages(bytes)
  if ('error' in read) return read
  const notes: Issue[] = []
  const blank = read.pages.flatMap((p, i) => (p.some((t) => t.str.trim() !== '') ? [] : [i + 1]))
  if (blank.length === read.pages.length) {
    return { error: `PDF 的 ${read.pages.length} 页都没有文字层（${pageList(blank)}），可能是扫描件或图片：无法读取其中的文字和数字。请取得 Word 原稿或网页版。` }
  }
  if (blank.length > 0) {
    notes.push(finding('IMPORT-MISSING', 'warning', 'meta', [],
      `PDF ${pageList(blank)}没有文字层（扫描件或图片），这些页上的内容无法读取；其余各页已读取`))
  }
  const reports = splitReports(read.pages.map((pieces, i) => pageLines(pieces, i + 1)))
  // Each report becomes an entry (汇总审核 stores each): a file of thousands of titles is not a compilation.
  if (reports.length > LIMITS.pdfReports) throw new LimitError(limitText.pdfReports(reports.length))
  return { reports, graphics: read.graphics, notes }
}

const choiceOf = (r: PdfReport): ReportChoice => ({ label: reportLabel(r), agency: r.agency, year: r.year, page: r.page })

function readReport(r: PdfReport, graphics: readonly PageGraphics[], notes: readonly Issue[]): ImportResult {
  const { blocks, notes: tableNotes } = pdfBlocks(r.lines, graphics)
  return readDocument({ blocks, notes: [...notes, ...tableNotes] })
}

/**
 * Reads a PDF's report. A PDF holding several reports (side by side, or one after another) is
 * read only when `choice` names one of them (its index in the answer's `reports`): otherwise
 * the answer lists them, and nothing is read (never the first one silently, never mixed).
 */
export async function importPdf(bytes: Uint8Array, choice?: number): Promise<ImportResult> {
  const found = await pdfReports(bytes)
  if ('error' in found) return importError(found.error)
  const { reports, graphics, notes } = found
  const choices = reports.map(choiceOf)
  if (reports.length > 1 && (choice === undefined || !reports[choice])) {
    return { ok: false, reports: choices, errors: [severalReportsMessage(choices)] }
  }
  const chosen = reports[choice ?? 0]!
  if (reports.length === 1) return readReport(chosen, graphics, notes)
  // Chosen by the user, a report without a title is read (its unit is then entered by hand); one
  // whose tables mix with the other column's is not.
  const doubt = chosen.unseparated.length > 0 ? reportDoubt(chosen) : null
  if (doubt) return importError(doubt)
  return readReport(chosen, graphics, [...notes, finding('IMPORT-READ', 'info', 'meta', [],
    `PDF 中有 ${reports.length} 份报告，读取了所选的“${choices[choice ?? 0]!.label}”；其他报告的内容未读取，也未混入`)])
}

/** One report of a PDF read as an entry of its own (汇总审核, the command line). */
export interface PdfPart {
  /** 1-based, in the order the reports are listed (left column first). */
  index: number
  count: number
  /** The unit its title names ('' when none). */
  agency: string
  /** Where it starts ("第 3 页右侧"). */
  where: string
  result: ImportResult
}

/**
 * Reads every report of a PDF, each from its own lines only, the pages read once: one part for
 * a PDF of one report (or one that cannot be read at all), one per report otherwise. A report
 * that cannot be told apart with confidence (reportDoubt) is a failed part naming why; the
 * others are still read.
 */
export async function importPdfReports(bytes: Uint8Array): Promise<PdfPart[]> {
  const found = await pdfReports(bytes)
  if ('error' in found) return [{ index: 1, count: 1, agency: '', where: '', result: importError(found.error) }]
  const { reports, graphics, notes } = found
  return reports.map((r, i) => {
    const part = { index: i + 1, count: reports.length, agency: r.agency, where: reportWhere(r) }
    if (reports.length === 1) return { ...part, result: readReport(r, graphics, notes) }
    const doubt = reportDoubt(r)
    return { ...part, result: doubt ? importError(doubt) : readReport(r, graphics, [...notes, finding('IMPORT-READ', 'info', 'meta', [],
      `PDF 中有 ${reports.length} 份报告，这是第 ${i + 1} 份“${reportLabel(r)}”，只读取了它自己的内容；其他报告各自单独读取，未混入`)]) }
  })
}

/** Several reports in one file, read where one report is wanted and none was chosen (汇总审核 and the command line read each: importPdfReports). */
export function severalReportsMessage(choices: readonly ReportChoice[]): string {
  return `这个 PDF 中有 ${choices.length} 份报告：${choices.map((c) => `“${c.label}”`).join('、')}。`
    + '这里只能读取其中一份，各报告的数字不能混在一起：请在“打开报告”中选择其中一份（汇总审核和命令行把每份报告各列为一项），或把文件拆分为每份报告一个 PDF 后再读取。'
}

function pageList(pages: number[]): string {
  return `第 ${pages.slice(0, 8).join('、')}${pages.length > 8 ? ' 等' : ''} 页`
}
