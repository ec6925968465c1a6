// A finding of validate(): which rule, how serious, where (cell ids or field paths) and a
// Chinese message that shows the arithmetic.
import type { SectionId } from './sections'

export type Severity = 'error' | 'warning'

/** 'meta' is the 基本信息 page; the six sections are the report's own. */
export type IssueSection = SectionId | 'meta'

export interface Issue {
  ruleId: string
  severity: Severity
  section: IssueSection
  /** Cell ids ("table3/newReceived/naturalPerson") or field paths ("overview.proactive"). */
  cells: string[]
  message: string
  /** Not outlined on the cells: blank cells are expected while the report is being filled in. */
  quiet?: true
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
