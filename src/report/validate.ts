// validate(report, options) → issues: the one gate used by the form's check list, the export
// button and the importers. Rule ids are those of report-format.md §4/§4a.
import { ISSUE_SECTIONS, type Issue } from './issue'
import { crossYearIssues } from './rules/cross-year-rules'
import { draftMarkerRule } from './rules/draft-rules'
import { metaRules, publishDateRule, type Deadline } from './rules/meta-rules'
import {
  appealScaleRule, balanceRule, givenTotalRules, numberRules, pendingRule, structRule,
  townRulesRule, zeroEnforcementRule,
} from './rules/table-rules'
import {
  feeRules, intakeTextRule, normDocTextRule, oldFormatRule, prefaceRule, reviewTextRule,
  sectionFiveRule, sectionOneRule, yearTextRule,
} from './rules/text-rules'
import type { Report } from './schema'
import { computeTotals, type Totals } from './totals'

export interface ValidateOptions {
  /** Last year's report: enables the cross-year warnings. */
  previous?: Report | null
  /** Local publication deadline in the following year (default 31 January). */
  deadline?: Deadline
  /** Totals already computed by the caller (avoids computing twice). */
  totals?: Totals
}


/** Stable order: by section as the navigator lists them, errors first within a section. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) =>
      ISSUE_SECTIONS.indexOf(a.issue.section) - ISSUE_SECTIONS.indexOf(b.issue.section)
      || (a.issue.severity === b.issue.severity ? 0 : a.issue.severity === 'error' ? -1 : 1)
      || a.i - b.i)
    .map(({ issue }) => issue)
}

export function validate(report: Report, options: ValidateOptions = {}): Issue[] {
  const totals = options.totals ?? computeTotals(report)
  const previous = options.previous ?? null
  const issues: Issue[] = [
    ...metaRules(report),
    ...structRule(report),
    ...numberRules(report),
    ...givenTotalRules(report, totals),
    ...balanceRule(report, totals),
    ...townRulesRule(report),
    ...publishDateRule(report, options.deadline),
    ...zeroEnforcementRule(report),
    ...pendingRule(totals),
    ...appealScaleRule(totals),
    ...intakeTextRule(report, totals),
    ...reviewTextRule(report, totals),
    ...normDocTextRule(report),
    ...yearTextRule(report),
    ...sectionOneRule(report),
    ...sectionFiveRule(report),
    ...feeRules(report, totals),
    ...prefaceRule(report),
    ...oldFormatRule(report),
    ...draftMarkerRule(report),
  ]
  if (previous) issues.push(...crossYearIssues(report, previous, totals))
  return sortIssues(issues)
}

