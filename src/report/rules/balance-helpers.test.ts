// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createEmptyReport } from '../default-report'
import { RESULT_LEAF_ROWS } from '../tables/table3'
import { balanceRefs, suggestCarriedForward } from './balance-helpers'

describe('balanceRefs', () => {
  it('expands （七）总计 into the 21 result cells of the column', () => {
    const { lhs, rhs } = balanceRefs('commercial')
    expect(lhs).toEqual([{ rowId: 'newReceived', colId: 'commercial' }, { rowId: 'carriedOver', colId: 'commercial' }])
    expect(rhs).toHaveLength(RESULT_LEAF_ROWS.length + 1)
    expect(rhs.map((r) => r.rowId)).toEqual([...RESULT_LEAF_ROWS.map((r) => r.id), 'carriedForward'])
    expect(rhs.every((r) => r.colId === 'commercial')).toBe(true)
  })
})

describe('suggestCarriedForward', () => {
  it('gives 一 + 二 − 三 per column, and null where the results exceed the intake', () => {
    const report = createEmptyReport(2024)
    report.table3.newReceived!.naturalPerson = 5
    report.table3.carriedOver!.naturalPerson = 2
    report.table3.granted!.naturalPerson = 3
    report.table3['denied.stateSecret']!.naturalPerson = 1
    report.table3.newReceived!.commercial = 1
    report.table3.partial!.commercial = 2
    const byCol = Object.fromEntries(suggestCarriedForward(report).map((s) => [s.colId, s]))
    expect(byCol.naturalPerson).toEqual({ colId: 'naturalPerson', intake: 7, results: 4, forward: 3 })
    expect(byCol.commercial).toEqual({ colId: 'commercial', intake: 1, results: 2, forward: null })
    expect(byCol.research?.forward).toBe(0)
  })
})
