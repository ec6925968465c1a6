// word/document.xml → the body in reading order: paragraphs as plain text and tables as rows of
// raw cells (text, gridSpan, vMerge). Only visible text is kept: deleted revisions, field codes
// and drawings (text boxes would otherwise be read twice) are skipped; a picture in a body
// paragraph is kept as a picture block (a table published as an image is named, never guessed).
import type { Block } from '../../read/document'
import type { RawCell, RawRow } from '../../../report/table-grid'
import { child, parseXml, textContent, XmlError, type XNode } from '../../xml-tree'

/** Elements whose content is not part of the visible text flow. */
const SKIPPED = new Set([
  'pPr', 'rPr', 'tcPr', 'trPr', 'tblPr', 'tblGrid', 'sectPr', 'del', 'delText', 'instrText',
  'drawing', 'pict', 'object', 'AlternateContent', 'footnoteReference', 'commentReference', 'moveFrom',
])
/** Wrappers whose children belong to the surrounding flow (content controls, custom XML). */
const TRANSPARENT = new Set(['sdt', 'sdtContent', 'customXml', 'smartTag', 'ins', 'moveTo', 'hyperlink', 'fldSimple'])

/** w:val of a child property element, whatever prefix the producer bound to the namespace. */
function childVal(parent: XNode | undefined, localName: string): string | null | undefined {
  const el = child(parent, localName)
  return el ? (el.attrs.val ?? null) : undefined
}

function paragraphText(p: XNode): string {
  let out = ''
  const walk = (node: XNode): void => {
    for (const el of node.children) {
      const name = el.name
      if (SKIPPED.has(name)) continue
      if (name === 't') out += textContent(el)
      else if (name === 'tab' || name === 'ptab') out += '\t'
      else if (name === 'br' || name === 'cr') out += '\n'
      else if (name === 'noBreakHyphen') out += '-'
      else walk(el)
    }
  }
  walk(p)
  return out
}

/** A picture (DrawingML's a:blip, or VML's v:imagedata) anywhere inside the element. */
function hasPicture(node: XNode): boolean {
  return node.children.some((el) => el.name === 'blip' || el.name === 'imagedata' || hasPicture(el))
}

function cellText(tc: XNode): string {
  const parts: string[] = []
  const walk = (node: XNode): void => {
    for (const el of node.children) {
      if (el.name === 'p') parts.push(paragraphText(el))
      else if (el.name === 'tbl') parts.push(...tableRows(el).flatMap((r) => r.cells.map((c) => c.text)))
      else if (TRANSPARENT.has(el.name)) walk(el)
    }
  }
  walk(tc)
  return parts.join('\n')
}

function rawCell(tc: XNode): RawCell {
  const pr = child(tc, 'tcPr')
  const span = Number(childVal(pr, 'gridSpan') ?? 1)
  const vMerge = childVal(pr, 'vMerge')
  const hMerge = childVal(pr, 'hMerge')
  return {
    text: cellText(tc),
    gridSpan: Number.isFinite(span) && span >= 1 ? Math.floor(span) : 1,
    // A bare <w:vMerge/> means "continue" (ECMA-376 §17.4.85).
    vMerge: vMerge === undefined ? null : vMerge === 'restart' ? 'restart' : 'continue',
    hMergeContinue: hMerge !== undefined && hMerge !== 'restart',
  }
}

function collect(node: XNode, localName: string): XNode[] {
  return node.children.flatMap((el) =>
    el.name === localName ? [el] : TRANSPARENT.has(el.name) ? collect(el, localName) : [],
  )
}

function tableRows(tbl: XNode): RawRow[] {
  return collect(tbl, 'tr').map((tr) => {
    const pr = child(tr, 'trPr')
    const count = (name: string) => {
      const n = Number(childVal(pr, name) ?? 0)
      return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0
    }
    return { gridBefore: count('gridBefore'), gridAfter: count('gridAfter'), cells: collect(tr, 'tc').map(rawCell) }
  })
}

export type BlocksResult = { ok: true; blocks: Block[] } | { ok: false; error: string }

export function readBlocks(xml: string): BlocksResult {
  let root: XNode
  try {
    root = parseXml(xml, 'Word 正文')
  } catch (e) {
    if (!(e instanceof XmlError)) throw e
    return { ok: false, error: `Word 正文（word/document.xml）不是有效的 XML，文档可能已损坏：请在 Word 或 WPS 中打开后重新保存。（${e.message.slice(0, 80)}）` }
  }
  const body = child(root, 'body')
  if (!body) return { ok: false, error: 'Word 文档中没有正文内容（缺少 w:body）。' }
  const blocks: Block[] = []
  let paragraphs = 0
  const walk = (node: XNode): void => {
    for (const el of node.children) {
      if (el.name === 'p') {
        paragraphs++
        blocks.push({ kind: 'paragraph', text: paragraphText(el) })
        // A picture in the paragraph (a table pasted as an image): named by where it stands.
        if (hasPicture(el)) blocks.push({ kind: 'picture', where: `正文第 ${paragraphs} 段中的图片` })
      }
      else if (el.name === 'tbl') blocks.push({ kind: 'table', rows: tableRows(el) })
      else if (TRANSPARENT.has(el.name)) walk(el)
    }
  }
  walk(body)
  return { ok: true, blocks }
}
