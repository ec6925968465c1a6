// One-click fills for the common cases: a township with no applications or cases, and the
// carried-forward row from the balance (四 = 一 + 二 − 三, where that is not negative).
import { useFormContext } from 'react-hook-form'
import { TABLES } from '@/report/tables/registry'
import type { TableId } from '@/report/tables/table-def'
import { suggestCarriedForward } from '@/report/rules/table-rules'
import { APPLICANT_COLUMNS, CARRIED_FORWARD_ROW } from '@/report/tables/table3'
import { cellPath, fromFormValues, type FormValues } from './form-values'
import { useEditor } from './report-context'

export function TableActions({ table }: { table: TableId }) {
  const { getValues, setValue } = useFormContext<FormValues>()
  const { notify } = useEditor()
  const def = TABLES[table]

  const fillZeros = () => {
    const filled = def.inputs.filter((cell) => {
      const path = cellPath(table, cell.rowId, cell.colId)
      const v = getValues(path as never) as unknown as number | null
      if (v !== null && v !== 0) return false
      setValue(path as never, 0 as never)
      return true
    })
    const kept = def.inputs.length - filled.length
    notify(kept === 0 ? `${def.name}已全部填 0` : `${def.name}空白处已填 0；已有的 ${kept} 个非零数值未改动`)
  }

  const fillCarriedForward = () => {
    const skipped: string[] = []
    for (const { colId, intake, results, forward } of suggestCarriedForward(fromFormValues(getValues()))) {
      if (forward === null) {
        const caption = APPLICANT_COLUMNS.find((c) => c.id === colId)?.caption
        skipped.push(`${caption}（办理结果 ${results} 多于一+二 ${intake}）`)
        continue
      }
      setValue(cellPath('table3', CARRIED_FORWARD_ROW.id, colId) as never, forward as never)
    }
    notify(skipped.length === 0 ? '已按勾稽关系计算结转数' : `已计算结转数；以下列无法计算，请检查办理结果：${skipped.join('、')}`, skipped.length ? 'error' : 'info')
  }

  return (
    <div className="table-actions">
      {table !== 'table2' && (
        <button type="button" onClick={fillZeros}>
          {table === 'table3' ? '本年未收到申请（全部填 0）' : '本年无复议诉讼（全部填 0）'}
        </button>
      )}
      {table === 'table3' && (
        <button type="button" onClick={fillCarriedForward}>按勾稽关系计算结转数</button>
      )}
    </div>
  )
}
