// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { balancedReport } from '../fixtures/balanced'
import type { Report } from '../schema'
import { APPLICANT_COLUMNS } from '../tables/table3'
import { computeTotals } from '../totals'
import { validate } from '../validate'
import {
  appealScaleRule, balanceRule, givenTotalRules, numberRules, pendingRule, structRule, townRulesRule,
} from './table-rules'
import { writeValue } from '../values'

const issuesOf = (report: Report, ruleId: string) => validate(report).filter((i) => i.ruleId === ruleId)

/** Sets one 自然人 column: 一 new, 二 carried, results all in 予以公开, 四 forward. */
function naturalPerson(report: Report, [a, b, c, d]: [number, number, number, number]) {
  const set = (rowId: string, v: number) => writeValue(report, 'table3', { rowId, colId: 'naturalPerson' }, v)
  for (const rowId of Object.keys(report.table3)) if (!['newReceived', 'carriedOver', 'carriedForward'].includes(rowId)) set(rowId, 0)
  set('newReceived', a)
  set('carriedOver', b)
  set('granted', c)
  set('carriedForward', d)
}

describe('T3-BALANCE', () => {
  it('shows the arithmetic of the failing column', () => {
    const report = balancedReport()
    naturalPerson(report, [4, 1, 3, 1])
    const [hit, ...rest] = issuesOf(report, 'T3-BALANCE')
    expect(rest).toEqual([])
    expect(hit?.message).toContain('自然人列：一+二=5，三+四=4，相差1')
    expect(hit?.message).toContain('本年新收 4 + 上年结转 1；办理结果总计 3 + 结转下年度 1')
    expect(hit?.cells).toEqual([
      'table3/newReceived/naturalPerson', 'table3/carriedOver/naturalPerson',
      'table3/totalResults/naturalPerson', 'table3/carriedForward/naturalPerson',
    ])
    expect(hit?.section).toBe('requests')
  })

  it('gives one issue per failing column, none for the columns that balance', () => {
    const report = balancedReport()
    report.table3.carriedForward = { ...report.table3.carriedForward, research: 2, otherOrg: 1 }
    const hits = issuesOf(report, 'T3-BALANCE')
    expect(hits.map((h) => h.cells[0])).toEqual(['table3/newReceived/research', 'table3/newReceived/otherOrg'])
    expect(hits.map((h) => h.message.slice(0, h.message.indexOf('（')))).toEqual([
      '科研机构列：一+二=0，三+四=2，相差2',
      '其他列：一+二=0，三+四=1，相差1',
    ])
  })

  it('counts blank cells as 0', () => {
    const report = balancedReport()
    report.table3.carriedOver = { ...report.table3.carriedOver, naturalPerson: null }
    expect(balanceRule(report, computeTotals(report))[0]?.message).toContain('一+二=12，三+四=13，相差1')
  })
})

describe('published totals (T3-ROWSUM, T3-RESULTSUM, T4-TOTAL)', () => {
  it('accepts correct published totals silently', () => {
    const report = balancedReport()
    report.table3.granted = { ...report.table3.granted, total: 8 }
    report.table3.totalResults = { naturalPerson: 12, commercial: 2, research: 0, publicInterest: 0, legalService: 1, otherOrg: 0, total: 15 }
    report.table4.review = { ...report.table4.review, total: 1 }
    expect(givenTotalRules(report, computeTotals(report))).toEqual([])
  })

  it('reports each wrong row total with its row’s cells and the sum', () => {
    const report = balancedReport()
    report.table3.granted = { ...report.table3.granted, total: 9 }
    report.table3.carriedForward = { ...report.table3.carriedForward, total: 0 }
    const hits = issuesOf(report, 'T3-ROWSUM')
    expect(hits).toHaveLength(2)
    expect(hits[0]?.cells).toEqual(['table3/granted/total', ...APPLICANT_COLUMNS.map((c) => `table3/granted/${c.id}`)])
    expect(hits[0]?.message).toBe('表三 “（一）予以公开” 行 “总计” 列填的是 9，按各项相加应为 7+1+0+0+0+0=8，相差 1')
    expect(hits[1]?.cells[0]).toBe('table3/carriedForward/total')
  })

  it('reports each wrong （七）总计 cell per column, listing the 21 result cells', () => {
    const report = balancedReport()
    report.table3.totalResults = { naturalPerson: 11, commercial: 3, legalService: 1 }
    const hits = issuesOf(report, 'T3-RESULTSUM')
    expect(hits.map((h) => h.cells[0])).toEqual(['table3/totalResults/naturalPerson', 'table3/totalResults/commercial'])
    expect(hits[0]?.cells).toHaveLength(22)
    expect(hits[0]?.message).toContain('填的是 11，按各项相加应为 各项之和=12，相差 1')
  })

  it('reports each wrong table-4 group total', () => {
    const report = balancedReport()
    report.table4.review = { ...report.table4.review, total: 0 }
    report.table4.litigationAfterReview = { ...report.table4.litigationAfterReview, total: 2 }
    const hits = issuesOf(report, 'T4-TOTAL')
    expect(hits.map((h) => h.cells)).toEqual([
      ['table4/review/total', 'table4/review/upheld', 'table4/review/corrected', 'table4/review/other', 'table4/review/pending'],
      ['table4/litigationAfterReview/total', 'table4/litigationAfterReview/upheld', 'table4/litigationAfterReview/corrected',
        'table4/litigationAfterReview/other', 'table4/litigationAfterReview/pending'],
    ])
    expect(hits[0]?.message).toBe('表四 “行政复议” 的 “总计” 列填的是 0，按各项相加应为 1+0+0+0=1，相差 1')
  })
})

