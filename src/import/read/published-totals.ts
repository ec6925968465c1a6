// Published totals (表三 总计 column and （七）总计 row, 表四 总计) read from a file are only
// worth keeping where they disagree with the computed ones: there validate() reports them as
// T3-ROWSUM / T3-RESULTSUM / T4-TOTAL on the exact cell. Totals that agree carry no information
// and would otherwise turn into errors as soon as the user corrects an input.
import type { Report } from '../../report/schema'
import { TABLES, TABLES_WITH_TOTALS } from '../../report/tables/registry'
import type { TableDef } from '../../report/tables/table-def'
import { TOTAL_RESULTS_ROW } from '../../report/tables/table3'
import { computeCell } from '../../report/totals'
import { deleteValue, storedValue } from '../../report/values'

/** Removes published totals equal to the computed ones; returns how many were kept (differ). */
export function dropAgreeingTotals(report: Report): { agreed: number; differ: number } {
  let agreed = 0
  let differ = 0
  for (const table of TABLES_WITH_TOTALS) {
    const def: TableDef = TABLES[table]
    for (const cell of def.computed) {
      const stated = storedValue(report, table, cell)
      if (typeof stated !== 'number') continue
      if (stated === computeCell(report, table, cell)) {
        deleteValue(report, table, cell)
        agreed++
      } else differ++
    }
  }
  const results = report.table3[TOTAL_RESULTS_ROW.id]
  if (results && Object.keys(results).length === 0) delete report.table3[TOTAL_RESULTS_ROW.id]
  return { agreed, differ }
}
