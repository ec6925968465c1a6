// The figures the county dashboard draws (pure, so that they are tested and benched without a
// browser): per unit its new requests and outcomes, its change against last year, findings by
// rule, and the roster's statuses.
import type { Report } from '../schema'
import { TOTAL_COLUMN } from '../tables/table-def'
import { RESULT_GROUPS, RESULT_LEAF_ROWS, type Table3RowId } from '../tables/table3'
import { cellValue } from '../totals'
import { agencyLabel } from '../format'
import type { Issue } from '../issue'
import { UNIT_STATUS_LABELS, type UnitStatus } from './roster'
import { unitYearKey } from '../region'

/** The outcome groups of 三、本年度办理结果, in the table's order, with their short names (部分公开). */
export const OUTCOMES = RESULT_GROUPS.map(({ id, caption }) => ({ id, label: caption.replace(/^（[一二三四五六七]）/, '').replace(/（.*）$/, '') }))

export interface UnitFigures {
  id: string
  unit: string
  newReceived: number
  outcomes: number[]
  /** New requests last year, when the review holds last year's report of the unit. */
  lastYear: number | null
}

const total = (report: Report, rowId: Table3RowId) => cellValue(report, 'table3', { rowId, colId: TOTAL_COLUMN.id }) ?? 0

export function unitFigures(items: readonly { id: string; report: Report }[], all: readonly Report[] = items.map((i) => i.report)): UnitFigures[] {
  const byKey = new Map(all.map((r) => [unitYearKey(r.meta.agency, r.meta.year), r]))
  byKey.delete(null)
  return items.map(({ id, report }) => {
    const last = unitYearKey(report.meta.agency, report.meta.year - 1)
    const previous = last === null ? undefined : byKey.get(last)
    return {
      id,
      unit: agencyLabel(report.meta.agency),
      newReceived: total(report, 'newReceived'),
      outcomes: OUTCOMES.map((o) => RESULT_LEAF_ROWS.filter((r) => r.id === o.id || r.id.startsWith(`${o.id}.`)).reduce((n, r) => n + total(report, r.id), 0)),
      lastYear: previous ? total(previous, 'newReceived') : null,
    }
  })
}

/** Open findings counted by rule id, most frequent first. */
export function findingsByRule(issues: readonly Pick<Issue, 'ruleId' | 'severity'>[]): { rule: string; errors: number; warnings: number }[] {
  const out = new Map<string, { rule: string; errors: number; warnings: number }>()
  for (const i of issues) {
    const entry = out.get(i.ruleId) ?? { rule: i.ruleId, errors: 0, warnings: 0 }
    if (i.severity === 'error') entry.errors++
    else entry.warnings++
    out.set(i.ruleId, entry)
  }
  return [...out.values()].sort((a, b) => b.errors + b.warnings - a.errors - a.warnings || a.rule.localeCompare(b.rule))
}

export function statusCounts(statuses: readonly UnitStatus[]): { status: UnitStatus; label: string; count: number }[] {
  return (Object.keys(UNIT_STATUS_LABELS) as UnitStatus[]).map((status) => ({ status, label: UNIT_STATUS_LABELS[status], count: statuses.filter((s) => s === status).length }))
}
