// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { balancedPreviousReport, balancedReport } from './fixtures/balanced'
import { SEED_FIXTURES } from './fixtures/seeds'
import { VIOLATED_ERROR_RULES, violationsReport } from './fixtures/violations'
import { parseReport } from './parse-report'
import type { Report } from './schema'
import { SECTIONS } from './sections'
import { hasErrors } from './issue'
import { validate } from './validate'

function seedReport(file: unknown): Report {
  const result = parseReport(file)
  if (!result.ok) throw new Error(result.errors.join('\n'))
  return result.report
}

describe('validate — real reports', () => {
  it.each(SEED_FIXTURES.map((s) => [s.id, s] as const))('seed %s has no errors', (_, seed) => {
    const issues = validate(seedReport(seed.file))
    expect(issues.filter((i) => i.severity === 'error')).toEqual([])
    // What reviewers would still ask about: all-zero enforcement, and for 002–004 a 监督保障
    // part that does not mention 考核/评议/责任追究.
    expect(new Set(issues.map((i) => i.ruleId))).toEqual(
      new Set(seed.id <= '001' ? ['W-ZERO-ENFORCE'] : ['W-ZERO-ENFORCE', 'W-SEC1-FIVE']),
    )
  })
})

describe('validate — constructed reports', () => {
  it('finds nothing at all in the balanced report, alone or against its previous year', () => {
    expect(validate(balancedReport())).toEqual([])
    expect(validate(balancedReport(), { previous: balancedPreviousReport() })).toEqual([])
  })

  it('finds every error rule in the violations report', () => {
    const issues = validate(violationsReport())
    const errorIds = new Set(issues.filter((i) => i.severity === 'error').map((i) => i.ruleId))
    expect([...errorIds].sort()).toEqual([...VIOLATED_ERROR_RULES].sort())
    expect(hasErrors(issues)).toBe(true)
    expect(hasErrors(validate(balancedReport()))).toBe(false)
  })

  it('names the faulty cells of the violations report', () => {
    const issues = validate(violationsReport())
    const cellsOf = (ruleId: string) => issues.filter((i) => i.ruleId === ruleId).map((i) => i.cells[0])
    expect(cellsOf('META')).toEqual(['meta.agency'])
    expect(cellsOf('STRUCT')).toEqual(['table2/coercion/decisions'])
    expect(cellsOf('NUM-FEE')).toEqual(['table2/fees/amountWanYuan'])
    expect(cellsOf('W-TOWN-RULES')).toEqual(['table2/rules/inForce'])
    expect(cellsOf('NUM-INT').sort()).toEqual([
      'table3/denied.stateSecret/naturalPerson',
      'table3/other.other/naturalPerson',
      'table4/review/corrected',
    ])
    expect(cellsOf('T3-ROWSUM')).toEqual(['table3/granted/total'])
    expect(cellsOf('T3-RESULTSUM').sort()).toEqual(['table3/totalResults/naturalPerson', 'table3/totalResults/total'])
    expect(cellsOf('T3-BALANCE')).toEqual(['table3/newReceived/naturalPerson', 'table3/newReceived/commercial'])
    expect(cellsOf('T4-TOTAL')).toEqual(['table4/litigationDirect/total'])
  })

  it('writes every message in Chinese and gives every issue at least one cell', () => {
    const issues = validate(violationsReport())
    for (const i of issues) {
      expect(i.message).toMatch(/[\u4e00-\u9fff]/)
      expect(i.cells.length).toBeGreaterThan(0)
    }
  })
})

describe('validate — order and options', () => {
  it('orders issues by section (基本信息 first), errors before warnings within a section', () => {
    const report = violationsReport()
    report.meta.publishDate = '2025-03-01'
    report.problems.problems = ''
    const issues = validate(report)
    const order = ['meta', ...SECTIONS.map((s) => s.id)]
    const ranks = issues.map((i) => order.indexOf(i.section) * 2 + (i.severity === 'error' ? 0 : 1))
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    expect(issues[0]?.ruleId).toBe('META')
  })

  it('uses the caller’s totals and deadline', () => {
    const report = balancedReport()
    report.meta.publishDate = '2025-02-15'
    expect(validate(report).map((i) => i.ruleId)).toEqual(['W-PUBDATE'])
    expect(validate(report, { deadline: { month: 2, day: 20 } })).toEqual([])
    const wrongTotals = { 'table3/totalResults/naturalPerson': 0 }
    expect(validate(balancedReport(), { totals: wrongTotals }).some((i) => i.ruleId === 'T3-BALANCE')).toBe(true)
  })

  it('warns when the report compared against is not last year’s', () => {
    const previous = balancedPreviousReport()
    previous.meta.year = 2022
    const issues = validate(balancedReport(), { previous })
    expect(issues.find((i) => i.cells.includes('meta.year'))).toMatchObject({ ruleId: 'W-XYEAR-CARRY', severity: 'warning' })
  })
})
