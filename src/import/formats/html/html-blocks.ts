// A web page's element tree → the shared document model: paragraphs and tables in reading order.
// Layout tables (a portal's page frame, a table holding other tables) are read as flow, not as
// data; a data table's rowspan/colspan go to the one table layout the .docx and PDF readers and
// the paste use (report/table-grid.ts), so the table readers see one kind of grid whatever the format.
import type { Block } from '../../read/document'
import type { RawRow } from '../../../report/table-grid'
import type { HNode } from './html-tree'

/** Elements that end a paragraph of text. */
const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'section', 'article', 'center',
  'header', 'footer', 'nav', 'main', 'aside', 'form', 'pre', 'address', 'dl', 'dt', 'dd', 'hr', 'figure', 'figcaption',
  'caption', 'body', 'html',
])
const SKIP = new Set(['head', 'script', 'style', 'noscript', 'template', 'select', 'button', 'iframe', 'svg', 'object', 'title'])


const elements = (n: HNode) => n.children.filter((c): c is HNode => typeof c !== 'string')

function hasTable(n: HNode): boolean {
  return elements(n).some((c) => c.name === 'table' || hasTable(c))
}

/** Rows of a table, through thead/tbody/tfoot, not those of nested tables. */
function tableRows(table: HNode): HNode[] {
  const out: HNode[] = []
  const walk = (n: HNode) => {
    for (const c of elements(n)) {
      if (c.name === 'tr') out.push(c)
      else if (c.name !== 'table') walk(c)
    }
  }
  walk(table)
  return out
}

function cellsOf(tr: HNode): HNode[] {
  const out: HNode[] = []
  const walk = (n: HNode) => {
    for (const c of elements(n)) {
      if (c.name === 'td' || c.name === 'th') out.push(c)
      else if (c.name !== 'table' && c.name !== 'tr') walk(c)
    }
  }
  walk(tr)
  return out
}

/** The text of a cell: paragraphs and line breaks as newlines, everything else joined as written. */
function cellText(cell: HNode): string {
  let out = ''
  const walk = (n: HNode) => {
    for (const c of n.children) {
      if (typeof c === 'string') out += c.replace(/[\t\r\n ]+/g, ' ')
      else if (SKIP.has(c.name)) continue
      else if (c.name === 'br') out += '\n'
      else if (c.name === 'img') out += ''
      else {
        const block = BLOCK.has(c.name)
        if (block) out += '\n'
        walk(c)
        if (block) out += '\n'
      }
    }
  }
  walk(cell)
  return out.split('\n').map((l) => l.trim()).filter((l) => l !== '').join('\n')
}

/** A rowspan or colspan as written; the layout clamps it (report/table-span.ts). */
const span = (value: string | undefined) => Number.parseInt(value ?? '1', 10)

/** The table's rows as written, rowspan and colspan on their cells: the one table layout (report/table-grid.ts) places them. */
function rawRows(table: HNode): RawRow[] {
  return tableRows(table).map((tr) => ({
    gridBefore: 0,
    gridAfter: 0,
    cells: cellsOf(tr).map((td) => ({ text: cellText(td), gridSpan: span(td.attrs.colspan), rowSpan: span(td.attrs.rowspan), vMerge: null })),
  }))
}

/** The page's body as blocks. */
export function htmlBlocks(root: HNode): Block[] {
  const blocks: Block[] = []
  let text = ''
  const flush = () => {
    const t = text.split('\n').map((l) => l.replace(/[ \u00a0\u3000]+$/, '')).join('\n').trim()
    if (t) for (const line of t.split('\n')) if (line.trim()) blocks.push({ kind: 'paragraph', text: line.trim() })
    text = ''
  }
  const walk = (n: HNode) => {
    for (const c of n.children) {
      if (typeof c === 'string') {
        text += c.replace(/[\t\r\n ]+/g, ' ')
        continue
      }
      if (SKIP.has(c.name)) continue
      if (c.name === 'br') {
        text += '\n'
        continue
      }
      if (c.name === 'img') {
        const src = c.attrs.alt || c.attrs.src || ''
        // In the flow: the shared reading names a table published as a picture (read-document.ts).
        blocks.push({ kind: 'picture', where: `网页中的图片“${src.slice(-40)}”` })
        continue
      }
      if (c.name === 'table') {
        flush()
        // A table holding tables is the page's frame: its cells are read as flow.
        if (hasTable(c)) walk(c)
        else blocks.push({ kind: 'table', rows: rawRows(c) })
        continue
      }
      const block = BLOCK.has(c.name) || c.name === 'td' || c.name === 'th' || c.name === 'tr'
      if (block) flush()
      walk(c)
      if (block) flush()
    }
  }
  walk(root)
  flush()
  return blocks
}
