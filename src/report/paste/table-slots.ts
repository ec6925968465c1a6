// The places a pasted number can land in one official table, read from its definition: the grid
// rows that hold value cells (input or computed), each with its value cells left to right, the
// row's own label and, for each cell, the column headers above it. Tables 3 and 4 have their
// value cells on the same grid columns in every row; table 2's blocks each have their own header.
import { computedCell, inputCell } from '../tables/registry'
import { cellId, type CellRef, type ComputedCell, type GridCell, type InputCell, type TableDef } from '../tables/table-def'

export interface ValueSlot {
  id: string
  ref: CellRef
  def: InputCell | ComputedCell
  /** Grid column of the cell's left edge. */
  c: number
  /** Column headers above the cell, top to bottom (group captions, then the leaf). */
  headers: string[]
}

export interface ValueRow {
  r: number
  /** The row's own label (the leaf caption); null where the row has none (table 4). */
  label: string | null
  slots: ValueSlot[]
}

const cache = new WeakMap<TableDef, ValueRow[]>()

export function valueRows(def: TableDef): ValueRow[] {
  let rows = cache.get(def)
  if (!rows) cache.set(def, (rows = build(def)))
  return rows
}

function build(def: TableDef): ValueRow[] {
  const byRow = new Map<number, GridCell[]>()
  for (const cell of def.cells) byRow.set(cell.r, [...(byRow.get(cell.r) ?? []), cell])
  const out: ValueRow[] = []
  for (let r = 0; r < def.gridRows; r++) {
    const cells = (byRow.get(r) ?? []).slice().sort((a, b) => a.c - b.c)
    const values = cells.filter((cell) => (cell.kind === 'input' || cell.kind === 'computed') && cell.ref)
    if (values.length === 0) continue
    const labels = cells.filter((cell) => cell.kind === 'rowLabel')
    const slots = values.map((cell): ValueSlot => {
      const ref = cell.ref!
      const valueDef = cell.kind === 'input' ? inputCell(def.id, ref.rowId, ref.colId) : computedCell(def.id, ref)
      return { id: cellId(def.id, ref), ref, def: valueDef!, c: cell.c, headers: headersAbove(def, r, cell.c) }
    })
    out.push({ r, label: labels[labels.length - 1]?.text ?? null, slots })
  }
  return out
}

/**
 * Header captions covering column c above row r: the nearest run of header rows above (table 2's
 * blocks each have their own), topmost first.
 */
function headersAbove(def: TableDef, r: number, c: number): string[] {
  const covering = (row: number) => def.cells.filter((h) => h.kind === 'colHeader' && h.r <= row && row < h.r + h.rowSpan && h.c <= c && c < h.c + h.colSpan)
  const out: string[] = []
  let row = r - 1
  // Skip the value rows between this one and its header.
  while (row >= 0 && covering(row).length === 0 && def.cells.some((x) => x.r === row && (x.kind === 'input' || x.kind === 'computed'))) row--
  for (; row >= 0; row--) {
    const found = covering(row)
    if (found.length === 0) break
    for (const h of found) if (h.text && !out.includes(h.text)) out.unshift(h.text)
  }
  return out
}

/** Every caption a header of the table uses (for matching copied headers). */
export function headerCaptions(def: TableDef): string[] {
  return [...new Set(valueRows(def).flatMap((row) => row.slots.flatMap((s) => s.headers)))]
}
