// A new, empty report: every cell blank (null), so "not filled in" stays distinct from 0.
import { SCHEMA_VERSION, REPORT_FORMAT, type Report, type TableValues } from './schema'
import { TABLES } from './tables/registry'
import type { TableDef, TableId } from './tables/table-def'

export function emptyTableValues<T extends TableId>(def: TableDef<T>, fill: number | null = null): TableValues<T> {
  const values: TableValues = {}
  for (const row of def.rows) values[row.id] = Object.fromEntries(row.columns.map((c) => [c, fill]))
  return values
}

export function createEmptyReport(year = new Date().getFullYear() - 1): Report {
  return {
    format: REPORT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    meta: { agency: '', year, unitType: 'township', publishDate: null, signature: true },
    overview: { preface: '', intro: '', proactive: '', onRequest: '', management: '', platform: '', oversight: '' },
    table2: emptyTableValues(TABLES.table2),
    table3: emptyTableValues(TABLES.table3),
    table4: emptyTableValues(TABLES.table4),
    problems: { problems: '', improvements: '' },
    otherMatters: { text: '' },
  }
}
