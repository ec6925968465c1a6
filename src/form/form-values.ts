// react-hook-form reads "a.b" as a nested path, but table-3 row ids such as "denied.stateSecret"
// are single keys. The form therefore keeps rows under an escaped key; the report file and the
// domain never see it.
import type { Report } from '@/report/schema'
import type { TableId } from '@/report/tables/table-def'

const DOT = '__'

export type FormValues = Report

export function rowKey(rowId: string): string {
  return rowId.replaceAll('.', DOT)
}

function mapTableKeys(
  table: Record<string, Record<string, number | null | undefined>>,
  fn: (key: string) => string,
): Record<string, Record<string, number | null | undefined>> {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [fn(k), { ...v }]))
}

export function toFormValues(report: Report): FormValues {
  return { ...report, table3: mapTableKeys(report.table3, rowKey) }
}

export function fromFormValues(values: FormValues): Report {
  return { ...values, table3: mapTableKeys(values.table3, (k) => k.replaceAll(DOT, '.')) }
}

/** The react-hook-form path of a table cell. */
export function cellPath(table: TableId, rowId: string, colId: string): string {
  return `${table}.${rowKey(rowId)}.${colId}`
}
