// Thin TanStack Table v9 adapter: the TableDef's merged grid becomes rows of slots. A slot is
// the cell anchored there, or 'covered' when a row/column span from another cell covers it.
import { createColumnHelper, tableFeatures } from '@tanstack/react-table'
import type { GridCell, TableDef } from '@/report/tables/table-def'

export type Slot = GridCell | 'covered' | null

export interface GridRow {
  r: number
  slots: Slot[]
}

export const gridFeatures = tableFeatures({})
const helper = createColumnHelper<typeof gridFeatures, GridRow>()

export function gridRows(def: TableDef): GridRow[] {
  const rows: GridRow[] = Array.from({ length: def.gridRows }, (_, r) => ({
    r,
    slots: Array.from({ length: def.gridColumns }, () => null as Slot),
  }))
  for (const cell of def.cells) {
    for (let dr = 0; dr < cell.rowSpan; dr++) {
      for (let dc = 0; dc < cell.colSpan; dc++) {
        const row = rows[cell.r + dr]
        if (row) row.slots[cell.c + dc] = dr === 0 && dc === 0 ? cell : 'covered'
      }
    }
  }
  return rows
}

export function gridColumns(def: TableDef) {
  return helper.columns(
    Array.from({ length: def.gridColumns }, (_, c) => helper.accessor((row) => row.slots[c] ?? null, { id: `c${c}` })),
  )
}
