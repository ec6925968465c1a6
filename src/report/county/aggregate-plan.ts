// What 生成汇总报告 will sum, decided before anything is summed and shown to the user in a dialog
// (report-file.md §11): the units it adds, and each report it leaves out with the reason. The user
// may change the choice; `planProblem` says what is still wrong with a changed choice.
import { agencyLabel } from '../format'
import { unitYearKey, isParentOf } from '../region'
import type { Report } from '../schema'
import { latestPerUnit } from './units'

export interface PlanItem {
  id: string
  report: Report
}

export type LeftOutReason = 'parent' | 'older' | 'year'

export interface AggregatePlan {
  year: number
  /** The 本级 report whose name the total takes, when the batch has one for the units' region. */
  parent: PlanItem | null
  include: PlanItem[]
  leftOut: { item: PlanItem; reason: LeftOutReason }[]
}

export const LEFT_OUT_LABELS: Record<LeftOutReason, string> = {
  parent: '本级政府的报告：汇总由所辖各单位相加，本级报告不再计入',
  older: '同一单位同一年度的较早提交：只计最新一份',
  year: '年度不同：只汇总同一年度的报告',
}

/** `items` in submission order. The year summed is the one most reports have (the latest on a tie). */
export function planAggregate(items: readonly PlanItem[]): AggregatePlan | null {
  if (items.length === 0) return null
  const counts = new Map<number, number>()
  for (const i of items) counts.set(i.report.meta.year, (counts.get(i.report.meta.year) ?? 0) + 1)
  const year = [...counts].sort(([ya, a], [yb, b]) => b - a || yb - ya)[0]![0]
  const leftOut: AggregatePlan['leftOut'] = items.filter((i) => i.report.meta.year !== year).map((item) => ({ item, reason: 'year' }))
  const sameYear = latestPerUnit(items.filter((i) => i.report.meta.year === year), (i) => i.report)
  const kept = new Set(sameYear)
  for (const item of items) if (item.report.meta.year === year && !kept.has(item)) leftOut.push({ item, reason: 'older' })
  // A parent: a government whose region covers other reports of the batch (never one of another region).
  const parents = sameYear.filter((p) => sameYear.some((u) => isParentOf(p.report, u.report)))
  // Of nested governments (市 over 区), the outermost names the total; each is left out as 本级.
  const top = parents.find((p) => !parents.some((q) => q !== p && isParentOf(q.report, p.report))) ?? null
  for (const p of parents) leftOut.push({ item: p, reason: 'parent' })
  const include = sameYear.filter((i) => !parents.includes(i))
  return { year, parent: top, include, leftOut }
}

/**
 * What stops the chosen reports from being summed: another year, one unit twice, or a government's
 * own (本级) report together with units of its region (the units' figures would count twice).
 */
export function planProblem(chosen: readonly PlanItem[]): string | null {
  if (chosen.length === 0) return '没有选择要汇总的报告'
  const years = new Set(chosen.map((i) => i.report.meta.year))
  if (years.size > 1) return `所选报告的年度不同（${[...years].sort().join('、')}）：只能汇总同一年度的报告`
  // A report without an agency name is a unit of its own (its key is null): never "twice".
  const keyOf = (i: PlanItem) => unitYearKey(i.report.meta.agency, i.report.meta.year)
  const seen = new Map<string, number>()
  for (const i of chosen) {
    const key = keyOf(i)
    if (key !== null) seen.set(key, (seen.get(key) ?? 0) + 1)
  }
  const twice = chosen.filter((i, k) => {
    const key = keyOf(i)
    return key !== null && (seen.get(key) ?? 0) > 1 && chosen.findIndex((j) => keyOf(j) === key) === k
  })
  if (twice.length > 0) return `${twice.map((i) => agencyLabel(i.report.meta.agency)).join('、')}选了不止一份：同一单位只能计入一次`
  for (const parent of chosen) {
    const units = chosen.filter((u) => isParentOf(parent.report, u.report))
    if (units.length === 0) continue
    const names = units.slice(0, 3).map((u) => agencyLabel(u.report.meta.agency)).join('、') + (units.length > 3 ? `等 ${units.length} 个单位` : '')
    return `${agencyLabel(parent.report.meta.agency)}是本级政府的报告，与其所辖的${names}同时勾选：汇总由所辖各单位相加，本级报告再计入会重复计算，请取消勾选本级报告`
  }
  return null
}
