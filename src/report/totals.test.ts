// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createEmptyReport } from './default-report'
import { balancedReport } from './fixtures/balanced'
import { TABLES } from './tables/registry'
import { cellValue, computeTotals } from './totals'

describe('computeTotals', () => {
  const totals = computeTotals(balancedReport())

  it('computes one value per computed cell of tables 3 and 4', () => {
    expect(Object.keys(totals)).toHaveLength(TABLES.table3.computed.length + TABLES.table4.computed.length)
  })

  it('sums each table-3 row over the six applicant columns', () => {
    expect(totals['table3/newReceived/total']).toBe(15)
    expect(totals['table3/carriedOver/total']).toBe(1)
    expect(totals['table3/granted/total']).toBe(8)
    expect(totals['table3/partial/total']).toBe(2)
    expect(totals['table3/denied.thirdPartyRights/total']).toBe(1)
    expect(totals['table3/unable.notHeld/total']).toBe(3)
    expect(totals['table3/notProcessed.duplicate/total']).toBe(1)
    expect(totals['table3/denied.stateSecret/total']).toBe(0)
    expect(totals['table3/carriedForward/total']).toBe(1)
  })

  it('sums the （七）总计 row per column over the 21 result rows', () => {
    expect({
      naturalPerson: totals['table3/totalResults/naturalPerson'],
      commercial: totals['table3/totalResults/commercial'],
      research: totals['table3/totalResults/research'],
      publicInterest: totals['table3/totalResults/publicInterest'],
      legalService: totals['table3/totalResults/legalService'],
      otherOrg: totals['table3/totalResults/otherOrg'],
      total: totals['table3/totalResults/total'],
    }).toEqual({ naturalPerson: 12, commercial: 2, research: 0, publicInterest: 0, legalService: 1, otherOrg: 0, total: 15 })
  })

  it('sums each table-4 group over its four outcomes', () => {
    expect(totals['table4/review/total']).toBe(1)
    expect(totals['table4/litigationDirect/total']).toBe(0)
    expect(totals['table4/litigationAfterReview/total']).toBe(0)
  })

  it('counts blank (null) cells as 0', () => {
    const report = balancedReport()
    report.table3.granted = { ...report.table3.granted, naturalPerson: null }
    report.table4.review = { upheld: null, corrected: 2, other: null, pending: 1 }
    const t = computeTotals(report)
    expect(t['table3/granted/total']).toBe(1)
    expect(t['table3/totalResults/naturalPerson']).toBe(5)
    expect(t['table3/totalResults/total']).toBe(8)
    expect(t['table4/review/total']).toBe(3)
    expect(Object.values(computeTotals(createEmptyReport(2024))).every((v) => v === 0)).toBe(true)
  })

  it('ignores published totals in the file: they are checked, never trusted', () => {
    const report = balancedReport()
    report.table3.granted = { ...report.table3.granted, total: 99 }
    report.table3.totalResults = { naturalPerson: 99, total: 99 }
    report.table4.review = { ...report.table4.review, total: 99 }
    const t = computeTotals(report)
    expect(t['table3/granted/total']).toBe(8)
    expect(t['table3/totalResults/naturalPerson']).toBe(12)
    expect(t['table4/review/total']).toBe(1)
  })
})

describe('cellValue', () => {
  it('returns an input value, a blank as null, and a computed total', () => {
    const report = balancedReport()
    report.table3.partial = { ...report.table3.partial, research: null }
    expect(cellValue(report, 'table3', { rowId: 'granted', colId: 'naturalPerson' })).toBe(7)
    expect(cellValue(report, 'table3', { rowId: 'partial', colId: 'research' })).toBeNull()
    expect(cellValue(report, 'table3', { rowId: 'totalResults', colId: 'total' })).toBe(15)
    expect(cellValue(report, 'table2', { rowId: 'licensing', colId: 'decisions' })).toBe(36)
    expect(cellValue(report, 'table4', { rowId: 'review', colId: 'total' }, { 'table4/review/total': 7 })).toBe(7)
  })
})
