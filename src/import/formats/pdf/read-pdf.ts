// The PDF adapter: pdf.js's text layer → lines (pdf-lines.ts) → the shared document model
// (pdf-blocks.ts) → the shared reading. A page without text (a scan, a picture) is named; a PDF
// holding several reports (side by side or one after another, pdf-reports.ts) is read one chosen
// report at a time.
import type { Issue } from '../../../report/issue'
import { finding, importError, type ImportResult, type ReportChoice } from '../../import-result'
import { LimitError, LIMITS, limitText } from '../../limits'
import { TABLE_IDS } from '../../../report/tables/registry'
import { readDocument } from '../../read/read-document'
import { findTables, pdfBlocks, ruledPages } from './pdf-blocks'
import { NO_GRAPHICS, pageGraphics, type Ops, type PageGraphics } from './pdf-graphics'
import { isNumberToken, pageLines, type Line, type TextPiece } from './pdf-lines'
import { reportLabel, splitReports } from './pdf-reports'
import { loadPdfjs, type PdfjsHandle } from './pdfjs'

/** A page drawing more than this is not a report's table: its text is read without its rules. */
const MAX_DRAWING_OPS = 200_000
/** A page with less text than this may hold a picture (a page of running text holds about 600 characters). */
const SPARSE_CHARS = 300

type PdfDocument = Awaited<ReturnType<PdfjsHandle['lib']['getDocument']>['promise']>
interface OpenPdf { doc: PdfDocument; ops: Ops }

/** Two or more lines with two or more numbers: a table's rows. */
function hasNumberRows(lines: readonly Line[]): boolean {
  return lines.filter((l) => l.tokens.filter((t) => isNumberToken(t.text)).length >= 2).length >= 2
}

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
    return { doc, ops: lib.OPS }
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
 * The rules and pictures of the pages asked for, into `graphics` (by page number − 1). Drawing
 * a page's operator list costs more than reading its text (pdf.js also lays out every glyph it
 * draws): it is read only for the pages that need it.
 */
export async function readGraphics(pdf: OpenPdf, pages: Iterable<number>, graphics: PageGraphics[]): Promise<void> {
  for (const p of pages) {
    const page = await pdf.doc.getPage(p)
    const ops = await page.getOperatorList()
    graphics[p - 1] = ops.fnArray.length > MAX_DRAWING_OPS ? NO_GRAPHICS : pageGraphics(pdf.ops, ops.fnArray, ops.argsArray)
    page.cleanup()
  }
}

/**
 * Reads a PDF's report. A PDF holding several reports (side by side, or one after another) is
 * read only when `choice` names one of them (its index in the answer's `reports`): otherwise
 * the answer lists them, and nothing is read (never the first one silently, never mixed).
 */
export async function importPdf(bytes: Uint8Array, choice?: number): Promise<ImportResult> {
  const pdf = await openPdf(bytes)
  if ('error' in pdf) return importError(pdf.error)
  try {
    return await readReport(pdf, await pageTexts(pdf.doc), choice)
  } finally {
    void pdf.doc.destroy()
  }
}

async function readReport(pdf: OpenPdf, pages: readonly TextPiece[][], choice?: number): Promise<ImportResult> {
  const notes: Issue[] = []
  const blank = pages.flatMap((p, i) => (p.some((t) => t.str.trim() !== '') ? [] : [i + 1]))
  if (blank.length === pages.length) {
    return importError(`PDF 的 ${pages.length} 页都没有文字层（${pageList(blank)}），可能是扫描件或图片：无法读取其中的文字和数字。请取得 Word 原稿或网页版。`)
  }
  if (blank.length > 0) {
    notes.push(finding('IMPORT-MISSING', 'warning', 'meta', [],
      `PDF ${pageList(blank)}没有文字层（扫描件或图片），这些页上的内容无法读取；其余各页已读取`))
  }
  const lines = pages.map((pieces, i) => pageLines(pieces, i + 1))
  const reports = splitReports(lines)
  const choices: ReportChoice[] = reports.map((r) => ({ label: reportLabel(r), agency: r.agency, year: r.year, page: r.page }))
  if (reports.length > 1 && (choice === undefined || !reports[choice])) {
    return { ok: false, reports: choices, errors: [severalReportsMessage(choices)] }
  }
  const chosen = reports[choice ?? 0]!
  if (reports.length > 1) {
    notes.push(finding('IMPORT-READ', 'info', 'meta', [],
      `PDF 中有 ${reports.length} 份报告，读取了所选的“${choices[choice ?? 0]!.label}”；其他报告的内容未读取，也未混入`))
  }
  const tables = findTables(chosen.lines)
  const graphics = pages.map(() => NO_GRAPHICS)
  const read = () => {
    const { blocks, notes: tableNotes } = pdfBlocks(chosen.lines, graphics, tables)
    return readDocument({ blocks, notes: [...notes, ...tableNotes] })
  }
  // The rules where the tables whose columns they place stand.
  const ruled = ruledPages(chosen.lines, tables)
  await readGraphics(pdf, ruled, graphics)
  const result = read()
  if (!result.ok || result.summary.tablesFound === TABLE_IDS.length) return result
  // A table not found may be published as a picture: the pictures of the pages that may show
  // one (rows of numbers, or little text), and read again with them.
  const pictures = lines.flatMap((l, i) => (!ruled.has(i + 1) && (hasNumberRows(l) || pages[i]!.reduce((n, t) => n + t.str.length, 0) < SPARSE_CHARS) ? [i + 1] : []))
  if (pictures.length === 0) return result
  await readGraphics(pdf, pictures, graphics)
  return read()
}

/** Several reports in one file, where none can be chosen (汇总审核, the command line). */
export function severalReportsMessage(choices: readonly ReportChoice[]): string {
  return `这个 PDF 中有 ${choices.length} 份报告：${choices.map((c) => `“${c.label}”`).join('、')}。`
    + '一个文件只读取一份报告，各报告的数字不能混在一起：请在“打开报告”中选择其中一份，或把文件拆分为每份报告一个 PDF 后再读取。'
}

function pageList(pages: number[]): string {
  return `第 ${pages.slice(0, 8).join('、')}${pages.length > 8 ? ' 等' : ''} 页`
}
