// @vitest-environment node
// A choice changed in the aggregate dialog is refused when it would count figures twice: a
// government's own (本级) report ticked together with units of its region.
import { describe, expect, it } from 'vitest'
import { balancedReport } from '../fixtures/balanced'
import type { Report, UnitType } from '../schema'
import { aggregateReports } from './aggregate'
import { planAggregate, planProblem } from './aggregate-plan'

function unit(agency: string, naturalPerson: number, unitType: UnitType = 'township'): Report {
  const r = balancedReport()
  r.meta = { ...r.meta, agency, unitType }
  r.table3.newReceived = { ...r.table3.newReceived, naturalPerson }
  return r
}

describe('planProblem', () => {
  const county = { id: 'p', report: unit('伊川县人民政府', 10, 'government') }
  const baisha = { id: 'a', report: unit('伊川县白沙镇人民政府', 4) }
  const chengguan = { id: 'b', report: unit('伊川县城关镇人民政府', 6) }

  it('refuses the 本级 report ticked again with its units, naming both', () => {
    const plan = planAggregate([county, baisha, chengguan])!
    expect(planProblem(plan.include)).toBeNull()
    const problem = planProblem([county, baisha, chengguan])
    expect(problem).toContain('伊川县人民政府是本级政府的报告')
    expect(problem).toContain('伊川县白沙镇人民政府、伊川县城关镇人民政府')
    expect(aggregateReports([county, baisha, chengguan].map((i) => i.report), { agency: '伊川县人民政府' })).toMatchObject({ ok: false })
  })

  it('refuses a 区 government ticked with its towns, and allows a government of another region', () => {
    const district = { id: 'd', report: unit('淮安市淮安区人民政府', 3, 'government') }
    const town = { id: 't', report: unit('淮安市淮安区甲镇人民政府', 3) }
    expect(planProblem([district, town])).toContain('本级')
    expect(planProblem([district, baisha])).toBeNull()
  })
})
