// @vitest-environment node
// The batch view and the aggregate plan: last year's report is found the same way everywhere,
// a parent is only ever a government of the units' own region, and no unit is counted twice.
import { describe, expect, it, vi } from 'vitest'
import { checkReport } from '../check-report'
import { balancedPreviousReport, balancedReport } from '../fixtures/balanced'
import { isParentOf, regionOf } from '../region'
import type { Report, UnitType } from '../schema'
import { aggregateReports } from './aggregate'
import { planAggregate, planProblem } from './aggregate-plan'
import { crossReportIssues } from './cross-checks'
import { batchPrevious, reviewBatch } from './review-batch'
import { NARRATIVE_FIELDS } from '../narrative-fields'

function unit(agency: string, penalty = 1, unitType: UnitType = 'township', year = 2024): Report {
  const r = year === 2024 ? balancedReport() : balancedPreviousReport()
  r.meta = { ...r.meta, agency, unitType, year }
  r.table2.penalty = { decisions: penalty }
  return r
}

const item = (id: string, report: Report) => ({ id, fileName: `${id}.json`, report, check: checkReport(report) })

describe('regionOf / isParentOf', () => {
  it('names the region of a government and nothing else', () => {
    expect(regionOf('伊川县人民政府')).toBe('伊川县')
    expect(regionOf('淮安市淮安区人民政府')).toBe('淮安市淮安区')
    expect(regionOf('伊川县白沙镇人民政府')).toBeNull()
    expect(regionOf('伊川县教育局')).toBeNull()
  })

  it('takes a government as parent only of units of its own region and year', () => {
    const huaian = unit('淮安市人民政府', 0, 'government')
    expect(isParentOf(huaian, unit('平潭县甲镇人民政府'))).toBe(false)
    expect(isParentOf(huaian, unit('宿迁市宿城区乙镇人民政府'))).toBe(false)
    expect(isParentOf(huaian, unit('淮安市淮安区丙镇人民政府'))).toBe(true)
    expect(isParentOf(huaian, unit('淮安市丁镇人民政府', 1, 'township', 2023))).toBe(false)
    expect(isParentOf(huaian, unit('淮安市人民政府', 0, 'government'))).toBe(false)
  })
})

describe('reviewBatch', () => {
  it('finds last year’s report in the batch or among the others, the baseline first', () => {
    const now = unit('清河县甲镇人民政府')
    const before = unit('清河县甲镇人民政府', 1, 'township', 2023)
    expect(batchPrevious([{ id: 'a', report: now }, { id: 'b', report: before }]).get('a')).toBe(before)
    expect(batchPrevious([{ id: 'a', report: now }], { others: [before] }).get('a')).toBe(before)
    const baseline = unit('清河县甲镇人民政府', 2, 'township', 2023)
    expect(batchPrevious([{ id: 'a', report: now, baseline }], { others: [before] }).get('a')).toBe(baseline)
    expect(batchPrevious([{ id: 'a', report: now }], { others: [unit('清河县乙镇人民政府', 1, 'township', 2023)] }).get('a')).toBeNull()
  })

  it('of two of last year’s reports of a unit takes the first given; an untitled report has none', () => {
    const now = unit('清河县甲镇人民政府')
    const first = unit('清河县甲镇', 1, 'township', 2023)
    const second = unit('清河县甲镇人民政府', 2, 'township', 2023)
    expect(batchPrevious([{ id: 'a', report: now }, { id: 'b', report: first }], { others: [second] }).get('a')).toBe(first)
    expect(batchPrevious([{ id: 'a', report: unit('') }, { id: 'b', report: unit('', 1, 'township', 2023) }]).get('a')).toBeNull()
  })

  it('compares a report with last year’s once, however often the batch is listed again', () => {
    const items = [item('a', unit('清河县甲镇人民政府')), item('b', unit('清河县甲镇人民政府', 1, 'township', 2023))]
    const first = reviewBatch(items)[0]!.similarity
    expect(first).not.toBeNull()
    const read = vi.spyOn(NARRATIVE_FIELDS[0]!, 'get')
    try {
      expect(reviewBatch(items)[0]!.similarity).toBe(first)
      expect(read).not.toHaveBeenCalled()
    } finally {
      read.mockRestore()
    }
  })

  it('keys each report of a batch once, not once per pair (thousands of files on the command line)', () => {
    const items = Array.from({ length: 200 }, (_, i) => ({ id: String(i), report: unit(`清河县第${i >> 1}镇人民政府`, 1, 'township', 2024 - (i % 2)) }))
    const normalize = vi.spyOn(String.prototype, 'normalize')
    try {
      const previous = batchPrevious(items)
      expect(previous.get('0')).toBe(items[1]!.report)
      expect(normalize.mock.calls.length).toBeLessThanOrEqual(2 * items.length)
    } finally {
      normalize.mockRestore()
    }
  })

  it('gives a row the checkReport findings plus the checks across reports, counted once', () => {
    const now = balancedReport()
    now.table3.carriedOver = { ...now.table3.carriedOver, naturalPerson: 5 }
    const previous = balancedPreviousReport()
    const check = checkReport(now, { previous })
    expect(check.issues.map((i) => i.ruleId)).toContain('W-XYEAR-CARRY')
    const [row] = reviewBatch([{ id: 'a', fileName: 'a.json', report: now, check }, item('b', previous)])
    expect(row).toMatchObject({ errors: check.errors, warnings: check.warnings, round: 1, issues: check.issues })
    const twice = reviewBatch([item('a', balancedReport()), item('b', balancedReport())])
    expect(twice[0]!.warnings).toBe(checkReport(balancedReport()).warnings + 1)
    expect(twice[0]!.issues.map((i) => i.ruleId)).toContain('X-DUPLICATE')
  })
})