describe('NUM-INT, NUM-FEE, STRUCT', () => {
  it('lists all blank counts of a table in one issue, and each bad value in its own', () => {
    const report = balancedReport()
    report.table3.granted = { ...report.table3.granted, research: null, otherOrg: null }
    report.table3.partial = { ...report.table3.partial, research: 2.5, otherOrg: -1 }
    const hits = numberRules(report)
    expect(hits.map((h) => h.cells)).toEqual([
      ['table3/granted/research', 'table3/granted/otherOrg'],
      ['table3/partial/research'],
      ['table3/partial/otherOrg'],
    ])
    expect(hits[0]?.message).toContain('表三有 2 个单元格未填写（如表三 “（一）予以公开” 行 “科研机构” 列）')
  })

  it('requires the fee: blank, negative or more than 6 decimals are errors, 6 decimals are fine', () => {
    const fee = (amountWanYuan: number | null) => {
      const report = balancedReport()
      report.table2.fees = { amountWanYuan }
      return numberRules(report).map((i) => i.ruleId)
    }
    expect(fee(null)).toEqual(['NUM-FEE'])
    expect(fee(-0.5)).toEqual(['NUM-FEE'])
    expect(fee(0.0000005)).toEqual(['NUM-FEE'])
    expect(fee(0.1 + 0.2)).toEqual(['NUM-FEE']) // float noise is not an amount anyone typed
    expect(fee(0.000001)).toEqual([])
    expect(fee(24252.311082)).toEqual([])
    expect(fee(12.3456)).toEqual([])
  })

  it('STRUCT names every missing cell, including a missing row, once', () => {
    const report = balancedReport()
    delete report.table4.review?.pending
    delete report.table2.penalty
    expect(structRule(report).map((i) => i.cells)).toEqual([['table2/penalty/decisions'], ['table4/review/pending']])
    expect(numberRules(report)).toEqual([])
  })
})

describe('table plausibility', () => {
  it('W-TOWN-RULES: 规章 ≠ 0 is an error for 乡镇 and 街道 only, naming the non-zero cells', () => {
    const report = balancedReport()
    report.table2.rules = { issued: 1, repealed: 0, inForce: 3 }
    expect(townRulesRule(report)[0]?.cells).toEqual(['table2/rules/issued', 'table2/rules/inForce'])
    report.meta.unitType = 'street'
    expect(townRulesRule(report)).toHaveLength(1)
    report.meta.unitType = 'countyDept'
    expect(townRulesRule(report)).toEqual([])
  })

  it('W-PENDING: more than half of the applications carried forward', () => {
    const totals = (forward: number) => ({ 'table3/newReceived/total': 15, 'table3/carriedOver/total': 1, 'table3/carriedForward/total': forward })
    expect(pendingRule(totals(8))).toEqual([])
    expect(pendingRule(totals(9))[0]?.message).toContain('结转下年度继续办理 9 件，超过本年应办理申请（16 件）的一半')
    expect(pendingRule({})).toEqual([])
  })

  it('W-T4-SCALE: more appeals than applications handled', () => {
    const totals = { 'table3/newReceived/total': 2, 'table3/carriedOver/total': 0, 'table4/review/total': 1, 'table4/litigationDirect/total': 2 }
    expect(appealScaleRule(totals)[0]?.message).toContain('共 3 件，多于本年办理的申请 2 件')
    expect(appealScaleRule({ ...totals, 'table3/carriedOver/total': 1 })).toEqual([])
  })

  it('W-ZERO-ENFORCE: only when 许可, 处罚 and 强制 are all 0', () => {
    const report = balancedReport()
    report.table2.licensing = { decisions: 0 }
    report.table2.penalty = { decisions: 0 }
    expect(issuesOf(report, 'W-ZERO-ENFORCE')).toHaveLength(1)
    report.table2.coercion = { decisions: 1 }
    expect(issuesOf(report, 'W-ZERO-ENFORCE')).toEqual([])
  })
})
