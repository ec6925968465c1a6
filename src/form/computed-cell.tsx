// A read-only total. It watches only the input cells it sums, so a keystroke re-renders the
// two or three totals that depend on the edited cell, never the form.
import { memo, useMemo } from 'react'
import { useWatch } from 'react-hook-form'
import { cellId, type ComputedCell as ComputedDef, type TableId } from '@/report/tables/table-def'
import { cellPath, type CellPath, type FormValues } from './form-values'
import { useCellIssues } from './issue-store'
import { useEditor } from './report-context'

export const ComputedCell = memo(function ComputedCell({ table, cell }: { table: TableId; cell: ComputedDef }) {
  const paths = useMemo(() => cell.sumOf.map((ref) => cellPath(table, ref)), [table, cell])
  const values = useWatch<FormValues, CellPath[]>({ name: paths })
  const id = cellId(table, cell)
  const message = useCellIssues(useEditor().issues, id)
  let sum = 0
  for (const v of values) sum += v ?? 0
  return (
    <output className={`cell-computed${message ? ' has-error' : ''}`} data-cell-id={id} aria-label={cell.label} title={message || `${cell.label}（自动计算）`}>
      {sum}
    </output>
  )
})
