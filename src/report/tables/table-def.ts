// Generic, declarative description of one statistical table: the full merged grid (what the
// form, preview and Word export draw) and the value cells (what the schema, totals and rules
// read). Layout follows tables.json; spans are produced by the builders, never typed by hand.

export type TableId = 'table2' | 'table3' | 'table4'

export type CellKind =
  | 'blockCaption'
  | 'colHeader'
  | 'rowLabel'
  | 'rowGroupLabel'
  | 'note'
  | 'input'
  | 'computed'

export type ValueType = 'integer' | 'decimal'

/** One slot of the merged grid, at its top-left (r, c). */
export interface GridCell {
  r: number
  c: number
  rowSpan: number
  colSpan: number
  kind: CellKind
  /** Caption text for header and label cells. */
  text?: string
  /** For input and computed cells: the value they show. */
  rowId?: string
  colId?: string
}

export interface ValueRef {
  rowId: string
  colId: string
}

export interface InputCell extends ValueRef {
  kind: 'input'
  valueType: ValueType
  /** Accessible name "{row caption} {column caption}" (report-file.md §3). */
  label: string
  rowCaption: string
  colCaption: string
  maxDecimals?: number
}

export interface ComputedCell extends ValueRef {
  kind: 'computed'
  valueType: 'integer'
  label: string
  rowCaption: string
  colCaption: string
  /** The cell is the sum of these input cells. */
  sumOf: ValueRef[]
}

export type ValueCell = InputCell | ComputedCell

export interface TableDef {
  id: TableId
  /** Short name used in messages, e.g. 表三. */
  name: string
  gridRows: number
  gridColumns: number
  /** Leading grid rows that are column headers (repeated on each printed page). */
  headerRows: number
  /** Relative column widths, one per grid column (preview and Word export). */
  columnWidths: number[]
  cells: GridCell[]
  /** Row ids in file order, each with its column ids (input columns only). */
  rows: { id: string; caption: string; columns: string[] }[]
  inputs: InputCell[]
  computed: ComputedCell[]
}

export function cellId(table: TableId, ref: ValueRef): string {
  return `${table}/${ref.rowId}/${ref.colId}`
}

/** Splits "table3/denied.stateSecret/otherOrg"; row ids may contain dots, never slashes. */
export function parseCellId(id: string): { table: string; rowId: string; colId: string } | null {
  const parts = id.split('/')
  if (parts.length !== 3 || parts.some((p) => p === '')) return null
  const [table, rowId, colId] = parts as [string, string, string]
  return { table, rowId, colId }
}

export function gridCell(
  r: number,
  c: number,
  kind: CellKind,
  extra: Partial<Omit<GridCell, 'r' | 'c' | 'kind'>> = {},
): GridCell {
  return { r, c, rowSpan: 1, colSpan: 1, kind, ...extra }
}
