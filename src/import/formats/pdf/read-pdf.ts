// The PDF adapter: pdf.js's text layer → lines (pdf-lines.ts) → the shared document model
// (pdf-blocks.ts) → the shared reading. A page without text (a scan, a picture) is named; a page
// setting two reports side by side is split by position and only the first report is read.
import type { Issue } from '../../../report/issue'
import { finding, importError, type ImportResult } from '../../import-result'
import { LimitError, LIMITS, limitText } from '../../limits'
import { readDocument } from '../../read/read-document'
import { pdfBlocks } from './pdf-blocks'
import { pageLines, sideBySideSplit, sideOf, type Line, type TextPiece } from './pdf-lines'
import { loadPdfjs } from './pdfjs'

async function readPages(bytes: Uint8Array): Promise<{ pages: TextPiece[][] } | { error: string }> {
  const { lib, cMapUrl } = await loadPdfjs()
  // pdf.js takes ownership of the buffer it is given: a copy keeps the caller's bytes intact.
  const task = lib.getDocument({ data: bytes.slice(), cMapUrl, cMapPacked: true, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 })
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
    return { pages }
  } finally {
    void doc.destroy()
  }
}

export async function importPdf(bytes: Uint8Array): Promise<ImportResult> {
  const read = await readPages(bytes)
  if ('error' in read) return importError(read.error)
  const notes: Issue[] = []
  const blank = read.pages.flatMap((p, i) => (p.some((t) => t.str.trim() !== '') ? [] : [i + 1]))
  if (blank.length === read.pages.length) {
    return importError(`PDF 的 ${read.pages.length} 页都没有文字层（${pageList(blank)}），可能是扫描件或图片：无法读取其中的文字和数字。请取得 Word 原稿或网页版。`)
  }
  if (blank.length > 0) {
    notes.push(finding('IMPORT-MISSING', 'warning', 'meta', [],
      `PDF ${pageList(blank)}没有文字层（扫描件或图片），这些页上的内容无法读取；其余各页已读取`))
  }
  let lines: Line[] = []
  let other: Line[] = []
  read.pages.forEach((pieces, i) => {
    const pageLinesOf = pageLines(pieces, i + 1)
    const split = sideBySideSplit(pageLinesOf)
    if (split === null) lines.push(...pageLinesOf)
    else {
      lines.push(...sideOf(pageLinesOf, split, false))
      other.push(...sideOf(pageLinesOf, split, true))
    }
  })
  if (other.length > 0) {
    const title = other.find((l) => /年度?政府信息公开/.test(l.tokens.map((t) => t.text).join('')))
    notes.push(finding('IMPORT-GUESS', 'warning', 'meta', [],
      `PDF 中有两份报告并排印在同一页上：只读取了左侧的一份，右侧${title ? `的“${title.tokens.map((t) => t.text).join('').slice(0, 40)}”` : '的一份'}未读取（按位置分开，数字不会混在一起）`))
  }
  const { blocks, notes: tableNotes } = pdfBlocks(lines)
  lines = []
  other = []
  return readDocument({ blocks, notes: [...notes, ...tableNotes] })
}

function pageList(pages: number[]): string {
  return `第 ${pages.slice(0, 8).join('、')}${pages.length > 8 ? ' 等' : ''} 页`
}
