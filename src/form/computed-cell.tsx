// A read-only total. It listens only to the input cells it sums (cell-store.ts), so a keystroke
// re-renders the two or three totals that depend on the edited cell, never the form.
import { memo, useMemo } from 'react'
import { cellId, type ComputedCell as ComputedDef, type TableId } from '@/report/tables/table-def'
import { useCellsDerived } from './cell-store'
import { cellPath } from './form-values'
import { useCellIssues } from './issue-store'
import { useEditor } from './report-context'

/** Blank (null) inputs count as 0 so totals stay live while typing (as computeTotals does). */
export function sumValues(values: (number | null | undefined)[]): number {
  let sum = 0
  for (const v of values) sum += v ?? 0
  return sum
}

export const ComputedCell = memo(function ComputedCell({ table, cell }: { table: TableId; cell: ComputedDef }) {
  const paths = useMemo(() => cell.sumOf.map((ref) => cellPath(table, ref)), [table, cell])
  const sum = useCellsDerived(paths, sumValues)
  const id = cellId(table, cell)
  const message = useCellIssues(useEditor().issues, id)
  return (
    <output className={`cell-computed${message ? ' has-error' : ''}`} data-cell-id={id} aria-label={cell.label} title={message || `${cell.label}（自动计算）`}>
      {sum}
    </output>
  )
})
