// A copied block as a grid of slots, whatever it came from: the clipboard's text/plain (tab-
// separated rows, every cell one slot) or an HTML <table> (Word, WPS, Excel and browsers put one
// there) whose merged cells cover several slots. Laid out by the one table layout
// (report/table-grid.ts) the importers use; the placement reads texts by slot, and a merged cell
// is one cell, found at its top-left slot.
import { buildGrid, type LogicalGrid } from '../table-grid'

/** A cell as an HTML table writes it: it covers colSpan columns and rowSpan rows. */
export interface ClipCellInput {
  text: string
  rowSpan?: number
  colSpan?: number
}

/** Lays out rows of cells as an HTML table does: a cell takes the first slot its row has free. */
export function buildClipGrid(rows: readonly (readonly ClipCellInput[])[]): LogicalGrid {
  return buildGrid(rows.map((row) => ({
    gridBefore: 0,
    gridAfter: 0,
    cells: row.map((cell) => ({ text: cell.text.trim(), gridSpan: cell.colSpan ?? 1, rowSpan: cell.rowSpan, vMerge: null })),
  })))
}

/** Tab-separated rows (Excel, WPS, a text editor); a trailing line break is no row. */
export function clipGridFromText(text: string): LogicalGrid {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n')
  return buildClipGrid(lines.map((line) => line.split('\t').map((t) => ({ text: t }))))
}
