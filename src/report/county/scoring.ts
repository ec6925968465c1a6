// A report's score under a rule pack (report-file.md §12): for each rule id with at least one open
// finding, the pack's points for it are deducted once; the score is the pack's start minus them.
import type { Issue } from '../issue'
import type { RulePack } from './rule-pack'
import { ruleName } from '../rule-names'

export interface Deduction {
  rule: string
  points: number
}

export interface Score {
  score: number
  deductions: Deduction[]
}

/** `issues`: the report's open findings (ignored ones already left out). */
export function scoreReport(issues: readonly Pick<Issue, 'ruleId'>[], pack: Pick<RulePack, 'start' | 'points'>): Score {
  const rules = [...new Set(issues.map((i) => i.ruleId))]
  const deductions = rules.flatMap((rule) => {
    const points = pack.points?.[rule] ?? 0
    return points > 0 ? [{ rule, points }] : []
  }).sort((a, b) => b.points - a.points || a.rule.localeCompare(b.rule))
  // Summed in hundredths so that 0.5 + 0.1 + … prints as a person would write it.
  const cents = deductions.reduce((n, d) => n + Math.round(d.points * 100), 0)
  return { score: (Math.round(pack.start * 100) - cents) / 100, deductions }
}

/**
 * "表三勾稽关系 −0.5；公布逾期 −1" for people (the row's tooltip, the workbook); with `ids`,
 * "T3-BALANCE −0.5；PACK-LATE −1" for data attributes and machines.
 */
export function deductionText(deductions: readonly Deduction[], { ids = false } = {}): string {
  return deductions.map((d) => `${ids ? d.rule : ruleName(d.rule)} −${d.points}`).join('；')
}
