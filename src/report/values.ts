// Reading and writing table values by id. The report's tables are typed by their literal row and
// column ids; code that walks the definitions (any table, any cell) reads them through this one
// string-keyed view instead of casting.
import type { Report } from './schema'
import type { TableId } from './tables/table-def'

type AnyRow = { [colId: string]: number | null | undefined }
type AnyTable = { [rowId: string]: AnyRow | undefined }

/** A loose reference: the ids of a definition, or of a file being read. */
export interface LooseRef {
  rowId: string
  colId: string
}

function tableValues(report: Report, table: TableId): AnyTable {
  return report[table]
}

/** The stored value as it is: a number, null (blank), or undefined (absent). */
export function storedValue(report: Report, table: TableId, ref: LooseRef): number | null | undefined {
  return tableValues(report, table)[ref.rowId]?.[ref.colId]
}

/** A finite number, or null for blank, absent or damaged values. */
export function readValue(report: Report, table: TableId, ref: LooseRef): number | null {
  const v = storedValue(report, table, ref)
  return typeof v === 'number' && Number.isFinite(v) ? v : null
}

export function writeValue(report: Report, table: TableId, ref: LooseRef, value: number | null): void {
  const rows = tableValues(report, table)
  const row = (rows[ref.rowId] ??= {})
  row[ref.colId] = value
}

/** Removes a stored value (a published total that is no longer needed). */
export function deleteValue(report: Report, table: TableId, ref: LooseRef): void {
  const row = tableValues(report, table)[ref.rowId]
  if (row) delete row[ref.colId]
}
