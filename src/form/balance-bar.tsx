// Beside table 3: the 勾稽关系 of each column (一+二 against 三+四), green when equal, the
// difference in red when not. Reads the same BALANCE_RULE the validator uses.
import { useWatch } from 'react-hook-form'
import { BALANCE_RULE } from '@/report/rules/table-rules'
import { APPLICANT_COLUMNS, RESULT_LEAF_ROWS, TOTAL_RESULTS_ROW } from '@/report/tables/table3'
import { rowKey, type FormValues } from './form-values'

type Table = Record<string, Record<string, number | null | undefined>>

function columnValue(table: Table, rowId: string, colId: string): number {
  if (rowId === TOTAL_RESULTS_ROW.id) return RESULT_LEAF_ROWS.reduce((n, r) => n + (table[rowKey(r.id)]?.[colId] ?? 0), 0)
  return table[rowKey(rowId)]?.[colId] ?? 0
}

export function BalanceBar() {
  const table = useWatch<FormValues, 'table3'>({ name: 'table3' }) as Table
  return (
    <div className="balance-bar" aria-label="勾稽关系">
      <span className="balance-title">勾稽关系（一+二＝三+四）</span>
      {APPLICANT_COLUMNS.map((col) => {
        const left = BALANCE_RULE.lhs.reduce((n, r) => n + columnValue(table, r, col.id), 0)
        const right = BALANCE_RULE.rhs.reduce((n, r) => n + columnValue(table, r, col.id), 0)
        const ok = left === right
        return (
          <span key={col.id} className={`balance ${ok ? 'ok' : 'bad'}`} data-balance-column={col.id}
            title={`${col.caption}：一+二=${left}，三+四=${right}`}>
            {col.caption} {ok ? '✓' : `✗ 差 ${Math.abs(left - right)}`}
          </span>
        )
      })}
    </div>
  )
}
