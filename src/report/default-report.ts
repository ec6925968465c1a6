// A new, empty report: every cell blank (null), so "not filled in" stays distinct from 0.
import { SCHEMA_VERSION, REPORT_FORMAT, type Report } from './schema'
import { TABLES } from './tables/registry'
import type { TableDef } from './tables/table-def'

export function emptyTableValues(def: TableDef, fill: number | null = null): Record<string, Record<string, number | null>> {
  return Object.fromEntries(def.rows.map((row) => [row.id, Object.fromEntries(row.columns.map((c) => [c, fill]))]))
}

export function createEmptyReport(year = new Date().getFullYear() - 1): Report {
  return {
    format: REPORT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    meta: { agency: '', year, unitType: 'township', publishDate: null, signature: true },
    overview: { preface: '', proactive: '', onRequest: '', management: '', platform: '', oversight: '' },
    table2: emptyTableValues(TABLES.table2),
    table3: emptyTableValues(TABLES.table3),
    table4: emptyTableValues(TABLES.table4),
    problems: { problems: '', improvements: '' },
    otherMatters: { text: '' },
  }
}
