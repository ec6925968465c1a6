// The PDF adapter: pdf.js's text layer → lines (pdf-lines.ts) → the shared document model
// (pdf-blocks.ts) → the shared reading. A page without text (a scan, a picture) is named; a PDF
// holding several reports (side by side or one after another, pdf-reports.ts) is read one chosen
// report at a time (打开报告), or each report as an entry of its own (汇总审核, the command line).
// The text of every page is read first; a page's drawing (its rules and pictures) only where a
// report's reading needs it (usesRules, pdf-table.ts): drawing a page costs more than its text.
import type { Issue } from '../../../report/issue'
import { TABLE_IDS } from '../../../report/tables/registry'
import { finding, importError, type ImportResult, type ReportChoice } from '../../import-result'
import { LimitError, LIMITS, limitText } from '../../limits'
import { readDocument } from '../../read/read-document'
import { findTables, pdfBlocks, ruledPages } from './pdf-blocks'
import { NO_GRAPHICS, pageGraphics, type Ops, type PageGraphics } from './pdf-graphics'
import { pageLines, type Line, type TextPiece } from './pdf-lines'
import { hasNumberRows, reportDoubt, reportLabel, reportWhere, splitReports, type PdfReport } from './pdf-reports'
import { loadPdfjs, type PdfjsHandle } from './pdfjs'

/** A page drawing more than this is not a report's table: its text is read without its rules. */
const MAX_DRAWING_OPS = 200_000
/** A page with less text than this may hold a picture (a page of running text holds about 600 characters). */
const SPARSE_CHARS = 300

type PdfDocument = Awaited<ReturnType<PdfjsHandle['lib']['getDocument']>['promise']>
/** An open PDF, and its pages' drawings (by page number − 1; NO_GRAPHICS where not drawn). */
interface OpenPdf { doc: PdfDocument; ops: Ops; graphics: PageGraphics[]; drawn: Set<number> }

export async function openPdf(bytes: Uint8Array): Promise<OpenPdf | { error: string }> {
  const { lib, cMapUrl, workerFetch } = await loadPdfjs()
  // pdf.js takes ownership of the buffer it is given: a copy keeps the caller's bytes intact.
  const task = lib.getDocument({ data: bytes.slice(), cMapUrl, cMapPacked: true, useWorkerFetch: workerFetch, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 })
  try {
    const doc = await task.promise
    if (doc.numPages > LIMITS.pdfPages) {
      void doc.destroy()
      throw new LimitError(limitText.pdfPages(doc.numPages))
    }
    return { doc, ops: lib.OPS, graphics: Array.from({ length: doc.numPages }, () => NO_GRAPHICS), drawn: new Set() }
  } catch (e) {
    if (e instanceof LimitError) throw e
    const name = (e as { name?: string }).name
    if (name === 'PasswordException') return { error: 'PDF 文件设置了打开密码，无法读取：请取得未加密的文件。' }
    return { error: 'PDF 文件已损坏或不是有效的 PDF，无法读取：请重新下载或另存后再试。' }
  }
}

/** Each page's text layer: what pdf.js gives as pieces of text with their positions. */
export async function pageTexts(doc: PdfDocument): Promise<TextPiece[][]> {
  const pages: TextPiece[][] = []
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p)
    const content = await page.getTextContent()
    if (content.items.length > LIMITS.pdfItemsPerPage) throw new LimitError(limitText.pdfItems(p))
    pages.push(content.items.flatMap((it) => {
      if (!('str' in it) || !it.str || !it.transform) return []
      const [a = 0, b = 0, , , x = 0, y = 0] = it.transform as number[]
      return [{ str: it.str, x, y, width: it.width ?? 0, size: Math.hypot(a, b) || it.height || 10 }]
    }))
    page.cleanup()
  }
  return pages
}

/**
 * The rules and pictures of the pages asked for, into the PDF's `graphics`, each page drawn once
 * however many reports ask. pdf.js lays out every glyph a page draws as well: the operator list
 * costs more than the page's text.
 */
export async function readGraphics(pdf: OpenPdf, pages: Iterable<number>): Promise<void> {
  for (const p of pages) {
    if (pdf.drawn.has(p)) continue
    pdf.drawn.add(p)
    const page = await pdf.doc.getPage(p)
    const ops = await page.getOperatorList()
    pdf.graphics[p - 1] = ops.fnArray.length > MAX_DRAWING_OPS ? NO_GRAPHICS : pageGraphics(pdf.ops, ops.fnArray, ops.argsArray)
    page.cleanup()
  }
}

interface PdfPages { reports: PdfReport[]; pages: TextPiece[][]; lines: Line[][]; notes: Issue[] }

