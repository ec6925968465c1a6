// The one layout of a table with merged cells into a grid of slots, for every reader of such a
// table: the .docx, web page and PDF importers (through the document model, import/read/) and a
// block pasted from the clipboard (paste/clip-grid.ts).
//
// Two ways of writing a merge reach it, and both may appear in one table:
// - Word, WPS and LibreOffice write a horizontal merge as w:gridSpan on one cell and a vertical
//   merge as a "restart" cell followed by "continue" cells below it, one per row; real files also
//   contain rows of uneven length, continue cells with nothing above and legacy w:hMerge.
// - HTML writes colspan and rowspan on one cell and leaves out the cells it covers: a later row's
//   cell takes the first slot its row has free.
// None of that may throw: the reader takes whatever structure it is given.
import { clampSpan, MAX_CELL_SPAN } from './table-span'

export interface RawCell {
  text: string
  /** Columns the cell covers (Word w:gridSpan, HTML colspan). */
  gridSpan: number
  /** Word's vertical merge: "continue" joins the cell above at the same grid column. */
  vMerge: 'restart' | 'continue' | null
  /** HTML's rowspan: the cell also covers the rows below, whose own cells flow around it. */
  rowSpan?: number
  /** Legacy horizontal merge (w:hMerge continue): part of the cell on its left. */
  hMergeContinue?: boolean
  /** Where the text stands in the file, when the adapter knows better than table/row/column (PDF page and line). */
  source?: string
  /** Why a number read from this cell is doubtful (IMPORT-GUESS on the cell). */
  guess?: string
}

export interface RawRow {
  gridBefore: number
  gridAfter: number
  cells: RawCell[]
}

/** One merged cell of the logical grid, at its top-left slot. */
export interface LogicalCell {
  r: number
  c: number
  rowSpan: number
  colSpan: number
  text: string
  source?: string
  guess?: string
}

export interface LogicalGrid {
  rowCount: number
  colCount: number
  /** slots[r][c]: the cell covering that slot, or null where a row is shorter than the grid. */
  slots: (LogicalCell | null)[][]
  cells: LogicalCell[]
}

export function buildGrid(rows: readonly RawRow[]): LogicalGrid {
  const slots: (LogicalCell | null)[][] = rows.map(() => [])
  const cells: LogicalCell[] = []
  /** Puts the cell in its columns c … c+span-1 of each row it covers; a later cell wins an overlap. */
  const cover = (cell: LogicalCell, fromRow: number, c: number, span: number) => {
    for (let r = fromRow; r < cell.r + cell.rowSpan; r++) for (let i = 0; i < span; i++) slots[r]![c + i] = cell
  }
  rows.forEach((row, r) => {
    const line = slots[r]!
    let c = 0
    const before = Number.isFinite(row.gridBefore) ? Math.min(Math.max(Math.floor(row.gridBefore), 0), MAX_CELL_SPAN) : 0
    // Word's w:gridBefore: grid columns left empty before the row's first cell.
    for (; c < before; c++) line[c] ??= null
    let previous: LogicalCell | null = null
    for (const raw of row.cells) {
      // Slots covered by a rowspan from above are not this row's to fill (HTML).
      while (line[c]) c++
      const span = clampSpan(raw.gridSpan)
      if (raw.hMergeContinue && previous && previous.r === r) {
        previous.colSpan += span
        if (raw.text.trim()) previous.text = joinText(previous.text, raw.text)
        cover(previous, r, c, span)
        c += span
        continue
      }
      const above = raw.vMerge === 'continue' ? slots[r - 1]?.[c] ?? null : null
      let cell: LogicalCell
      if (above && above.c === c) {
        cell = above
        cell.rowSpan = r - cell.r + 1
        // Text typed into a continuation cell is still visible in Word: keep it.
        if (raw.text.trim()) cell.text = joinText(cell.text, raw.text)
      } else {
        cell = { r, c, rowSpan: Math.min(clampSpan(raw.rowSpan), rows.length - r), colSpan: span, text: raw.text }
        if (raw.source) cell.source = raw.source
        if (raw.guess) cell.guess = raw.guess
        cells.push(cell)
      }
      cover(cell, r, c, span)
      c += span
      previous = cell
    }
  })
  const colCount = slots.reduce((n, line) => Math.max(n, line.length), 0)
  for (const line of slots) for (let c = 0; c < colCount; c++) line[c] ??= null
  return { rowCount: slots.length, colCount, slots, cells }
}

function joinText(a: string, b: string): string {
  return a.trim() ? `${a}\n${b}` : b
}

/** The distinct cells of grid row r, left to right (a merged cell once, where it starts). */
export function rowCells(grid: LogicalGrid, r: number): LogicalCell[] {
  const out: LogicalCell[] = []
  for (const cell of grid.slots[r] ?? []) if (cell && out[out.length - 1] !== cell && !out.includes(cell)) out.push(cell)
  return out
}

/** The distinct cells that start in row r, left to right (not those reaching down from above). */
export function cellsStartingIn(grid: LogicalGrid, r: number): LogicalCell[] {
  return rowCells(grid, r).filter((cell) => cell.r === r)
}

/** The grid as an HTML-like rectangle of texts, for messages and tests. */
export function gridTexts(grid: LogicalGrid): string[][] {
  return grid.slots.map((line) => line.map((cell) => cell?.text ?? ''))
}
