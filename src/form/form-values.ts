// The form's own values. react-hook-form reads "a.b" as a nested path, but table-3 row ids such as
// "denied.stateSecret" are single keys, so the form keeps table rows under escaped keys. The
// report file and the domain never see them: toFormValues / fromFormValues are the one boundary,
// and components reach the report only through useCurrentReport (use-report.ts).
import type { Report, TableValues } from '@/report/schema'
import type { TableDef, TableId } from '@/report/tables/table-def'

const DOT = '__'

/** A table in the form: escaped row key → column id → value. */
export type FormTable = Record<string, Record<string, number | null | undefined>>
export type FormValues = Omit<Report, TableId> & { [T in TableId]: FormTable }

/** The form path of a table cell. */
export type CellPath = `${TableId}.${string}.${string}`

function rowKey(rowId: string): string {
  return rowId.replaceAll('.', DOT)
}

function toFormTable(table: TableValues): FormTable {
  const out: FormTable = {}
  for (const [rowId, row] of Object.entries(table)) if (row) out[rowKey(rowId)] = { ...row }
  return out
}

function fromFormTable(table: FormTable): TableValues {
  const out: TableValues = {}
  const view: { [rowId: string]: Record<string, number | null | undefined> | undefined } = out
  for (const [key, row] of Object.entries(table)) view[key.replaceAll(DOT, '.')] = { ...row }
  return out
}

export function toFormValues(report: Report): FormValues {
  return { ...report, table2: toFormTable(report.table2), table3: toFormTable(report.table3), table4: toFormTable(report.table4) }
}

export function fromFormValues(values: FormValues): Report {
  return { ...values, table2: fromFormTable(values.table2), table3: fromFormTable(values.table3), table4: fromFormTable(values.table4) }
}

export function cellPath(table: TableId, ref: { rowId: string; colId: string }): CellPath {
  return `${table}.${rowKey(ref.rowId)}.${ref.colId}`
}

/** Whether a table in the form carries published totals (from an imported file) on computed cells. */
export function hasPublishedTotals(def: TableDef, table: FormTable): boolean {
  return def.computed.some((c) => table[rowKey(c.rowId)]?.[c.colId] !== undefined)
}

/** The cells of a table in the form that hold a published total (computed cells are never stored by the app itself). */
export function publishedTotalPaths(def: TableDef, table: FormTable): CellPath[] {
  return def.computed.filter((c) => table[rowKey(c.rowId)]?.[c.colId] !== undefined).map((c) => cellPath(def.id, c))
}
