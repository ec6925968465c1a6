// Triage of findings (report-file.md §12): the reviewer marks a finding 已确认 or 已忽略 (with a
// reason). The mark is keyed by a fingerprint of unit (region.ts unitKey), year, rule and cells — not by the report's
// id or the message's wording — so it holds through re-checks and a unit's new submission.
import type { Issue } from '../issue'
import { unitKey } from '../region'

export type TriageState = 'pending' | 'confirmed' | 'ignored'

export const TRIAGE_LABELS: Record<TriageState, string> = {
  pending: '待处理',
  confirmed: '已确认',
  ignored: '已忽略',
}

export interface TriageMark {
  state: Exclude<TriageState, 'pending'>
  /** Why it was ignored (required for 已忽略). */
  reason: string
  at: string
}

/** Fingerprint → mark, as kept in the browser. */
export type TriageMarks = Record<string, TriageMark>

/**
 * The same finding of the same unit and year, whichever submission or check produced it. A report
 * without an agency name is a unit of its own: its findings are told apart by `reportId`.
 */
export function findingFingerprint(agency: string, year: number, finding: Pick<Issue, 'ruleId' | 'cells'>, reportId = ''): string {
  return [unitKey(agency) || `#${reportId}`, year, finding.ruleId, [...finding.cells].sort().join(' ')].join('|')
}

export interface TriagedIssue {
  issue: Issue
  fingerprint: string
  state: TriageState
  reason: string
}

export function triageIssues(agency: string, year: number, issues: readonly Issue[], marks: TriageMarks, reportId = ''): TriagedIssue[] {
  return issues.map((issue) => {
    const fingerprint = findingFingerprint(agency, year, issue, reportId)
    const mark = marks[fingerprint]
    return { issue, fingerprint, state: mark?.state ?? 'pending', reason: mark?.reason ?? '' }
  })
}

/** The findings that still count: all but the ignored ones. */
export function openIssues(triaged: readonly TriagedIssue[]): Issue[] {
  return triaged.filter((t) => t.state !== 'ignored').map((t) => t.issue)
}
