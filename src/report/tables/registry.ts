// The three statistical tables by id. Which section each belongs to is stated once, in its
// definition (TableDef.section); everything else derives from it here.
import type { SectionId } from '../sections'
import { table2 } from './table2'
import { table3 } from './table3'
import { table4 } from './table4'
import type { ComputedCell, InputCell, TableDef, TableId } from './table-def'

export const TABLES: { [T in TableId]: TableDef<T> } = { table2, table3, table4 }
export const TABLE_IDS: readonly TableId[] = ['table2', 'table3', 'table4']

export const isTableId = (name: string): name is TableId => (TABLE_IDS as readonly string[]).includes(name)

/** Tables with computed 总计 cells (tables 3 and 4): the ones whose published totals are checked. */
export const TABLES_WITH_TOTALS: readonly TableId[] = TABLE_IDS.filter((t) => TABLES[t].computed.length > 0)

export function tableSection(table: TableId): SectionId {
  return TABLES[table].section
}

export function tableForSection(section: SectionId): TableDef | undefined {
  const id = TABLE_IDS.find((t) => TABLES[t].section === section)
  return id ? TABLES[id] : undefined
}

/** Every input cell of every table. */
export const INPUT_COUNT = TABLE_IDS.reduce((n, t) => n + TABLES[t].inputs.length, 0)

/** The definition of one value cell, input or computed; undefined when the table has no such cell. */
export function valueCell<T extends TableId>(table: T, rowId: string, colId: string): InputCell<T> | ComputedCell<T> | undefined {
  return inputCell(table, rowId, colId) ?? computedCell(table, { rowId, colId })
}

export function inputCell<T extends TableId>(table: T, rowId: string, colId: string): InputCell<T> | undefined {
  const def: TableDef<T> = TABLES[table]
  return def.inputs.find((c) => c.rowId === rowId && c.colId === colId)
}

export function computedCell<T extends TableId>(table: T, ref: { rowId: string; colId: string }): ComputedCell<T> | undefined {
  const def: TableDef<T> = TABLES[table]
  return def.computed.find((c) => c.rowId === ref.rowId && c.colId === ref.colId)
}
