// Splits the render model into A4 pages the way the exported document falls: exact 28.95 pt lines,
// 28 characters a line, tables kept whole, headings kept with what follows. An estimate from the
// same metrics as the Word export (no DOM measuring), so it stays cheap on every keystroke.
import {
  AUTOSPACE,
  CELL_MARGIN,
  CHAR,
  columnWidthsTwips,
  LINE,
  PITCH,
  TABLE_CHAR,
  TABLE_LINE,
  TABLE_WIDTH,
  TEXT_HEIGHT,
  TEXT_WIDTH,
  textAdvance,
  TITLE_LINE,
} from '@/report/page-metrics'
import type { RenderBlock, RenderTableCell, SignatureBlock, TableBlock } from '@/report/render-model'

/** One printed line of a body paragraph; `runIn` is the 楷体 part at its start. */
export interface TextLine {
  runIn: string
  text: string
  /** First line of its paragraph (indented 2 characters). */
  first: boolean
  /** Last line of its paragraph (not justified). */
  last: boolean
}

export type PageItem =
  | { kind: 'title'; lines: string[] }
  | { kind: 'blank' }
  | { kind: 'heading'; text: string }
  | { kind: 'line'; line: TextLine }
  | { kind: 'table'; block: TableBlock; widths: number[] }
  | { kind: 'signature'; block: SignatureBlock }

export type Page = PageItem[]

const TABLE_ROW_EXTRA = 10 // border and rounding per row, as LibreOffice lays it out
const NO_LINE_START = /[，。、；：？！）》」』”’…—·]/
const NO_LINE_END = /[（《「『“‘]/

/** Greedy line breaking with the widths of the export; ASCII words stay whole. */
export function breakLines(text: string, firstWidth: number, width: number, pitch = PITCH, autospace = AUTOSPACE): string[] {
  const tokens = text.match(/[A-Za-z0-9.,:/%@_\-+]+|[\s\S]/gu) ?? []
  const lines: string[] = []
  let line = ''
  let used = 0
  let prev: string | undefined
  const advance = (token: string) => textAdvance(token, prev, pitch, autospace)
  for (const token of tokens) {
    const w = advance(token)
    const limit = lines.length === 0 ? firstWidth : width
    // Closing punctuation may not start a line: it hangs at the end of this one instead.
    if (line && used + w > limit && !NO_LINE_START.test(token)) {
      let carry = ''
      if (NO_LINE_END.test(line.at(-1) ?? '')) {
        carry = line.at(-1) ?? ''
        line = line.slice(0, -1)
      }
      lines.push(line)
      line = carry
      used = carry ? pitch : 0
      prev = carry || undefined
    }
    line += token
    used += advance(token)
    prev = token.at(-1)
  }
  if (line || lines.length === 0) lines.push(line)
  return lines
}

/** Paragraph lines, with the run-in heading split off the start of the first line(s). */
export function paragraphLines(runIn: string, text: string): TextLine[] {
  const lines = breakLines(runIn + text, TEXT_WIDTH - 2 * CHAR, TEXT_WIDTH)
  let rest = runIn.length
  return lines.map((l, i) => {
    const take = Math.min(rest, l.length)
    rest -= take
    return { runIn: l.slice(0, take), text: l.slice(take), first: i === 0, last: i === lines.length - 1 }
  })
}

function cellLines(cell: RenderTableCell, width: number): number {
  const inner = width - 2 * (cell.role === 'value' ? CELL_MARGIN.value : CELL_MARGIN.label)
  return cell.text ? breakLines(cell.text, inner, inner, TABLE_CHAR, 0).length : 1
}

/** Estimated table height in twips, growing the last row of a merge that needs more room. */
function tableHeight(block: TableBlock, widths: number[]): number {
  const rows = block.rows.map(() => TABLE_LINE + TABLE_ROW_EXTRA)
  const cells = block.rows.flat()
  const widthOf = (c: RenderTableCell) => widths.slice(c.c, c.c + c.colSpan).reduce((a, b) => a + b, 0)
  for (const cell of cells.filter((c) => c.rowSpan === 1)) {
    rows[cell.r] = Math.max(rows[cell.r] ?? 0, cellLines(cell, widthOf(cell)) * TABLE_LINE + TABLE_ROW_EXTRA)
  }
  for (const cell of cells.filter((c) => c.rowSpan > 1)) {
    const need = cellLines(cell, widthOf(cell)) * TABLE_LINE + TABLE_ROW_EXTRA
    const have = rows.slice(cell.r, cell.r + cell.rowSpan).reduce((a, b) => a + b, 0)
    const last = cell.r + cell.rowSpan - 1
    if (need > have) rows[last] = (rows[last] ?? 0) + need - have
  }
  return rows.reduce((a, b) => a + b, 0)
}

function itemHeight(item: PageItem): number {
  switch (item.kind) {
    case 'title':
      return item.lines.length * TITLE_LINE
    case 'table':
      return tableHeight(item.block, item.widths)
    case 'signature':
      return (item.block.date ? 2 : 1) * LINE
    default:
      return LINE
  }
}

export function paginate(blocks: RenderBlock[]): Page[] {
  const pages: Page[] = [[]]
  let used = 0
  const newPage = () => {
    pages.push([])
    used = 0
  }
  const place = (item: PageItem) => {
    const h = itemHeight(item)
    if (used > 0 && used + h > TEXT_HEIGHT) newPage()
    pages.at(-1)?.push(item)
    used += h
  }
  /** Height of what a heading must share its page with: a line, or a whole table. */
  const firstPieceOf = (block: RenderBlock | undefined): number => {
    if (block?.kind === 'table') return tableHeight(block, columnWidthsTwips(block.columnWidths, TABLE_WIDTH))
    return block ? LINE : 0
  }

  blocks.forEach((block, i) => {
    switch (block.kind) {
      case 'title':
        place({ kind: 'title', lines: block.lines })
        place({ kind: 'blank' })
        break
      case 'heading':
        if (used > 0 && used + LINE + firstPieceOf(blocks[i + 1]) > TEXT_HEIGHT) newPage()
        place({ kind: 'heading', text: block.text })
        break
      case 'paragraph':
        for (const line of paragraphLines(block.runIn ?? '', block.text)) place({ kind: 'line', line })
        break
      case 'table':
        place({ kind: 'table', block, widths: columnWidthsTwips(block.columnWidths, TABLE_WIDTH) })
        break
      case 'signature': {
        const item: PageItem = { kind: 'signature', block }
        if (used > 0 && used + LINE + itemHeight(item) > TEXT_HEIGHT) {
          // Keep-with-next in the export pulls the body's last line onto the signature's page.
          const page = pages.at(-1)
          const carried = page?.at(-1)?.kind === 'line' ? page.pop() : undefined
          newPage()
          if (carried) place(carried)
        }
        place({ kind: 'blank' })
        place(item)
        break
      }
    }
  })
  return pages
}
