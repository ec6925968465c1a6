// Column headers of a table as a reader needs them: for each grid column, the stack of header
// texts above the data rows. Merges written differently (a caption spanning two header rows,
// or split into two rows) give the same stack, so the readers never depend on one layout.
import { matchCaption, type Candidate, type CaptionMatch } from '../../report/caption-match'
import type { LogicalCell, LogicalGrid } from '../../report/table-grid'

export interface HeaderColumn<T> {
  value: T
  /** The header cell that named the column; a cell spanning several grid columns names one column. */
  cell: LogicalCell
  match: CaptionMatch<T>
}

/** Distinct header cells above row `end` at grid column c, top to bottom. */
export function headerStack(grid: LogicalGrid, c: number, start: number, end: number): LogicalCell[] {
  const out: LogicalCell[] = []
  for (let r = start; r < end; r++) {
    const cell = grid.slots[r]?.[c]
    if (cell && !out.includes(cell)) out.push(cell)
  }
  return out
}

/**
 * One column per header cell that matches a candidate, left to right; for each grid column
 * the lowest matching header wins (the leaf under a group caption).
 */
export function leafColumns<T>(
  grid: LogicalGrid,
  start: number,
  end: number,
  candidates: readonly Candidate<T>[],
  fromColumn = 0,
): HeaderColumn<T>[] {
  const out: HeaderColumn<T>[] = []
  // A header cell spanning many grid columns is matched once.
  const matches = new Map<LogicalCell, CaptionMatch<T> | null>()
  const matchOf = (cell: LogicalCell) => {
    if (!matches.has(cell)) matches.set(cell, matchCaption(cell.text, candidates))
    return matches.get(cell)!
  }
  for (let c = fromColumn; c < grid.colCount; c++) {
    const stack = headerStack(grid, c, start, end)
    for (let i = stack.length - 1; i >= 0; i--) {
      const cell = stack[i]!
      const match = matchOf(cell)
      if (!match) continue
      if (!out.some((h) => h.cell === cell)) out.push({ value: match.value, cell, match })
      break
    }
  }
  return out
}
