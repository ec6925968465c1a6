// What an import returns: the report read from the file plus an account of what was read, what
// could not be read and what looks wrong, so the user can check it before it is opened. The
// account is a list of Issues (source 'import'): info for what was read, warning for what differs
// from the official format or could not be read (the blank cells it leaves are errors of validate()).
import { IMPORT_SOURCE_RULE, issue, type Issue, type IssueSection, type Severity } from '../report/issue'
import type { Report } from '../report/schema'

export interface ImportSummary {
  /** Section headings found. */
  sectionsFound: number
  /** Statistical tables found. */
  tablesFound: number
  /** Input cells whose text was read (a number, or a blank such as "/" read as not filled in). */
  cellsRead: number
  /** Input cells absent from the file or unreadable, left blank (null). */
  cellsMissing: number
}

export type ImportResult =
  | {
    ok: true
    report: Report
    findings: Issue[]
    summary: ImportSummary
    /** Where each number read came from, by cell id ("第 3 页第 12 行", "第 2 个表格第 5 行第 3 列"). */
    sources: Record<string, string>
  }
  | {
    ok: false
    errors: string[]
    /** A file holding several reports (a PDF setting two side by side): each can be read by its index. */
    reports?: ReportChoice[]
  }

/** One of the reports a file holds, as the user is asked to choose it. */
export interface ReportChoice {
  /** "某某镇人民政府 2024年（第 3 页右侧）" */
  label: string
  agency: string
  year: number | null
  page: number
}

/** IMPORT-READ, IMPORT-CELL, IMPORT-MISSING, IMPORT-GUESS, W-CAPTION, STRUCT, W-OLDFMT. */
export function finding(
  ruleId: string,
  severity: Exclude<Severity, 'error'>,
  section: IssueSection,
  cells: string[],
  message: string,
): Issue {
  return { ...issue(ruleId, severity, section, cells, message), source: 'import' }
}

/** The provenance of each cell read, as findings the editor keeps with the report (tooltips). */
export function sourceNotes(sources: Record<string, string>): Issue[] {
  return Object.entries(sources).map(([cell, where]) =>
    ({ ...issue(IMPORT_SOURCE_RULE, 'info', 'meta', [cell], where), quiet: true as const, source: 'import' as const }))
}

export function importError(...errors: string[]): ImportResult {
  return { ok: false, errors }
}
