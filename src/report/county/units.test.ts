// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import { createEmptyReport } from '../default-report'
import { isParentOf } from '../region'
import type { Report, UnitType } from '../schema'
import { latestPerUnit, unitsUnderEach } from './units'

function report(agency: string, unitType: UnitType = 'township', year = 2024): Report {
  const r = createEmptyReport(year)
  r.meta = { ...r.meta, agency, unitType }
  return r
}

/** The definition, one government at a time (as X-PARENT read it before): every pair compared. */
function naive(items: Report[], parent: Report): Report[] {
  const latest = latestPerUnit(items, (r) => r)
  const isParent = (p: Report) => latest.some((u) => isParentOf(p, u))
  return latest.filter((u) => isParentOf(parent, u) && !isParent(u))
}

describe('unitsUnderEach', () => {
  it('gives each government the units isParentOf names, nested, resubmitted, of other years and regions alike', () => {
    const items = [
      report('淮安市人民政府', 'government'),
      report('淮安市淮安区人民政府', 'government'),
      report('淮安市淮安区甲镇人民政府'),
      report('淮安市淮安区乙镇人民政府'),
      report('淮安市淮安区甲镇政府'), // the same unit again, newer
      report('淮安市清江浦区人民政府', 'government'), // a 区 with no towns in the batch: a unit of the 市
      report('淮安市发展和改革委员会', 'countyDept'),
      report('宿迁市丙镇人民政府'),
      report('淮安市淮安区丁镇人民政府', 'township', 2023),
      report('淮安市淮安区人民政府', 'government', 2023),
      report('', 'government'),
      report('伊川县人民政府', 'government'),
      report('伊川县人民政府', 'government'),
    ]
    const each = unitsUnderEach(items, (r) => r)
    for (const parent of items) expect(each.get(parent) ?? [], parent.meta.agency).toEqual(naive(items, parent))
    expect(each.get(items[1]!)!.map((r) => r.meta.agency)).toEqual(['淮安市淮安区甲镇政府', '淮安市淮安区乙镇人民政府'])
    expect(each.get(items[0]!)!.map((r) => r.meta.agency)).toEqual(['淮安市淮安区甲镇政府', '淮安市淮安区乙镇人民政府', '淮安市清江浦区人民政府', '淮安市发展和改革委员会'])
    expect(each.get(items[9]!)!.map((r) => r.meta.agency)).toEqual(['淮安市淮安区丁镇人民政府'])
  })

  it('keys each report once, not once per pair (a province’s thousands of files on the command line)', () => {
    const items = Array.from({ length: 400 }, (_, i) => (i % 20 === 0 ? report(`第${i}县人民政府`, 'government') : report(`第${i - (i % 20)}县第${i}镇人民政府`)))
    const normalize = vi.spyOn(String.prototype, 'normalize')
    try {
      const each = unitsUnderEach(items, (r) => r)
      expect(each.get(items[0]!)).toHaveLength(19)
      expect(normalize.mock.calls.length).toBeLessThanOrEqual(4 * items.length)
    } finally {
      normalize.mockRestore()
    }
  })
})
