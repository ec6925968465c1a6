// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { balancedPreviousReport, balancedReport } from '../fixtures/balanced'
import { FIXTURES } from '../fixtures/test-reports'
import { formatCellValue } from '../format'
import type { Report } from '../schema'
import { TABLES, TABLE_IDS } from '../tables/registry'
import type { TableDef } from '../tables/table-def'
import { computeTotals } from '../totals'
import { validate } from '../validate'
import { readValue } from '../values'
import { aggregateReports, commonCountyAgency } from './aggregate'
import { crossReportIssues, type ReviewItem } from './cross-checks'
import { keyFigures, narrativeSimilarity } from './key-figures'

const seeds = FIXTURES.map(([, r]) => r)
const item = (id: string, report: Report): ReviewItem => ({ id, label: `${id}.json`, report })

describe('aggregateReports', () => {
  it('sums every input cell of tables 2–4 and computes the totals from the sums', () => {
    const result = aggregateReports(seeds, { agency: '某县人民政府' })
    if (!result.ok) throw new Error(result.message)
    for (const table of TABLE_IDS) {
      const def: TableDef = TABLES[table]
      for (const cell of def.inputs) {
        const values = seeds.map((r) => readValue(r, table, cell)).filter((v): v is number => v !== null)
        const expected = values.length ? values.reduce((a, b) => a + b, 0) : null
        const got = readValue(result.report, table, cell)
        if (expected === null) expect(got, `${table}/${cell.rowId}/${cell.colId}`).toBeNull()
        else expect(got, `${table}/${cell.rowId}/${cell.colId}`).toBeCloseTo(expected, 6)
      }
    }
    const totals = computeTotals(result.report)
    const sumOfTotals = seeds.reduce((n, r) => n + (computeTotals(r)['table3/newReceived/total'] ?? 0), 0)
    expect(totals['table3/newReceived/total']).toBe(sumOfTotals)
    expect(result.units).toHaveLength(5)
    expect(result.report.overview.preface).toContain('5 个单位')
    expect(result.report.meta).toMatchObject({ agency: '某县人民政府', year: 2024, unitType: 'government' })
  })

  it('adds 万元 amounts exactly and keeps the balance of balanced reports', () => {
    const a = balancedReport()
    const b = balancedReport()
    a.table2.fees = { amountWanYuan: 0.1 }
    b.table2.fees = { amountWanYuan: 24252.211082 }
    b.meta.agency = '清河县白石镇人民政府' // two units: one unit twice is refused
    const result = aggregateReports([a, b], { agency: '清河县人民政府' })
    if (!result.ok) throw new Error(result.message)
    expect(formatCellValue(result.report.table2.fees?.amountWanYuan)).toBe('24252.311082')
    expect(validate(result.report).filter((i) => i.ruleId === 'T3-BALANCE')).toEqual([])
  })

  it('refuses reports of different years, saying which', () => {
    const result = aggregateReports([balancedReport(), balancedPreviousReport(), balancedReport()], { agency: 'x' })
    expect(result).toEqual({ ok: false, message: expect.stringContaining('2023年 1 份、2024年 2 份') })
  })

  it('names the county total after the prefix every unit shares', () => {
    const units = ['伊川县白沙镇人民政府', '伊川县半坡镇人民政府'].map((agency) => ({ ...balancedReport(), meta: { ...balancedReport().meta, agency } }))
    expect(commonCountyAgency(units)).toBe('伊川县人民政府')
    expect(commonCountyAgency(seeds)).toBe('')
  })
})

describe('crossReportIssues', () => {
  it('flags the same agency and year twice, on both', () => {
    const issues = crossReportIssues([item('a', balancedReport()), item('b', balancedReport()), item('c', balancedPreviousReport())])
    expect(issues.get('a')?.map((i) => i.ruleId)).toContain('X-DUPLICATE')
    expect(issues.get('b')?.find((i) => i.ruleId === 'X-DUPLICATE')?.message).toContain('另见 “a.json”')
    expect(issues.get('c')?.some((i) => i.ruleId === 'X-DUPLICATE')).toBe(false)
  })

  it('names a few of the other copies of a unit sent many times, and counts the rest', () => {
    const copies = Array.from({ length: 40 }, (_, k) => item(`f${k}`, balancedReport()))
    const message = crossReportIssues(copies).get('f0')!.find((i) => i.ruleId === 'X-DUPLICATE')!.message
    expect(message).toContain('有 40 份（另见 “f1.json”、“f2.json”、“f3.json”等 39 份）')
    expect(message).not.toContain('f4.json')
  })

  it('compares a county government report with the sum of its units', () => {
    const unit = (agency: string, n: number) => {
      const r = balancedReport()
      r.meta.agency = agency
      r.table2.penalty = { decisions: n }
      return r
    }
    const county = unit('清河县人民政府', 5)
    county.meta.unitType = 'government'
    const issues = crossReportIssues([item('county', county), item('a', unit('清河县甲镇人民政府', 2)), item('b', unit('清河县乙镇人民政府', 4)), item('other', unit('别县丙镇人民政府', 100))])
    const parent = issues.get('county')?.find((i) => i.ruleId === 'X-PARENT')
    expect(parent?.message).toContain('所辖 2 个单位')
    expect(parent?.message).toContain('行政处罚本报告 5、各单位合计 6')
    expect(parent?.cells).toContain('table2/penalty/decisions')
    county.table2.penalty = { decisions: 6 }
    // Intake etc. differ too (each unit has the balanced figures): only matching figures pass.
    expect(crossReportIssues([item('county', county), item('a', unit('清河县甲镇人民政府', 2)), item('b', unit('清河县乙镇人民政府', 4))]).get('county')?.[0]?.message).not.toContain('行政处罚')
  })
})

describe('key figures', () => {
  it('reads the review columns from the tables', () => {
    const k = keyFigures(balancedReport())
    expect(k).toEqual({ newReceived: 15, carriedForward: 1, review: 1, litigation: 0, feeWanYuan: 0, publishDate: '2025-01-20' })
  })

  it('similarity with last year: 1 for a copy, low for other text', () => {
    expect(narrativeSimilarity(balancedReport(), balancedReport())).toBe(1)
    expect(narrativeSimilarity(balancedReport(), balancedPreviousReport())).toBeLessThan(0.3)
  })
})