describe('X-PARENT and the aggregate plan agree', () => {
  const county = unit('清河县人民政府', 6, 'government')
  const a1 = unit('清河县甲镇人民政府', 9)
  const a2 = unit('清河县甲镇人民政府', 2) // the resubmission: the newer
  const b = unit('清河县乙镇人民政府', 4)
  const other = unit('淮安市人民政府', 100, 'government')
  const old = unit('清河县丙镇人民政府', 7, 'township', 2023)

  it('X-PARENT sums each unit once (the newest submission) and only of the region', () => {
    const issues = crossReportIssues([county, a1, a2, b, other].map((report, i) => ({ id: String(i), label: String(i), report })))
    expect(issues.get('0')?.find((i) => i.ruleId === 'X-PARENT')?.message ?? '').not.toContain('行政处罚')
    expect(issues.get('4')?.some((i) => i.ruleId === 'X-PARENT')).toBe(false)
  })

  it('a city government is compared with its towns, not with the 区 government between them', () => {
    const city = unit('淮安市人民政府', 5, 'government')
    const district = unit('淮安市淮安区人民政府', 5, 'government')
    const town = unit('淮安市淮安区甲镇人民政府', 5)
    const issues = crossReportIssues([city, district, town].map((report, i) => ({ id: String(i), label: String(i), report })))
    expect(issues.get('0')?.find((i) => i.ruleId === 'X-PARENT')?.message ?? '').not.toContain('行政处罚')
    const plan = planAggregate([city, district, town].map((report, i) => ({ id: String(i), report })))!
    expect([plan.parent?.id, plan.include.map((i) => i.id)]).toEqual(['0', ['2']])
  })

  it('plans the units, leaves out the 本级 report, the older submission and another year, each with its reason', () => {
    const plan = planAggregate([county, a1, a2, b, old].map((report, i) => ({ id: String(i), report })))!
    expect(plan.year).toBe(2024)
    expect(plan.parent?.id).toBe('0')
    expect(plan.include.map((i) => i.id)).toEqual(['2', '3'])
    expect(plan.leftOut.map((l) => [l.item.id, l.reason]).sort()).toEqual([['0', 'parent'], ['1', 'older'], ['4', 'year']])
    const sum = aggregateReports(plan.include.map((i) => i.report), { agency: county.meta.agency })
    if (!sum.ok) throw new Error(sum.message)
    expect(sum.report.table2.penalty?.decisions).toBe(6)
    expect(sum.report.overview.preface).toContain('2 个单位')
  })

  it('does not take a government of another region as the parent', () => {
    const plan = planAggregate([other, unit('平潭县甲镇人民政府'), unit('宿迁市宿城区乙镇人民政府')].map((report, i) => ({ id: String(i), report })))!
    expect(plan.parent).toBeNull()
    expect(plan.leftOut).toEqual([])
  })

  it('refuses a choice that counts a unit twice or mixes years', () => {
    expect(planProblem([a1, a2].map((report, i) => ({ id: String(i), report })))).toContain('不止一份')
    expect(planProblem([a2, old].map((report, i) => ({ id: String(i), report })))).toContain('年度不同')
    expect(aggregateReports([a1, a2, b], { agency: 'x' })).toMatchObject({ ok: false })
  })
})
