// Beside table 3: the 勾稽关系 of each column (一+二 against 三+四), green when equal, the
// difference in red when not. Reads the same BALANCE_RULE the validator uses; each column
// watches only its own cells.
import { memo, useMemo, type CSSProperties } from 'react'
import { balanceRefs } from '@/report/rules/table-rules'
import { APPLICANT_COLUMNS, type ApplicantColumnId } from '@/report/tables/table3'
import { useCellsDerived } from './cell-store'
import { sumValues } from './computed-cell'
import { cellPath } from './form-values'

const BalanceChip = memo(function BalanceChip({ colId, caption }: { colId: ApplicantColumnId; caption: string }) {
  const { lhsPaths, rhsPaths } = useMemo(() => {
    const { lhs, rhs } = balanceRefs(colId)
    return { lhsPaths: lhs.map((r) => cellPath('table3', r)), rhsPaths: rhs.map((r) => cellPath('table3', r)) }
  }, [colId])
  const left = useCellsDerived(lhsPaths, sumValues)
  const right = useCellsDerived(rhsPaths, sumValues)
  const ok = left === right
  return (
    <span className={`balance ${ok ? 'ok' : 'bad'}`} style={{ '--chars': caption.length } as CSSProperties} data-balance-column={colId} title={`${caption}：一+二=${left}，三+四=${right}`}>
      {caption} {ok ? '✓' : `✗ 差 ${Math.abs(left - right)}`}
    </span>
  )
})

export function BalanceBar() {
  return (
    <div className="balance-bar" aria-label="勾稽关系">
      <span className="balance-title">勾稽关系（一+二＝三+四）</span>
      {APPLICANT_COLUMNS.map((col) => (
        <BalanceChip key={col.id} colId={col.id} caption={col.caption} />
      ))}
    </div>
  )
}
