// Beside table 3: the 勾稽关系 of each column (一+二 against 三+四), green when equal, the
// difference in red when not. Reads the same BALANCE_RULE the validator uses; each column
// watches only its own cells.
import { memo, useMemo, useRef, type CSSProperties } from 'react'
import { balanceRefs } from '@/report/rules/balance-helpers'
import { APPLICANT_COLUMNS, type ApplicantColumnId } from '@/report/tables/table3'
import { addValues } from '@/report/totals'
import { useCellsEffect } from './cell-store'
import { cellPath } from './form-values'

/** One column's chip; it writes its state into the element itself (no render per keystroke). */
const BalanceChip = memo(function BalanceChip({ colId, caption }: { colId: ApplicantColumnId; caption: string }) {
  const { paths, leftCount } = useMemo(() => {
    const { lhs, rhs } = balanceRefs(colId)
    return { paths: [...lhs, ...rhs].map((r) => cellPath('table3', r)), leftCount: lhs.length }
  }, [colId])
  const chip = useRef<HTMLSpanElement>(null)
  useCellsEffect(paths, (values) => {
    const el = chip.current
    if (!el) return
    const left = addValues(values.slice(0, leftCount))
    const right = addValues(values.slice(leftCount))
    const ok = left === right
    const title = `${caption}：一+二=${left}，三+四=${right}`
    // A paste notifies every chip: one whose sums did not change is left alone.
    if (el.title === title) return
    el.className = `balance ${ok ? 'ok' : 'bad'}`
    el.title = title
    el.textContent = `${caption} ${ok ? '✓' : `✗ 差 ${Math.abs(left - right)}`}`
  })
  return <span ref={chip} style={{ '--chars': caption.length } as CSSProperties} data-balance-column={colId} />
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
