// The rows of the review table: each report's own findings, the findings across reports, and the
// figures a reviewer looks at first. Rebuilt whenever the set of reports changes.
import { agencyYearKey, crossReportIssues, type ReviewItem } from '@/report/county/cross-checks'
import { keyFigures, narrativeSimilarity, type KeyFigures } from '@/report/county/key-figures'
import type { Issue } from '@/report/issue'
import { UNIT_TYPE_LABELS, type Report, type UnitType } from '@/report/schema'
import { sortIssues } from '@/report/validate'
import type { JanuaryRow } from '@/report/county/january'

export interface ReviewSource {
  id: string
  fileName: string | null
  report: Report
  /** validate() and what the import noticed. */
  issues: Issue[]
  /** When it was added to the review (ISO), for the roster's 截止日期 and the rounds. */
  receivedAt?: string | null
}

export interface ReviewRow {
  id: string
  fileName: string | null
  agency: string
  year: number
  unitType: UnitType
  unitLabel: string
  errors: number
  warnings: number
  errorRules: string[]
  figures: KeyFigures
  /** Against last year's report of the same agency, when 我的报告 has one. */
  similarity: number | null
  issues: Issue[]
  report: Report
  receivedAt: string | null
  /** Triage, rule pack, round and roster (january.ts); the counts above are then its open ones. */
  january?: JanuaryRow
}

/**
 * `sources`: the reports of the review. `context`: other reports of 我的报告 (last year's of the
 * same agencies), compared with but not listed.
 */
export function reviewRows(sources: readonly ReviewSource[], context: readonly Report[]): ReviewRow[] {
  const items: ReviewItem[] = sources.map((s) => ({ id: s.id, label: s.fileName ?? s.report.meta.agency, report: s.report }))
  const extra: ReviewItem[] = context.map((report, i) => ({ id: `context-${i}`, label: `${report.meta.agency}${report.meta.year}年报告（我的报告）`, report }))
  const cross = crossReportIssues([...items, ...extra])
  const byAgencyYear = new Map<string, Report>()
  for (const r of [...sources.map((s) => s.report), ...context]) {
    const key = agencyYearKey(r.meta.agency, r.meta.year)
    if (!byAgencyYear.has(key)) byAgencyYear.set(key, r)
  }
  const previousOf = (r: Report) => byAgencyYear.get(agencyYearKey(r.meta.agency, r.meta.year - 1))
  return sources.map((s) => {
    const issues = sortIssues([...s.issues, ...(cross.get(s.id) ?? [])])
    const errors = issues.filter((i) => i.severity === 'error')
    const previous = previousOf(s.report)
    return {
      id: s.id,
      fileName: s.fileName,
      agency: s.report.meta.agency,
      year: s.report.meta.year,
      unitType: s.report.meta.unitType,
      unitLabel: UNIT_TYPE_LABELS[s.report.meta.unitType],
      errors: errors.length,
      warnings: issues.length - errors.length,
      errorRules: [...new Set(errors.map((i) => i.ruleId))],
      figures: keyFigures(s.report),
      similarity: previous ? narrativeSimilarity(s.report, previous) : null,
      issues,
      report: s.report,
      receivedAt: s.receivedAt ?? null,
    }
  })
}
