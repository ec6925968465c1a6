// Data rows of a table found by their labels. A label is read only where its cell starts: a
// group caption merged down over several rows ("三、本年度办理结果") is never taken for the
// label of the rows below it.
import { matchCaption, type Candidate, type CaptionMatch } from '../../report/caption-match'
import { cellsStartingIn, type LogicalCell, type LogicalGrid } from '../../report/table-grid'

export interface DataRow<T> {
  r: number
  id: T
  label: LogicalCell
  match: CaptionMatch<T>
}

/** Rows whose own label cell matches a candidate; a row id found twice is kept the first time. */
export function findDataRows<T>(grid: LogicalGrid, candidates: readonly Candidate<T>[], from = 0, to = grid.rowCount): DataRow<T>[] {
  const out: DataRow<T>[] = []
  for (let r = from; r < to; r++) {
    const row = labelOf(grid, r, candidates)
    if (row && !out.some((d) => d.id === row.id)) out.push(row)
  }
  return out
}

export function labelOf<T>(grid: LogicalGrid, r: number, candidates: readonly Candidate<T>[]): DataRow<T> | null {
  for (const cell of cellsStartingIn(grid, r)) {
    const match = matchCaption(cell.text, candidates)
    if (match) return { r, id: match.value, label: cell, match }
  }
  return null
}

/**
 * The cells right of a row's label that start in this row, left to right. `fromColumn` (the
 * first value column of the header) skips empty cells that pad the label area.
 */
export function valueCellsAfter(grid: LogicalGrid, row: { r: number; label: LogicalCell }, fromColumn = 0): LogicalCell[] {
  const after = Math.max(row.label.c + row.label.colSpan, fromColumn)
  return cellsStartingIn(grid, row.r).filter((cell) => cell.c >= after)
}
