// A read-only total. It listens only to the input cells it sums (cell-store.ts) and writes its
// figure into the element itself, so a keystroke updates the two or three totals that depend on
// the edited cell without rendering anything. React renders the element and its error state only.
import { memo, useMemo, useRef } from 'react'
import { addValues } from '@/report/totals'
import { cellId, type ComputedCell as ComputedDef, type TableId } from '@/report/tables/table-def'
import { useCellsEffect } from './cell-store'
import { cellPath } from './form-values'
import { useCellIssues } from './issue-store'
import { useEditor } from './report-context'

export const ComputedCell = memo(function ComputedCell({ table, cell }: { table: TableId; cell: ComputedDef }) {
  const paths = useMemo(() => cell.sumOf.map((ref) => cellPath(table, ref)), [table, cell])
  const output = useRef<HTMLOutputElement>(null)
  // The text is never a React child: React would keep writing a text node this replaces.
  useCellsEffect(paths, (values) => {
    // A paste notifies every total of the table: one whose sum did not change is left alone.
    const text = String(addValues(values))
    if (output.current && output.current.textContent !== text) output.current.textContent = text
  })
  const id = cellId(table, cell)
  const message = useCellIssues(useEditor().issues, id)
  return (
    <output ref={output} className={`cell-computed${message ? ' has-error' : ''}`} data-cell-id={id} aria-label={cell.label} title={message || `${cell.label}（自动计算）`} />
  )
})
