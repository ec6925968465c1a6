// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { balancedPreviousReport, balancedReport } from '../fixtures/balanced'
import { computeTotals } from '../totals'
import { carryRule, copiedTextRule, inForceRules, pendingCasesRule } from './cross-year-rules'

describe('cross-year warnings', () => {
  it('are silent between the balanced report and its previous year', () => {
    const report = balancedReport()
    const previous = balancedPreviousReport()
    expect([
      ...carryRule(report, previous),
      ...inForceRules(report, previous),
      ...pendingCasesRule(computeTotals(report), previous),
      ...copiedTextRule(report, previous),
    ]).toEqual([])
  })

  it('W-XYEAR-CARRY: one issue per column whose 上年结转 differs from last year’s 结转下年度', () => {
    const previous = balancedPreviousReport()
    previous.table3.carriedForward = { ...previous.table3.carriedForward, naturalPerson: 2, legalService: 1, research: null }
    const hits = carryRule(balancedReport(), previous)
    expect(hits.map((h) => h.cells)).toEqual([['table3/carriedOver/naturalPerson'], ['table3/carriedOver/legalService']])
    expect(hits[0]?.message).toBe('自然人列：上年结转 1 件，但2023年报告“结转下年度继续办理”为 2 件')
  })

  it('W-XYEAR-INFORCE and W-REPEAL check 现行有效 against last year', () => {
    const previous = balancedPreviousReport()
    previous.table2.normativeDocs = { issued: 0, repealed: 0, inForce: 0 }
    const hits = inForceRules(balancedReport(), previous)
    expect(hits.map((h) => [h.ruleId, h.cells[0]])).toEqual([['W-XYEAR-INFORCE', 'table2/normativeDocs/inForce']])
    expect(hits[0]?.message).toContain('按上年现行有效 0 + 本年制发 2 − 本年废止 1 应为 1 件')
    const report = balancedReport()
    report.table2.normativeDocs = { issued: 2, repealed: 3, inForce: 0 }
    expect(inForceRules(report, previous).map((h) => h.ruleId)).toEqual(['W-REPEAL', 'W-XYEAR-INFORCE'])
  })

  it('W-XYEAR-PENDING: last year’s pending cases must show up this year', () => {
    const previous = balancedPreviousReport()
    previous.table4.litigationDirect = { upheld: 0, corrected: 0, other: 0, pending: 2 }
    expect(pendingCasesRule(computeTotals(balancedReport()), previous)[0]?.message).toContain('有 2 件复议、诉讼尚未审结，本年表四只有 1 件')
    previous.table4.litigationDirect = { upheld: 0, corrected: 0, other: 0, pending: 1 }
    expect(pendingCasesRule(computeTotals(balancedReport()), previous)).toEqual([])
  })

  it('W-COPY / W-SEC5: text copied from last year, per narrative part', () => {
    const report = balancedReport()
    const previous = balancedPreviousReport()
    previous.overview.proactive = report.overview.proactive.replace('2024年', '2023年').replace('326', '298')
    previous.problems = { ...report.problems }
    const hits = copiedTextRule(report, previous)
    expect(hits.map((h) => [h.ruleId, h.cells[0]])).toEqual([
      ['W-COPY', 'overview.proactive'],
      ['W-SEC5', 'problems.problems'],
      ['W-SEC5', 'problems.improvements'],
    ])
    expect(hits[1]?.message).toContain('与2023年报告有 100% 相同')
  })
})
