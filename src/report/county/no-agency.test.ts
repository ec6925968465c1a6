// @vitest-environment node
// A report with no readable agency name (an untitled PDF, a new draft) is a unit of its own: it is
// never matched with another such report, de-duplicated, given a round after it, triaged with it,
// or taken as its last year's report.
import { describe, expect, it } from 'vitest'
import { previousOf } from '../check-report'
import { balancedPreviousReport, balancedReport } from '../fixtures/balanced'
import { FIXTURES } from '../fixtures/test-reports'
import { issue } from '../issue'
import type { Report } from '../schema'
import { planAggregate, planProblem } from './aggregate-plan'
import { unitFigures } from './chart-data'
import { copyCheck } from './copy-check'
import { crossReportIssues } from './cross-checks'
import { januaryReview } from './january'
import { matchRoster } from './roster'
import { findingFingerprint } from './triage'
import { unitsUnderEach } from './units'

function untitled(agency: string, penalty: number, year = 2024): Report {
  const r = year === 2024 ? balancedReport() : balancedPreviousReport()
  r.meta = { ...r.meta, agency, unitType: 'township', year }
  r.table2.penalty = { decisions: penalty }
  return r
}
const items = (...reports: Report[]) => reports.map((report, i) => ({ id: String(i), label: String(i), report }))

describe('reports without an agency name', () => {
  const x = untitled('', 4)
  const y = untitled('  ', 6)

  it('are each summed by the aggregate plan, and may be ticked together', () => {
    const plan = planAggregate(items(x, y))!
    expect(plan.include.map((i) => i.id)).toEqual(['0', '1'])
    expect(plan.leftOut).toEqual([])
    expect(planProblem(items(x, y))).toBeNull()
  })

  it('are not duplicates of each other', () => {
    const cross = crossReportIssues(items(x, y))
    expect([...cross.values()].flat().map((i) => i.ruleId)).not.toContain('X-DUPLICATE')
  })

  it('are never counted under a government as its units', () => {
    const county = untitled('伊川县人民政府', 10)
    county.meta.unitType = 'government'
    expect(unitsUnderEach([county, x, y], (r) => r).get(county)).toBeUndefined()
  })

  it('never take an agency-less report of last year as theirs, in the checks and in the dashboard', () => {
    const last = untitled('', 99, 2023)
    expect(previousOf(x, null, [last])).toBeNull()
    expect(unitFigures([{ id: 'x', report: x }], [x, last])[0]!.lastYear).toBeNull()
  })

  it('are each round 1, triaged apart, and matched to no unit of the list', () => {
    const { rows } = januaryReview([{ id: 'x', report: x, receivedAt: '2025-01-10', issues: [] }, { id: 'y', report: y, receivedAt: '2025-01-20', issues: [] }],
      { roster: [], deadline: null, pack: null, marks: {} })
    expect([rows.get('x')!.round, rows.get('y')!.round]).toEqual([1, 1])
    const found = issue('W-PUBDATE', 'warning', 'meta', ['meta.publishDate'], '成文日期未填写')
    expect(findingFingerprint('', 2024, found, 'x')).not.toBe(findingFingerprint(' ', 2024, found, 'y'))
    expect(matchRoster([{ name: '人民政府', type: '' }], [{ id: 'x', agency: '' }]).unmatched).toEqual(['x'])
  })

  it('are compared with each other by the copy check', () => {
    const a = structuredClone(FIXTURES[0]![1])
    const b = structuredClone(a)
    a.meta.agency = ''
    b.meta.agency = ''
    expect(copyCheck([{ id: 'a', report: a }, { id: 'b', report: b }]).pairs.map((p) => [p.a, p.b])).toEqual([['a', 'b']])
  })
})