/** The reports of an open PDF, from its pages' text read once; or why none can be read. */
async function pdfReports(pdf: OpenPdf): Promise<PdfPages | { error: string }> {
  const pages = await pageTexts(pdf.doc)
  const notes: Issue[] = []
  const blank = pages.flatMap((p, i) => (p.some((t) => t.str.trim() !== '') ? [] : [i + 1]))
  if (blank.length === pages.length) {
    return { error: `PDF 的 ${pages.length} 页都没有文字层（${pageList(blank)}），可能是扫描件或图片：无法读取其中的文字和数字。请取得 Word 原稿或网页版。` }
  }
  if (blank.length > 0) {
    notes.push(finding('IMPORT-MISSING', 'warning', 'meta', [],
      `PDF ${pageList(blank)}没有文字层（扫描件或图片），这些页上的内容无法读取；其余各页已读取`))
  }
  const lines = pages.map((pieces, i) => pageLines(pieces, i + 1))
  const reports = splitReports(lines)
  // Each report becomes an entry (汇总审核 stores each): a file of thousands of titles is not a compilation.
  if (reports.length > LIMITS.pdfReports) throw new LimitError(limitText.pdfReports(reports.length))
  return { reports, pages, lines, notes }
}

const choiceOf = (r: PdfReport): ReportChoice => ({ label: reportLabel(r), agency: r.agency, year: r.year, page: r.page })

/**
 * One report from its own lines: first with the rules its tables need; when a table is not
 * found, again with the pictures of the pages that may show one (rows of numbers, or little
 * text): it may have been published as a picture.
 */
async function readReport(pdf: OpenPdf, found: PdfPages, r: PdfReport, notes: readonly Issue[]): Promise<ImportResult> {
  const tables = findTables(r.lines)
  // Only the drawings this report asked for: its reading never depends on another report's.
  const asked = ruledPages(r.lines, tables)
  const read = async () => {
    await readGraphics(pdf, asked)
    const { blocks, notes: tableNotes } = pdfBlocks(r.lines, pdf.graphics.map((g, i) => (asked.has(i + 1) ? g : NO_GRAPHICS)), tables)
    return readDocument({ blocks, notes: [...notes, ...tableNotes] })
  }
  const result = await read()
  if (!result.ok || result.summary.tablesFound === TABLE_IDS.length) return result
  const pictures = found.lines.flatMap((l, i) => (!asked.has(i + 1) && (hasNumberRows(l) || found.pages[i]!.reduce((n, t) => n + t.str.length, 0) < SPARSE_CHARS) ? [i + 1] : []))
  if (pictures.length === 0) return result
  for (const p of pictures) asked.add(p)
  return read()
}

/** Opens the PDF, finds its reports, reads them with `reader`, closes it. */
async function withPdf<T>(bytes: Uint8Array, failed: (error: string) => T, reader: (pdf: OpenPdf, found: PdfPages) => Promise<T>): Promise<T> {
  const pdf = await openPdf(bytes)
  if ('error' in pdf) return failed(pdf.error)
  try {
    const found = await pdfReports(pdf)
    return 'error' in found ? failed(found.error) : await reader(pdf, found)
  } finally {
    void pdf.doc.destroy()
  }
}

/**
 * Reads a PDF's report. A PDF holding several reports (side by side, or one after another) is
 * read only when `choice` names one of them (its index in the answer's `reports`): otherwise
 * the answer lists them, and nothing is read (never the first one silently, never mixed).
 */
export async function importPdf(bytes: Uint8Array, choice?: number): Promise<ImportResult> {
  return withPdf(bytes, importError, async (pdf, found) => {
    const { reports, notes } = found
    const choices = reports.map(choiceOf)
    if (reports.length > 1 && (choice === undefined || !reports[choice])) {
      return { ok: false, reports: choices, errors: [severalReportsMessage(choices)] }
    }
    const chosen = reports[choice ?? 0]!
    if (reports.length === 1) return readReport(pdf, found, chosen, notes)
    // Chosen by the user, a report without a title is read (its unit is then entered by hand); one
    // whose tables mix with the other column's is not.
    const doubt = chosen.unseparated.length > 0 ? reportDoubt(chosen) : null
    if (doubt) return importError(doubt)
    return readReport(pdf, found, chosen, [...notes, finding('IMPORT-READ', 'info', 'meta', [],
      `PDF 中有 ${reports.length} 份报告，读取了所选的“${choices[choice ?? 0]!.label}”；其他报告的内容未读取，也未混入`)])
  })
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
  const failed = (error: string): PdfPart[] => [{ index: 1, count: 1, agency: '', where: '', result: importError(error) }]
  return withPdf(bytes, failed, async (pdf, found) => {
    const { reports, notes } = found
    const parts: PdfPart[] = []
    for (const [i, r] of reports.entries()) {
      const part = { index: i + 1, count: reports.length, agency: r.agency, where: reportWhere(r) }
      const doubt = reports.length > 1 ? reportDoubt(r) : null
      parts.push({ ...part, result: doubt ? importError(doubt) : await readReport(pdf, found, r, reports.length === 1 ? notes : [...notes, finding('IMPORT-READ', 'info', 'meta', [],
        `PDF 中有 ${reports.length} 份报告，这是第 ${i + 1} 份“${reportLabel(r)}”，只读取了它自己的内容；其他报告各自单独读取，未混入`)]) })
    }
    return parts
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
