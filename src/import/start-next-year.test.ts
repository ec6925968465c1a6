// 以上年报告为底稿: what carries over to next year's draft, and what the cross-year checks see.
import { describe, expect, it } from 'vitest'
import seed003 from '@/report/fixtures/seed-003.json'
import { nonZeroReport } from '@/report/fixtures/test-reports'
import type { Report } from '@/report/schema'
import { TABLES } from '@/report/tables/registry'
import { validate } from '@/report/validate'
import { needsRewrite, REWRITE_MARK, startNextYear } from './start-next-year'
import { storedValue } from '../report/values'

describe('startNextYear', () => {
  const previous = nonZeroReport()
  const { report, baseline } = startNextYear(previous)

  it('carries agency and unit type into a draft for the next year, without a publish date', () => {
    expect(report.meta).toEqual({ ...previous.meta, year: previous.meta.year + 1, publishDate: null })
  })

  it('上年结转 = last year’s 结转下年度继续办理 per column; every other cell blank', () => {
    expect(report.table3.carriedOver).toEqual(previous.table3.carriedForward)
    for (const id of ['table2', 'table3', 'table4'] as const) {
      for (const input of TABLES[id].inputs) {
        if (id === 'table3' && input.rowId === 'carriedOver') continue
        expect(storedValue(report, id, input), `${id}/${input.rowId}/${input.colId}`).toBeNull()
      }
    }
  })

  it('copies the narrative as a draft marked for rewriting', () => {
    expect(report.overview.proactive).toBe(`${REWRITE_MARK}${previous.overview.proactive}`)
    expect(report.problems.improvements).toBe(`${REWRITE_MARK}${previous.problems.improvements}`)
    expect(needsRewrite(report.otherMatters.text)).toBe(true)
    const empty = startNextYear({ ...previous, overview: { ...previous.overview, preface: '' } }).report
    expect(empty.overview.preface).toBe('')
  })

  it('does not mark twice when started from a draft that was never rewritten', () => {
    const again = startNextYear(report).report
    expect(again.overview.proactive).toBe(report.overview.proactive)
    expect(again.meta.year).toBe(previous.meta.year + 2)
  })

  it('returns the previous report, untouched, as the baseline for the cross-year warnings', () => {
    expect(baseline).toEqual(previous)
    expect(baseline).not.toBe(previous)
    const filled: Report = structuredClone(report)
    filled.table2.normativeDocs = { issued: 1, repealed: 0, inForce: 0 }
    const rules = validate(filled, { previous: baseline }).map((i) => i.ruleId)
    expect(rules).toContain('W-XYEAR-INFORCE')
    expect(rules).not.toContain('W-XYEAR-CARRY')
    // The copied narrative is flagged until it is rewritten (reviewers deduct points for 雷同).
    expect(rules).toContain('W-COPY')
  })

  it('keeps a blank 结转 blank', () => {
    const prev = structuredClone(seed003 as Report)
    prev.table3.carriedForward!.commercial = null
    expect(startNextYear(prev).report.table3.carriedOver!.commercial).toBeNull()
  })
})
