// Computed cells (表三 总计 column and （七）总计 row, 表四 总计) as pure sums over the inputs.
// They are never stored in the report: every consumer calls computeTotals.
import type { Report } from './schema'
import { computedCell, TABLES, TABLE_IDS } from './tables/registry'
import { cellId, type CellRef, type ComputedCell, type TableDef, type TableId } from './tables/table-def'
import { readValue, type LooseRef } from './values'

/** Computed values by cell id. Blank (null) inputs count as 0 so totals stay live while typing. */
export type Totals = Record<string, number>

/** A sum in which a blank (null or missing) value counts as 0: the rule of every total. */
export function addValues(values: readonly (number | null | undefined)[]): number {
  let sum = 0
  for (const v of values) sum += v ?? 0
  return sum
}

export function sumOf(report: Report, table: TableId, refs: readonly LooseRef[]): number {
  return addValues(refs.map((ref) => readValue(report, table, ref)))
}

export function computeCell(report: Report, table: TableId, cell: ComputedCell): number {
  return sumOf(report, table, cell.sumOf)
}

function computeTableTotals(report: Report, table: TableId): Totals {
  const out: Totals = {}
  const def: TableDef = TABLES[table]
  for (const cell of def.computed) out[cellId(table, cell)] = computeCell(report, table, cell)
  return out
}

export function computeTotals(report: Report): Totals {
  return Object.assign({}, ...TABLE_IDS.map((t) => computeTableTotals(report, t))) as Totals
}

/** A computed total by its ids, from precomputed totals (0 for a cell that is not computed). */
export function totalOf<T extends TableId>(totals: Totals, table: T, ref: CellRef<T>): number {
  return totals[cellId(table, ref)] ?? 0
}

/** The value a cell shows: an input's value or a computed total. */
export function cellValue(report: Report, table: TableId, ref: CellRef, totals?: Totals): number | null {
  const computed = computedCell(table, ref)
  if (!computed) return readValue(report, table, ref)
  return totals?.[cellId(table, ref)] ?? computeCell(report, table, computed)
}
