// A copied block as a grid of slots, whatever it came from: the clipboard's text/plain (tab-
// separated rows, every cell one slot) or an HTML <table> (Word, WPS, Excel and browsers put one
// there) whose merged cells cover several slots. The placement reads texts by slot; a merged
// cell is one cell, found at its top-left slot.
import { clampSpan } from '../table-span'

export interface ClipCellInput {
  text: string
  rowSpan?: number
  colSpan?: number
}

export interface ClipCell {
  r: number
  c: number
  rowSpan: number
  colSpan: number
  text: string
}

export interface ClipGrid {
  rowCount: number
  colCount: number
  /** slots[r][c]: the cell covering the slot, or null where a row is short. */
  slots: (ClipCell | null)[][]
}

/** Lays out rows of cells as an HTML table does: a cell takes the first slot its row has free. */
export function buildClipGrid(rows: readonly (readonly ClipCellInput[])[]): ClipGrid {
  const slots: (ClipCell | null)[][] = rows.map(() => [])
  rows.forEach((row, r) => {
    let c = 0
    for (const input of row) {
      while (slots[r]![c]) c++
      const cell: ClipCell = { r, c, rowSpan: Math.min(clampSpan(input.rowSpan), rows.length - r), colSpan: clampSpan(input.colSpan), text: input.text.trim() }
      for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) slots[r + dr]![c + dc] = cell
      c += cell.colSpan
    }
  })
  const colCount = slots.reduce((n, line) => Math.max(n, line.length), 0)
  for (const line of slots) for (let c = 0; c < colCount; c++) line[c] ??= null
  return { rowCount: slots.length, colCount, slots }
}

/** Tab-separated rows (Excel, WPS, a text editor); a trailing line break is no row. */
export function clipGridFromText(text: string): ClipGrid {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n')
  return buildClipGrid(lines.map((line) => line.split('\t').map((t) => ({ text: t }))))
}

/** The distinct cells that start in row r, left to right. */
export function clipRowCells(grid: ClipGrid, r: number): ClipCell[] {
  const out: ClipCell[] = []
  for (const cell of grid.slots[r] ?? []) if (cell && cell.r === r && out[out.length - 1] !== cell) out.push(cell)
  return out
}
