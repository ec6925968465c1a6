// 以上年报告为底稿: a new draft for the following year from last year's report. Only what truly
// carries over is copied as data (agency, unit type, 上年结转 = last year's 结转下年度继续办理);
// last year's narrative comes along as a starting draft, visibly marked for rewriting, and the
// old report is kept as the baseline for the cross-year checks (validate(report, { previous })).
import { createEmptyReport } from '../report/default-report'
import { REWRITE_MARK } from '../report/draft-markers'
import type { Report } from '../report/schema'
import { NARRATIVE_FIELDS } from '../report/narrative-fields'
import { APPLICANT_COLUMNS, CARRIED_FORWARD_ROW, INTAKE_ROWS } from '../report/tables/table3'

export { REWRITE_MARK }

const CARRIED_OVER = INTAKE_ROWS[1].id

function marked(text: string): string {
  const t = text.trim()
  if (!t) return ''
  return t.startsWith(REWRITE_MARK) ? t : `${REWRITE_MARK}${t}`
}

/** True while a narrative field still starts with the rewrite mark. */
export function needsRewrite(text: string): boolean {
  return text.trimStart().startsWith(REWRITE_MARK)
}

export function startNextYear(previous: Report): { report: Report; baseline: Report } {
  const baseline = structuredClone(previous)
  const report = createEmptyReport(previous.meta.year + 1)
  report.meta.agency = previous.meta.agency
  report.meta.unitType = previous.meta.unitType
  report.meta.signature = previous.meta.signature
  report.meta.publishDate = null
  const carried = report.table3[CARRIED_OVER]!
  for (const col of APPLICANT_COLUMNS) {
    const v = previous.table3[CARRIED_FORWARD_ROW.id]?.[col.id]
    carried[col.id] = typeof v === 'number' ? v : null
  }
  for (const field of NARRATIVE_FIELDS) field.set(report, marked(field.get(previous)))
  return { report, baseline }
}
