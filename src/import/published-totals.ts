// Published totals (表三 总计 column and （七）总计 row, 表四 总计) read from a file are only
// worth keeping where they disagree with the computed ones: there validate() reports them as
// T3-ROWSUM / T3-RESULTSUM / T4-TOTAL on the exact cell. Totals that agree carry no information
// and would otherwise turn into errors as soon as the user corrects an input.
import type { Report } from '../report/schema'
import { TABLES } from '../report/tables/registry'
import { TOTAL_RESULTS_ROW } from '../report/tables/table3'
import { computeCell } from '../report/totals'

const TOTAL_TABLES = ['table3', 'table4'] as const

/** Removes published totals equal to the computed ones; returns how many were kept (differ). */
export function dropAgreeingTotals(report: Report): { agreed: number; differ: number } {
  let agreed = 0
  let differ = 0
  for (const table of TOTAL_TABLES) {
    for (const cell of TABLES[table].computed) {
      const row = report[table][cell.rowId]
      const stated = row?.[cell.colId]
      if (!row || typeof stated !== 'number') continue
      if (stated === computeCell(report, table, cell)) {
        delete row[cell.colId]
        agreed++
      } else differ++
    }
  }
  const results = report.table3[TOTAL_RESULTS_ROW.id]
  if (results && Object.keys(results).length === 0) delete report.table3[TOTAL_RESULTS_ROW.id]
  return { agreed, differ }
}

/** The report without any published total (computed cells are never stored by the app itself). */
export function withoutPublishedTotals(report: Report): Report {
  const out = structuredClone(report)
  for (const table of TOTAL_TABLES) {
    for (const cell of TABLES[table].computed) delete out[table][cell.rowId]?.[cell.colId]
  }
  delete out.table3[TOTAL_RESULTS_ROW.id]
  return out
}
