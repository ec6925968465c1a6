// The three statistical tables by id, with the section each belongs to.
import type { SectionId } from '../sections'
import { table2 } from './table2'
import { table3 } from './table3'
import { table4 } from './table4'
import type { TableDef, TableId } from './table-def'

export const TABLES: Record<TableId, TableDef> = { table2, table3, table4 }
export const TABLE_IDS: TableId[] = ['table2', 'table3', 'table4']

export const TABLE_SECTION: Record<TableId, SectionId> = {
  table2: 'proactive',
  table3: 'requests',
  table4: 'appeals',
}

export function tableForSection(section: SectionId): TableDef | undefined {
  const id = TABLE_IDS.find((t) => TABLE_SECTION[t] === section)
  return id ? TABLES[id] : undefined
}
