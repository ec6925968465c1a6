// Which reports of a batch count as units, shared by 生成汇总报告 and X-PARENT so that the check
// compares a government's report with exactly the sum the aggregate would make.
import { agencyYearKey } from '../region'
import type { Report } from '../schema'

/**
 * One item per unit and year: the last of each (items come in submission order, so the last is
 * the newest submission), placed where the unit first appeared.
 */
export function latestPerUnit<T>(items: readonly T[], reportOf: (item: T) => Report): T[] {
  const byKey = new Map<string, T>()
  for (const item of items) {
    const { agency, year } = reportOf(item).meta
    const key = agencyYearKey(agency, year)
    byKey.set(key, item)
  }
  return [...byKey.values()]
}
