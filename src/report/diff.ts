// What changed between two versions of a report: which pages, which cells and which fields. The
// version history lists it ("三、收到和处理… 2 个单元格；一、总体情况：（一）主动公开").
import { ISSUE_SECTIONS, type IssueSection } from './issue'
import { NARRATIVE_FIELDS } from './narrative-fields'
import { META_KEYS, type Report } from './schema'
import { TABLES, TABLE_IDS, tableSection } from './tables/registry'
import { cellId, type TableDef } from './tables/table-def'
import { storedValue } from './values'

export interface ReportChanges {
  /** Pages with any change, in navigator order. */
  sections: IssueSection[]
  /** Cell ids of changed input cells (published totals included). */
  cells: string[]
  /** Paths of changed text and 基本信息 fields. */
  fields: string[]
}

export function diffReports(before: Report, after: Report): ReportChanges {
  const touched = new Set<IssueSection>()
  const fields: string[] = []
  for (const key of META_KEYS) {
    if (before.meta[key] === after.meta[key]) continue
    fields.push(`meta.${key}`)
    touched.add('meta')
  }
  for (const field of NARRATIVE_FIELDS) {
    if (field.get(before) === field.get(after)) continue
    fields.push(field.path)
    touched.add(field.section)
  }
  const cells: string[] = []
  for (const table of TABLE_IDS) {
    const def: TableDef = TABLES[table]
    for (const cell of [...def.inputs, ...def.computed]) {
      if (storedValue(before, table, cell) === storedValue(after, table, cell)) continue
      cells.push(cellId(table, cell))
      touched.add(tableSection(table))
    }
  }
  return { sections: ISSUE_SECTIONS.filter((s) => touched.has(s)), cells, fields }
}

export function isUnchanged(changes: ReportChanges): boolean {
  return changes.fields.length === 0 && changes.cells.length === 0
}
