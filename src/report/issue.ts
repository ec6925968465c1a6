// A finding: of validate(), or of an importer reading a file. Which rule, how serious, where (cell
// ids or field paths) and a Chinese message that shows the arithmetic. One type for both, so the
// check list, the import details and the county review show them alike.
import { SECTIONS, type SectionId } from './sections'

/** error blocks the export; warning asks the user to check; info only records what was read. */
export type Severity = 'error' | 'warning' | 'info'

/** 'meta' is the 基本信息 page; the six sections are the report's own. */
export type IssueSection = SectionId | 'meta'

/** The order in which the check list and a version's changes name the sections. */
export const ISSUE_SECTIONS: readonly IssueSection[] = ['meta', ...SECTIONS.map((s) => s.id)]

export interface Issue {
  ruleId: string
  severity: Severity
  section: IssueSection
  /** Cell ids ("table3/newReceived/naturalPerson") or field paths ("overview.proactive"). */
  cells: string[]
  message: string
  /** Not outlined on the cells: blank cells are expected while the report is being filled in. */
  quiet?: true
  /** Noticed while reading a file (it stays listed until another report is opened). */
  source?: 'import'
  /**
   * Whom a finding across reports is about, when its cells do not say it (X-COPY-UNIT: the other
   * unit), so that triage tells one partner's finding from another's.
   */
  partner?: string
}

/**
 * Where an imported number came from (report-file.md §10): one quiet info finding per cell, kept
 * with the report's import findings so the cell's tooltip can say it; never listed as a problem.
 */
export const IMPORT_SOURCE_RULE = 'IMPORT-SOURCE'

export function isSourceNote(i: Issue): boolean {
  return i.ruleId === IMPORT_SOURCE_RULE
}

export function issue(
  ruleId: string,
  severity: Severity,
  section: IssueSection,
  cells: string[],
  message: string,
): Issue {
  return { ruleId, severity, section, cells, message }
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error')
}

/** The counts shown beside a report: errors, and everything else as warnings to check. */
export function issueCounts(issues: readonly Issue[]): { errors: number; warnings: number } {
  const errors = issues.filter((i) => i.severity === 'error').length
  return { errors, warnings: issues.length - errors }
}
