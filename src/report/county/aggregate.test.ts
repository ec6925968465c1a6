// @vitest-environment node
// A cell some units left blank and others filled is summed with the blanks as 0: 生成汇总报告 and
// X-PARENT say whose blanks they were. A cell every unit left blank stays blank.
import { describe, expect, it } from 'vitest'
import { balancedReport } from '../fixtures/balanced'
import type { Report, UnitType } from '../schema'
import { aggregateReports, blankCells } from './aggregate'
import { crossReportIssues } from './cross-checks'

function unit(agency: string, unitType: UnitType = 'township'): Report {
  const r = balancedReport()
  r.meta = { ...r.meta, agency, unitType }
  return r
}

describe('blank cells in a sum', () => {
  const a = unit('伊川县白沙镇人民政府')
  const b = unit('伊川县半坡镇人民政府')
  const c = unit('伊川县城关镇人民政府')
  a.table2.penalty = { decisions: 3 }
  b.table2.penalty = { decisions: null }
  c.table2.penalty = { decisions: null }
  for (const r of [a, b, c]) r.table2.coercion = { decisions: null }

  it('names the units that left blank a cell another unit filled, and only those cells', () => {
    expect(blankCells([a, b, c])).toEqual([
      { unit: '伊川县半坡镇人民政府', cells: ['table2/penalty/decisions'] },
      { unit: '伊川县城关镇人民政府', cells: ['table2/penalty/decisions'] },
    ])
    expect(blankCells([b, c])).toEqual([])
    const sum = aggregateReports([a, b, c], { agency: '伊川县人民政府' })
    if (!sum.ok) throw new Error(sum.message)
    expect(sum.report.table2.penalty?.decisions).toBe(3)
    expect(sum.report.table2.coercion?.decisions ?? null).toBeNull()
    expect(sum.blanks.map((u) => u.unit)).toEqual(['伊川县半坡镇人民政府', '伊川县城关镇人民政府'])
  })

  it('X-PARENT says whose figure was blank and counted as 0, and a blank of its own as 未填', () => {
    const county = unit('伊川县人民政府', 'government')
    county.table2.penalty = { decisions: null }
    const message = crossReportIssues([county, a, b].map((report, i) => ({ id: String(i), label: String(i), report })))
      .get('0')!.find((i) => i.ruleId === 'X-PARENT')!.message
    expect(message).toContain('本报告 未填、各单位合计 3（伊川县半坡镇人民政府未填，按 0 计）')
  })
})
