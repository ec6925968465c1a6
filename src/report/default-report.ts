// A new, empty report: every cell blank (null), so "not filled in" stays distinct from 0.
import { SCHEMA_VERSION, REPORT_FORMAT, type Report, type TableValues } from './schema'
import { NARRATIVE_FIELDS } from './narrative-fields'
import { TABLES, TABLE_IDS } from './tables/registry'
import { readValue } from './values'
import type { TableDef, TableId } from './tables/table-def'

export function emptyTableValues<T extends TableId>(def: TableDef<T>, fill: number | null = null): TableValues<T> {
  const values: TableValues = {}
  for (const row of def.rows) values[row.id] = Object.fromEntries(row.columns.map((c) => [c, fill]))
  return values
}

/**
 * The year a new report is most likely for: staff start the current year's report in November
 * and December (it is due in January), earlier in the year they are still on last year's.
 */
export function defaultReportYear(now: Date = new Date()): number {
  return now.getMonth() >= 10 ? now.getFullYear() : now.getFullYear() - 1
}

export function createEmptyReport(year = defaultReportYear()): Report {
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

/** Nothing typed yet: no agency, no text, no number (a new report as it was created). */
export function isBlankReport(report: Report): boolean {
  return report.meta.agency.trim() === ''
    && NARRATIVE_FIELDS.every((f) => f.get(report).trim() === '')
    && TABLE_IDS.every((t) => TABLES[t].inputs.every((c) => readValue(report, t, c) === null))
}
