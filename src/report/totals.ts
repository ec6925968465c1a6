// Computed cells (表三 总计 column and （七）总计 row, 表四 总计) as pure sums over the inputs.
// They are never stored in the report: every consumer calls computeTotals.
import type { Report } from './schema'
import { TABLES, TABLE_IDS } from './tables/registry'
import { cellId, type ComputedCell, type TableId, type ValueRef } from './tables/table-def'

/** Computed values by cell id. Blank (null) inputs count as 0 so totals stay live while typing. */
export type Totals = Record<string, number>

export function readValue(report: Report, table: TableId, ref: ValueRef): number | null {
  const v = report[table][ref.rowId]?.[ref.colId]
  return typeof v === 'number' && Number.isFinite(v) ? v : null
}

export function sumOf(report: Report, table: TableId, refs: readonly ValueRef[]): number {
  let sum = 0
  for (const ref of refs) sum += readValue(report, table, ref) ?? 0
  return sum
}

export function computeCell(report: Report, table: TableId, cell: ComputedCell): number {
  return sumOf(report, table, cell.sumOf)
}

export function computeTableTotals(report: Report, table: TableId): Totals {
  const out: Totals = {}
  for (const cell of TABLES[table].computed) out[cellId(table, cell)] = computeCell(report, table, cell)
  return out
}

export function computeTotals(report: Report): Totals {
  return Object.assign({}, ...TABLE_IDS.map((t) => computeTableTotals(report, t))) as Totals
}

/** The value a cell shows: an input's value or a computed total. */
export function cellValue(report: Report, table: TableId, ref: ValueRef, totals?: Totals): number | null {
  const computed = TABLES[table].computed.find((c) => c.rowId === ref.rowId && c.colId === ref.colId)
  if (!computed) return readValue(report, table, ref)
  return totals?.[cellId(table, ref)] ?? computeCell(report, table, computed)
}
