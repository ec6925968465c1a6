// Which reports of a batch count as units, shared by 生成汇总报告 and X-PARENT so that the check
// compares a government's report with exactly the sum the aggregate would make.
import { unitYearKey, isParentOf } from '../region'
import type { Report } from '../schema'

/**
 * One item per unit and year: the last of each (items come in submission order, so the last is
 * the newest submission), placed where the unit first appeared. A report without an agency name
 * is a unit of its own.
 */
export function latestPerUnit<T>(items: readonly T[], reportOf: (item: T) => Report): T[] {
  const byKey = new Map<string | T, T>()
  for (const item of items) {
    const { agency, year } = reportOf(item).meta
    byKey.set(unitYearKey(agency, year) ?? item, item)
  }
  return [...byKey.values()]
}

/**
 * The units a government's report covers in a batch, as 生成汇总报告 would add them: of its region
 * and year, the newest submission of each, without governments that are parents themselves (a 区
 * government whose towns are in the batch is left out as 本级, its towns counted).
 */
export function unitsUnder<T>(parent: T, items: readonly T[], reportOf: (item: T) => Report): T[] {
  const latest = latestPerUnit(items, reportOf)
  const isParent = (p: T) => latest.some((u) => isParentOf(reportOf(p), reportOf(u)))
  return latest.filter((u) => isParentOf(reportOf(parent), reportOf(u)) && !isParent(u))
}
