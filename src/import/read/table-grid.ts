// Rebuilds the logical grid of a Word table from its rows of cells. Word writes a horizontal
// merge as w:gridSpan on one cell and a vertical merge as a "restart" cell followed by
// "continue" cells below it; LibreOffice and WPS write the same, but real files also contain
// rows of uneven length, continue cells with nothing above and legacy w:hMerge. None of that
// may throw: the reader takes whatever structure it is given.
import { clampSpan, MAX_CELL_SPAN } from '../../report/table-span'

export interface RawCell {
  text: string
  gridSpan: number
  vMerge: 'restart' | 'continue' | null
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
  const slots: (LogicalCell | null)[][] = []
  const cells: LogicalCell[] = []
  rows.forEach((row, r) => {
    const line: (LogicalCell | null)[] = []
    let c = 0
    const skip = Number.isFinite(row.gridBefore) ? Math.min(Math.max(Math.floor(row.gridBefore), 0), MAX_CELL_SPAN) : 0
    for (; c < skip; c++) line.push(null)
    let previous: LogicalCell | null = null
    for (const raw of row.cells) {
      const span = clampSpan(raw.gridSpan)
      if (raw.hMergeContinue && previous && previous.r === r) {
        previous.colSpan += span
        if (raw.text.trim()) previous.text = joinText(previous.text, raw.text)
        for (let i = 0; i < span; i++) line.push(previous)
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
        cell = { r, c, rowSpan: 1, colSpan: span, text: raw.text }
        if (raw.source) cell.source = raw.source
        if (raw.guess) cell.guess = raw.guess
        cells.push(cell)
      }
      for (let i = 0; i < span; i++) line.push(cell)
      c += span
      previous = cell
    }
    slots.push(line)
  })
  const colCount = slots.reduce((n, line) => Math.max(n, line.length), 0)
  for (const line of slots) while (line.length < colCount) line.push(null)
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

/** The grid as an HTML-like rectangle of texts, for messages and tests. */
export function gridTexts(grid: LogicalGrid): string[][] {
  return grid.slots.map((line) => line.map((cell) => cell?.text ?? ''))
}
