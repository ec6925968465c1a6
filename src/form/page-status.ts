// The state each page shows in the navigator: 未填写 / 有错误 / 有提醒 / 已完成.
import type { Issue } from '@/report/issue'
import type { Report } from '@/report/schema'
import { NARRATIVE_FIELDS } from '@/report/narrative-fields'
import { SECTIONS, type SectionId } from '@/report/sections'
import { isTableId, tableForSection } from '@/report/tables/registry'
import { parseCellId } from '@/report/tables/table-def'
import { readValue } from '@/report/values'
import type { PageStatus } from './issue-store'

export const STATUS_LABEL: Record<PageStatus, string> = {
  empty: '未填写',
  error: '有错误',
  warning: '有提醒',
  done: '已完成',
}

function sectionEmpty(report: Report, id: SectionId): boolean {
  const table = tableForSection(id)
  if (table) return table.inputs.every((c) => readValue(report, table.id, c) === null)
  return NARRATIVE_FIELDS.filter((f) => f.section === id).every((f) => f.get(report).trim() === '')
}

export function pageStatus(report: Report, issues: Issue[]): Record<string, PageStatus> {
  const of = (page: string, empty: boolean): PageStatus => {
    if (empty) return 'empty'
    const mine = issues.filter((i) => i.section === page)
    if (mine.some((i) => i.severity === 'error')) return 'error'
    return mine.length > 0 ? 'warning' : 'done'
  }
  const status: Record<string, PageStatus> = { meta: of('meta', report.meta.agency.trim() === '') }
  for (const s of SECTIONS) status[s.id] = of(s.id, sectionEmpty(report, s.id))
  const all = Object.values(status)
  // A report with nothing filled in yet is 未填写 there too, not red (its blanks are held back as 未填写).
  if (all.every((s) => s === 'empty')) status.review = 'empty'
  else {
    status.review = all.includes('error') || all.includes('empty') ? 'error' : all.includes('warning') ? 'warning' : 'done'
    if (issues.some((i) => i.severity === 'error')) status.review = 'error'
  }
  return status
}

/** The value at a dotted field path of the report ("overview.proactive", "meta.agency"). */
function fieldValue(report: Report, path: string): unknown {
  let value: unknown = report
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
  return value
}

/**
 * Findings about things not filled in yet: every cell or field they name is blank. A new report
 * shows these as 未填写 (neutral) until the user has left their section (issue-store.ts).
 */
export function blankIssues(report: Report, issues: readonly Issue[]): Set<Issue> {
  const blank = (where: string) => {
    const ref = parseCellId(where)
    const value = ref && isTableId(ref.table) ? readValue(report, ref.table, ref) : fieldValue(report, where)
    return value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  }
  return new Set(issues.filter((i) => i.cells.length > 0 && i.cells.every(blank)))
}
