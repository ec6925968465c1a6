// checkReport(report, context): the one check pipeline. The editor, 我的报告, 汇总审核, the problem
// list workbook and the command line all take a report's findings from here (report-file.md §11),
// so a report gets one answer wherever it is checked, given the same other reports.
import { issueCounts, type Issue } from './issue'
import type { Report } from './schema'
import { sortIssues, validate } from './validate'
import { unitYearKey } from './region'

export interface CheckContext {
  /** Last year's report of the same agency, when known (the cross-year checks run against it). */
  previous?: Report | null
  /** What the importer noticed reading the file (info entries are not findings and are dropped). */
  importFindings?: readonly Issue[]
  /**
   * Findings from outside the national rules, listed and counted with them: a rule pack's
   * (`packIssues(report, pack)`), computed by the caller where the pack is loaded.
   */
  extra?: readonly Issue[]
}

export interface CheckResult {
  /** Sorted as the check list shows them: by section, errors first. */
  issues: Issue[]
  errors: number
  warnings: number
  /** The distinct rule ids of the errors, in order. */
  errorRules: string[]
}

/** Counts and error rule ids of an already sorted list (a review row adds the checks across reports). */
export function summarize(issues: Issue[]): CheckResult {
  const { errors, warnings } = issueCounts(issues)
  return { issues, errors, warnings, errorRules: [...new Set(issues.filter((i) => i.severity === 'error').map((i) => i.ruleId))] }
}

export function checkReport(report: Report, context: CheckContext = {}): CheckResult {
  const found = validate(report, { previous: context.previous ?? null })
  const imported = (context.importFindings ?? []).filter((f) => f.severity !== 'info')
  return summarize(sortIssues([...found, ...imported, ...(context.extra ?? [])]))
}

/**
 * Last year's report of the same agency: the report's own baseline (以上年报告为底稿) when it has
 * one, else the first of `candidates` (the other reports at hand: the batch, 我的报告) of the same unit
 * (region.ts unitKey) whose year is one less.
 */
export function previousOf(report: Report, baseline: Report | null, candidates: Iterable<Report>): Report | null {
  return baseline ?? previousFinder(candidates)(report, null)
}

/**
 * previousOf for many reports against the same candidates: the candidates are keyed by unit and
 * year once, so a batch of n reports costs n keys, not n² (a county batch, the command line's thousands).
 */
export function previousFinder(candidates: Iterable<Report>): (report: Report, baseline: Report | null) => Report | null {
  const byKey = new Map<string, Report>()
  for (const c of candidates) {
    const key = unitYearKey(c.meta.agency, c.meta.year)
    if (key !== null && !byKey.has(key)) byKey.set(key, c)
  }
  return (report, baseline) => {
    if (baseline) return baseline
    const key = unitYearKey(report.meta.agency, report.meta.year - 1)
    return key === null ? null : byKey.get(key) ?? null
  }
}
