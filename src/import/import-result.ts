// What an import returns: the report read from the file plus an account of what was read, what
// could not be read and what looks wrong, so the user can check it before it replaces a draft.
import type { IssueSection } from '../report/issue'
import type { Report } from '../report/schema'

/** info = what was read; warning = read, but differs from the official format; error = could not be read. */
export type FindingSeverity = 'info' | 'warning' | 'error'

export interface Finding {
  /** IMPORT-READ, IMPORT-CELL, IMPORT-MISSING, IMPORT-GUESS, W-CAPTION, STRUCT, W-OLDFMT. */
  ruleId: string
  severity: FindingSeverity
  section: IssueSection
  /** Cell ids ("table3/newReceived/naturalPerson") or field paths ("overview.proactive"). */
  cells: string[]
  message: string
}

export interface ImportSummary {
  /** Section headings found (0–6). */
  sectionsFound: number
  /** Statistical tables found (0–3). */
  tablesFound: number
  /** Input cells whose text was read (a number, or a blank such as "/" read as not filled in). */
  cellsRead: number
  /** Input cells absent from the file or unreadable, left blank (null). */
  cellsMissing: number
}

export type ImportResult =
  | { ok: true; report: Report; findings: Finding[]; summary: ImportSummary }
  | { ok: false; errors: string[] }

export function finding(
  ruleId: string,
  severity: FindingSeverity,
  section: IssueSection,
  cells: string[],
  message: string,
): Finding {
  return { ruleId, severity, section, cells, message }
}

export function importError(...errors: string[]): ImportResult {
  return { ok: false, errors }
}
