// Generic, declarative description of one statistical table: the full merged grid (what the
// form, preview and Word export draw) and the value cells (what the schema, totals and rules
// read). Layout follows tables.json; spans are produced by the builders, never typed by hand.
// Row and column ids are literal types taken from the declarations in table2/3/4.ts.
import type { SectionId } from '../sections'
import type { Table2ColId, Table2RowId } from './table2'
import type { Table3ColId, Table3RowId } from './table3'
import type { Table4ColId, Table4RowId } from './table4'

/** The row and column ids of each table. */
interface TableIdMap {
  table2: { row: Table2RowId; col: Table2ColId }
  table3: { row: Table3RowId; col: Table3ColId }
  table4: { row: Table4RowId; col: Table4ColId }
}

export type TableId = keyof TableIdMap
export type RowId<T extends TableId = TableId> = TableIdMap[T]['row']
export type ColId<T extends TableId = TableId> = TableIdMap[T]['col']

/** One cell of one table; with the default parameter, a cell of any table. */
export type CellRef<T extends TableId = TableId> = { [K in T]: { rowId: RowId<K>; colId: ColId<K> } }[T]

export type CellKind =
  | 'blockCaption'
  | 'colHeader'
  | 'rowLabel'
  | 'rowGroupLabel'
  | 'note'
  | 'input'
  | 'computed'

export type ValueType = 'integer' | 'decimal'

/** The computed 总计 column of tables 3 and 4 (the same id and caption in both, tables.json). */
export const TOTAL_COLUMN = { id: 'total', caption: '总计' } as const

/** One slot of the merged grid, at its top-left (r, c). */
export interface GridCell<T extends TableId = TableId> {
  r: number
  c: number
  rowSpan: number
  colSpan: number
  kind: CellKind
  /** Caption text for header and label cells. */
  text?: string
  /** For input and computed cells: the value they show. */
  ref?: CellRef<T>
}

/** What every value cell carries: its ids (correlated per table) and its captions. */
type ValueCellBase<T extends TableId> = CellRef<T> & {
  /** Accessible name "{row caption} {column caption}" (report-file.md §3). */
  label: string
  rowCaption: string
  colCaption: string
}

export type InputCell<T extends TableId = TableId> = ValueCellBase<T> & {
  kind: 'input'
  valueType: ValueType
  /** Decimal places a 'decimal' cell accepts. */
  maxDecimals?: number
}

export type ComputedCell<T extends TableId = TableId> = ValueCellBase<T> & {
  kind: 'computed'
  valueType: 'integer'
  /** The cell is the sum of these input cells. */
  sumOf: CellRef<T>[]
}

interface TableRow<T extends TableId = TableId> {
  id: RowId<T>
  caption: string
  /** Input columns of the row, in file order. */
  columns: ColId<T>[]
}

export interface TableDef<T extends TableId = TableId> {
  id: T
  /** Short name used in messages, e.g. 表三. */
  name: string
  /** The report section the table belongs to. */
  section: SectionId
  gridRows: number
  gridColumns: number
  /** Leading grid rows that are column headers (repeated on each printed page). */
  headerRows: number
  /** Relative column widths, one per grid column (preview and Word export). */
  columnWidths: number[]
  cells: GridCell<T>[]
  /** Rows that hold input cells, in file order. */
  rows: TableRow<T>[]
  inputs: InputCell<T>[]
  computed: ComputedCell<T>[]
}

export function cellId<T extends TableId>(table: T, ref: CellRef<T>): string {
  return `${table}/${ref.rowId}/${ref.colId}`
}

/** Splits "table3/denied.stateSecret/otherOrg"; row ids may contain dots, never slashes. */
export function parseCellId(id: string): { table: string; rowId: string; colId: string } | null {
  const parts = id.split('/')
  if (parts.length !== 3 || parts.some((p) => p === '')) return null
  const [table, rowId, colId] = parts as [string, string, string]
  return { table, rowId, colId }
}

export function gridCell<T extends TableId>(
  r: number,
  c: number,
  kind: CellKind,
  extra: Partial<Omit<GridCell<T>, 'r' | 'c' | 'kind'>> = {},
): GridCell<T> {
  return { r, c, rowSpan: 1, colSpan: 1, kind, ...extra }
}

/** The "{row} {column}" label and captions every value cell carries. */
export function valueCaptions(rowCaption: string, colCaption: string) {
  return { rowCaption, colCaption, label: `${rowCaption} ${colCaption}` }
}

/** The definition's cells grouped by the grid row they start in, left to right (covered slots have none). */
export function cellsByRow<T extends TableId>(def: TableDef<T>): GridCell<T>[][] {
  const rows: GridCell<T>[][] = Array.from({ length: def.gridRows }, () => [])
  for (const cell of def.cells) rows[cell.r]?.push(cell)
  for (const row of rows) row.sort((a, b) => a.c - b.c)
  return rows
}
