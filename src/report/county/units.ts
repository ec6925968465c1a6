// Which reports of a batch count as units, shared by 生成汇总报告 and X-PARENT so that the check
// compares a government's report with exactly the sum the aggregate would make.
import { regionOf, unitKey, unitYearKey } from '../region'
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
 * The units each government's report covers in a batch, as 生成汇总报告 would add them: of its
 * region and year, the newest submission of each, without governments that are parents themselves
 * (a 区 government whose towns are in the batch is left out as 本级, its towns counted). Parents
 * with no unit in the batch are not in the map. Each report's unit and region are worked out once,
 * and a unit finds its governments by the prefixes of its name, so a batch of thousands (the
 * command line) costs a pass, not a comparison of every report with every other (region.ts isParentOf
 * is the definition this follows).
 */
export function unitsUnderEach<T>(items: readonly T[], reportOf: (item: T) => Report): Map<T, T[]> {
  const latest = latestPerUnit(items, reportOf)
  const key = new Map<T, string>()
  const parentsByRegion = new Map<string, T[]>()
  for (const item of items) {
    const { agency, year, unitType } = reportOf(item).meta
    key.set(item, unitKey(agency))
    const region = unitType === 'government' ? regionOf(agency) : null
    if (region === null) continue
    const at = `${year}|${region}`
    const list = parentsByRegion.get(at)
    if (list) list.push(item)
    else parentsByRegion.set(at, [item])
  }
  /** The governments over an item: a region that is a proper prefix of its name, same year, not itself. */
  const parentsOf = (item: T): T[] => {
    const name = key.get(item)!
    const { year } = reportOf(item).meta
    const out: T[] = []
    for (let n = 1; n < name.length; n++) {
      for (const p of parentsByRegion.get(`${year}|${name.slice(0, n)}`) ?? []) if (key.get(p) !== name) out.push(p)
    }
    return out
  }
  const covered = latest.map((u) => ({ u, parents: parentsOf(u) }))
  // A government over another unit of the batch is a parent itself: left out of the units.
  const isParent = new Set(covered.flatMap(({ parents }) => parents))
  const out = new Map<T, T[]>()
  for (const { u, parents } of covered) {
    if (isParent.has(u)) continue
    for (const p of parents) {
      const list = out.get(p)
      if (list) list.push(u)
      else out.set(p, [u])
    }
  }
  return out
}
