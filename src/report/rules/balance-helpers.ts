// The balance of table 3 (一 + 二 = 三（七）总计 + 四) as the form uses it: the cells the balance
// bar watches and 按勾稽关系计算结转数. Kept apart from table-rules.ts so the editor's first load
// carries these two helpers and not every arithmetic rule (the rules run in the check worker).
import type { Report } from '../schema'
import { computedCell } from '../tables/registry'
import type { CellRef } from '../tables/table-def'
import { APPLICANT_COLUMNS, CARRIED_FORWARD_ROW, INTAKE_ROWS, TOTAL_RESULTS_ROW, type ApplicantColumnId, type Table3RowId } from '../tables/table3'
import { computeCell, sumOf } from '../totals'

const T3 = 'table3'
const [NEW, CARRIED] = INTAKE_ROWS

/** 勾稽关系 of table 3, per column: 一 + 二 = 三（七）总计 + 四. */
export const BALANCE_RULE = {
  id: 'T3-BALANCE',
  lhs: [NEW.id, CARRIED.id],
  rhs: [TOTAL_RESULTS_ROW.id, CARRIED_FORWARD_ROW.id],
} as const satisfies { id: string; lhs: readonly Table3RowId[]; rhs: readonly Table3RowId[] }

/**
 * The input cells on each side of the balance for one column, with （七）总计 expanded into the
 * cells its computed definition sums. The balance bar watches exactly these cells.
 */
export function balanceRefs(colId: ApplicantColumnId): { lhs: CellRef<'table3'>[]; rhs: CellRef<'table3'>[] } {
  const expand = (rowId: Table3RowId): CellRef<'table3'>[] => computedCell(T3, { rowId, colId })?.sumOf ?? [{ rowId, colId }]
  return { lhs: BALANCE_RULE.lhs.flatMap(expand), rhs: BALANCE_RULE.rhs.flatMap(expand) }
}

/**
 * 按勾稽关系计算结转数: 四 = 一 + 二 − 三（七）总计 per applicant column, or null where that would
 * be negative (the results already exceed the intake, which the user must correct).
 */
export function suggestCarriedForward(report: Report): { colId: ApplicantColumnId; intake: number; results: number; forward: number | null }[] {
  return APPLICANT_COLUMNS.map((col) => {
    const intake = sumOf(report, T3, BALANCE_RULE.lhs.map((rowId) => ({ rowId, colId: col.id })))
    const totalResults = computedCell(T3, { rowId: TOTAL_RESULTS_ROW.id, colId: col.id })
    const results = totalResults ? computeCell(report, T3, totalResults) : 0
    return { colId: col.id, intake, results, forward: intake - results >= 0 ? intake - results : null }
  })
}

