// Triage of findings (report-file.md §12): the reviewer marks a finding 已确认 or 已忽略 (with a
// reason). The mark is keyed by a fingerprint of unit (region.ts unitKey), year, rule and cells — not by the report's
// id or the message's wording — so it holds through re-checks and a unit's new submission.
import type { Issue } from '../issue'
import { unitKey } from '../region'
import { fnv1a } from '../fnv1a'

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

/** A message's short stand-in in a fingerprint. */
const textHash = (text: string) => fnv1a(text).toString(36)

type Fingerprinted = Pick<Issue, 'ruleId' | 'cells' | 'message' | 'partner'>

/**
 * The same finding of the same unit and year, whichever submission or check produced it. Its
 * cells tell findings of one rule apart; a finding without cells (IMPORT-MISSING, IMPORT-GUESS…)
 * is told apart by its message, and X-COPY-UNIT by the other unit alone (its cells, the fields
 * whose passages are shown, change as the batch grows). A report without an agency name is a
 * unit of its own: its findings are told apart by `reportId`.
 */
export function findingFingerprint(agency: string, year: number, finding: Fingerprinted, reportId = ''): string {
  const cells = [...finding.cells].sort().join(' ')
  const what = finding.partner !== undefined ? `>${finding.partner}` : cells || `#${textHash(finding.message)}`
  return [unitKey(agency) || `#${reportId}`, year, finding.ruleId, what].join('|')
}

/**
 * The fingerprint marks were kept under before findings without cells and X-COPY-UNIT were told
 * apart (one mark then covered all of them): still read, so that no mark made then is lost.
 * Null where it is the fingerprint itself, or where there was no unit name.
 */
function legacyFingerprint(agency: string, year: number, finding: Fingerprinted): string | null {
  const unit = unitKey(agency)
  if (!unit || (finding.cells.length > 0 && finding.partner === undefined)) return null
  return [unit, year, finding.ruleId, [...finding.cells].sort().join(' ')].join('|')
}

export interface TriagedIssue {
  issue: Issue
  fingerprint: string
  state: TriageState
  reason: string
  /** The old shared fingerprint with a mark that covers this finding too (its own mark comes first). */
  legacy: string | null
}

export function triageIssues(agency: string, year: number, issues: readonly Issue[], marks: TriageMarks, reportId = ''): TriagedIssue[] {
  return issues.map((issue) => {
    const fingerprint = findingFingerprint(agency, year, issue, reportId)
    const old = legacyFingerprint(agency, year, issue)
    const mark = marks[fingerprint] ?? (old ? marks[old] : undefined)
    return { issue, fingerprint, state: mark?.state ?? 'pending', reason: mark?.reason ?? '', legacy: old && marks[old] ? old : null }
  })
}

/**
 * The marks after the reviewer marks `t` (null: back to 待处理). A mark read from an old shared
 * fingerprint is given up when the reviewer sets that finding back to 待处理 (it did not belong to
 * this one alone); a new mark is kept under the finding's own fingerprint.
 */
export function withMark(marks: TriageMarks, t: Pick<TriagedIssue, 'fingerprint' | 'legacy'>, value: TriageMark | null): TriageMarks {
  const next = { ...marks }
  if (value) next[t.fingerprint] = value
  else {
    delete next[t.fingerprint]
    if (t.legacy) delete next[t.legacy]
  }
  return next
}

/** The findings that still count: all but the ignored ones. */
export function openIssues(triaged: readonly TriagedIssue[]): Issue[] {
  return triaged.filter((t) => t.state !== 'ignored').map((t) => t.issue)
}
