// @vitest-environment node
// Property tests of the table-3 勾稽关系: random balanced tables pass, and any single change of
// an input cell breaks the balance of exactly its own column.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { balancedReport } from '../fixtures/balanced'
import type { Report } from '../schema'
import { APPLICANT_COLUMNS, RESULT_LEAF_ROWS, TABLE3_INPUT_ROWS } from '../tables/table3'
import { validate } from '../validate'
import { readValue, writeValue } from '../values'

const COLUMNS = APPLICANT_COLUMNS.map((c) => c.id)
const LEAVES = RESULT_LEAF_ROWS.map((r) => r.id)

/** Per column: 二 carried over, 21 result counts and a spare, all small. */
const columnArb = fc.record({
  carriedOver: fc.nat({ max: 5 }),
  results: fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat({ max: 6 }) }), {
    minLength: LEAVES.length,
    maxLength: LEAVES.length,
  }),
  spare: fc.nat({ max: 8 }),
})

/** A balanced report whose table 3 is random: 四 = 一 + 二 − （七）总计 ≥ 0 in every column. */
const balancedArb = fc.array(columnArb, { minLength: COLUMNS.length, maxLength: COLUMNS.length }).map((columns) => {
  const report = balancedReport()
  columns.forEach((col, i) => {
    const colId = COLUMNS[i] ?? ''
    const set = (rowId: string, v: number) => writeValue(report, 'table3', { rowId, colId }, v)
    const results = col.results.reduce((a, b) => a + b, 0)
    const newReceived = Math.max(0, results - col.carriedOver) + col.spare
    set('newReceived', newReceived)
    set('carriedOver', col.carriedOver)
    LEAVES.forEach((rowId, r) => set(rowId, col.results[r] ?? 0))
    set('carriedForward', newReceived + col.carriedOver - results)
  })
  return report
})

const T3_ERRORS = ['T3-ROWSUM', 'T3-RESULTSUM', 'T3-BALANCE']

function readCell(report: Report, rowId: string, colId: string): number {
  return readValue(report, 'table3', { rowId, colId }) ?? 0
}

describe('table 3 balance — properties', () => {
  it('random balanced tables give no table-3 error and no error at all', () => {
    fc.assert(
      fc.property(balancedArb, (report) => {
        for (const colId of COLUMNS) expect(readCell(report, 'carriedForward', colId)).toBeGreaterThanOrEqual(0)
        const errors = validate(report).filter((i) => i.severity === 'error')
        expect(errors.filter((i) => T3_ERRORS.includes(i.ruleId))).toEqual([])
        expect(errors).toEqual([])
      }),
      { numRuns: 200 },
    )
  })

  it('changing one input cell by k ≠ 0 breaks the balance of exactly that column, by |k|', () => {
    const change = fc.record({
      row: fc.constantFrom(...TABLE3_INPUT_ROWS.map((r) => r.id)),
      col: fc.constantFrom(...COLUMNS),
      k: fc.integer({ min: -10, max: 10 }).filter((k) => k !== 0),
    })
    fc.assert(
      fc.property(balancedArb, change, (report, { row, col, k }) => {
        const before = readCell(report, row, col)
        const delta = before + k < 0 ? -before || 1 : k // keep the cell ≥ 0 and the change ≠ 0
        report.table3[row] = { ...report.table3[row], [col]: before + delta }
        const hits = validate(report).filter((i) => i.ruleId === 'T3-BALANCE')
        expect(hits).toHaveLength(1)
        expect(hits[0]?.cells).toEqual(['newReceived', 'carriedOver', 'totalResults', 'carriedForward'].map((r) => `table3/${r}/${col}`))
        expect(hits[0]?.message).toContain(`相差${Math.abs(delta)}（`)
      }),
      { numRuns: 200 },
    )
  })
})
