// One-click fills for the common cases: a township with no applications or cases, and the
// carried-forward row from the balance (四 = 一 + 二 − 三, where that is not negative).
import { useFormContext } from 'react-hook-form'
import { suggestCarriedForward } from '@/report/rules/balance-helpers'
import { TABLES } from '@/report/tables/registry'
import type { TableDef, TableId } from '@/report/tables/table-def'
import { APPLICANT_COLUMNS, CARRIED_FORWARD_ROW } from '@/report/tables/table3'
import { cellPath, type FormValues } from './form-values'
import { useEditor } from './report-context'
import { useCurrentReport } from './use-report'

/** The all-zero fill of each table, where one makes sense (table 2 has no "nothing happened" case). */
const FILL_ZEROS_LABEL: Record<TableId, string | null> = {
  table2: null,
  table3: '本年未收到申请（全部填 0）',
  table4: '本年无复议诉讼（全部填 0）',
}

export function TableActions({ table }: { table: TableId }) {
  const { getValues } = useFormContext<FormValues>()
  const currentReport = useCurrentReport()
  const { notify, history } = useEditor()
  const def: TableDef = TABLES[table]
  const zerosLabel = FILL_ZEROS_LABEL[table]

  const fillZeros = () => {
    // One undo step for the whole fill.
    const filled = def.inputs.filter((cell) => {
      const v = getValues(cellPath(table, cell))
      return v === null || v === undefined || v === 0
    })
    history.apply(filled.map((cell) => ({ path: cellPath(table, cell), value: 0 })))
    const kept = def.inputs.length - filled.length
    notify(kept === 0 ? `${def.name}已全部填 0` : `${def.name}空白处已填 0；已有的 ${kept} 个非零数值未改动`)
  }

  const fillCarriedForward = () => {
    const skipped: string[] = []
    const writes: { path: ReturnType<typeof cellPath>; value: number }[] = []
    for (const { colId, intake, results, forward } of suggestCarriedForward(currentReport())) {
      if (forward === null) {
        const caption = APPLICANT_COLUMNS.find((c) => c.id === colId)?.caption
        skipped.push(`${caption}（办理结果 ${results} 多于一+二 ${intake}）`)
        continue
      }
      writes.push({ path: cellPath('table3', { rowId: CARRIED_FORWARD_ROW.id, colId }), value: forward })
    }
    history.apply(writes)
    notify(skipped.length === 0 ? '已按勾稽关系计算结转数' : `已计算结转数；以下列无法计算，请检查办理结果：${skipped.join('、')}`, skipped.length ? 'error' : 'info')
  }

  return (
    <div className="table-actions">
      {zerosLabel && <button type="button" onClick={fillZeros}>{zerosLabel}</button>}
      {table === 'table3' && (
        <button type="button" onClick={fillCarriedForward}>按勾稽关系计算结转数</button>
      )}
    </div>
  )
}
