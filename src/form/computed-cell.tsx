// A read-only total. It watches only its own table and recomputes its sum with the domain's
// computeCell, so typing re-renders the totals, not the form.
import { memo } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import { cellId, type ComputedCell as ComputedDef, type TableId } from '@/report/tables/table-def'
import { rowKey, type FormValues } from './form-values'
import { useCellIssues } from './issue-store'
import { useEditor } from './report-context'

export const ComputedCell = memo(function ComputedCell({ table, cell }: { table: TableId; cell: ComputedDef }) {
  const { control } = useFormContext<FormValues>()
  const values = useWatch({ control, name: table }) as Record<string, Record<string, number | null>>
  const id = cellId(table, cell)
  const message = useCellIssues(useEditor().issues, id)
  let sum = 0
  for (const ref of cell.sumOf) sum += values[rowKey(ref.rowId)]?.[ref.colId] ?? 0
  return (
    <output className={`cell-computed${message ? ' has-error' : ''}`} data-cell-id={id} aria-label={cell.label} title={message || `${cell.label}（自动计算）`}>
      {sum}
    </output>
  )
})
