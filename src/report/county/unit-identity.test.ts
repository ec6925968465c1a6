// @vitest-environment node
// One definition of "the same unit" (region.ts unitKey) everywhere a batch asks: the resubmission
// of 伊川县白沙镇人民政府 titled 伊川县白沙镇 is the same unit for the aggregate plan, X-DUPLICATE,
// X-PARENT, last year's report, the rounds of 单位名单 and the copy check alike.
import { describe, expect, it } from 'vitest'
import { previousOf } from '../check-report'
import { balancedPreviousReport, balancedReport } from '../fixtures/balanced'
import { isParentOf, unitKey, unitYearKey } from '../region'
import type { Report, UnitType } from '../schema'
import { planAggregate, planProblem } from './aggregate-plan'
import { copyCheck } from './copy-check'
import { crossReportIssues } from './cross-checks'
import { januaryReview } from './january'

function unit(agency: string, penalty: number, unitType: UnitType = 'township', year = 2024): Report {
  const r = year === 2024 ? balancedReport() : balancedPreviousReport()
  r.meta = { ...r.meta, agency, unitType, year }
  r.table2.penalty = { decisions: penalty }
  return r
}
const items = (...reports: Report[]) => reports.map((report, i) => ({ id: String(i), label: String(i), report }))

describe('unitKey', () => {
  it('treats a name with or without 人民政府/政府/办事处 as one unit, and nothing else', () => {
    expect(unitKey('伊川县白沙镇人民政府')).toBe(unitKey('伊川县白沙镇'))
    expect(unitKey('伊川县白沙镇政府')).toBe(unitKey('伊川县 白沙镇'))
    expect(unitKey('伊川县城关街道办事处')).toBe(unitKey('伊川县城关街道'))
    expect(unitKey('伊川县教育局')).not.toBe(unitKey('伊川县教育体育局'))
    expect(unitKey('伊川县白沙镇人民政府')).not.toBe(unitKey('伊川县白沙岭镇人民政府'))
    expect(unitYearKey('伊川县白沙镇', 2024)).not.toBe(unitYearKey('伊川县白沙镇', 2023))
  })
})

describe('a resubmission titled without 人民政府 is the same unit everywhere', () => {
  const full = unit('伊川县白沙镇人民政府', 4)
  const short = unit('伊川县白沙镇', 5)
  const county = unit('伊川县人民政府', 5, 'government')

  it('in the aggregate plan: the older is left out, and the two cannot be ticked together', () => {
    const plan = planAggregate(items(full, short, county))!
    expect(plan.include.map((i) => i.id)).toEqual(['1'])
    expect(plan.leftOut.map((l) => [l.item.id, l.reason]).sort()).toEqual([['0', 'older'], ['2', 'parent']])
    expect(planProblem(items(full, short))).toContain('不止一份')
  })

  it('in X-DUPLICATE and X-PARENT (summed once, the newer)', () => {
    const issues = crossReportIssues(items(full, short, county))
    expect(issues.get('0')!.map((i) => i.ruleId)).toContain('X-DUPLICATE')
    expect(issues.get('1')!.map((i) => i.ruleId)).toContain('X-DUPLICATE')
    // 5 (the newer) equals the county's own 5: no X-PARENT.
    expect(issues.get('2')!.map((i) => i.ruleId)).not.toContain('X-PARENT')
  })

  it('for last year\'s report', () => {
    const last = unit('伊川县白沙镇', 1, 'township', 2023)
    expect(previousOf(full, null, [last])).toBe(last)
    expect(previousOf(unit('伊川县教育体育局', 1, 'countyDept'), null, [unit('伊川县教育局', 1, 'countyDept', 2023)])).toBeNull()
  })

  it('in the rounds of the January view, and never as a copy of itself', () => {
    const { rows } = januaryReview([{ id: 'a', report: full, receivedAt: '2025-01-10', issues: [] }, { id: 'b', report: short, receivedAt: '2025-01-20', issues: [] }],
      { roster: [], deadline: null, pack: null, marks: {} })
    expect([rows.get('a')!.round, rows.get('b')!.round]).toEqual([1, 2])
    expect(copyCheck(items(full, short)).pairs).toEqual([])
  })

  it('a government is not the parent of a report of its own unit under a shorter name', () => {
    expect(isParentOf(county, unit('伊川县政府', 1, 'government'))).toBe(false)
    expect(isParentOf(county, full)).toBe(true)
  })
})
