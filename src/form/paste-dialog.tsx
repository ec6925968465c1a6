// The placement of an uncertain paste, shown on the table before anything is written: the cells
// that will be written carry their new numbers, the totals compared show the copied number and
// whether it agrees. Where the numbers can be read more than one way (with or without the totals,
// with or without the （七）总计 row), the readings the domain found are offered as a choice and
// the marked cells follow it; 确认粘贴 writes the reading chosen, nothing before.
import { useEffect, useMemo, useRef, useState } from 'react'
import { useFormContext } from 'react-hook-form'
import './paste-dialog.css'
import type { PastePlan } from '@/report/paste/place-paste'
import type { PasteReading } from '@/report/paste/evaluate-reading'
import { formatCellValue } from '@/report/format'
import { cellId, cellsByRow, type GridCell, type TableDef } from '@/report/tables/table-def'
import { cellPath, type FormValues } from './form-values'

interface Props {
  def: TableDef
  plan: PastePlan
  onConfirm(reading: Omit<PasteReading, 'label' | 'note'>): void
  onCancel(): void
}

export function PasteDialog({ def, plan, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const { getValues } = useFormContext<FormValues>()
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])
  const rows = useMemo(() => cellsByRow(def), [def])
  const [chosen, setChosen] = useState(plan.chosen)
  const reading = plan.readings[chosen] ?? plan
  const writes = new Map(reading.writes.map((w) => [w.id, w.value]))
  const totals = new Map(reading.totals.map((t) => [t.id, t]))

  const content = (cell: GridCell) => {
    if (!cell.ref) return { text: cell.text ?? '', className: cell.kind === 'colHeader' ? 'p-head' : 'p-label' }
    const id = cellId(def.id, cell.ref)
    if (writes.has(id)) return { text: formatCellValue(writes.get(id)), className: 'p-write', mark: true }
    const total = totals.get(id)
    if (total) {
      const ok = total.stated === total.computed
      return { text: `${total.stated}${ok ? ' ✓' : ` ≠ ${total.computed}`}`, className: ok ? 'p-total' : 'p-total differ', mark: true }
    }
    const current = cell.kind === 'input' ? formatCellValue(getValues(cellPath(def.id, cell.ref))) : ''
    return { text: current, className: cell.kind === 'computed' ? 'p-computed' : 'p-value' }
  }

  return (
    <dialog ref={ref} className="dialog paste-dialog" aria-labelledby="paste-title" onCancel={(e) => { e.preventDefault(); onCancel() }}>
      <h2 id="paste-title">请确认粘贴位置</h2>
      <p>{plan.doubt}</p>
      {plan.readings.length > 1 && (
        <fieldset className="paste-readings">
          <legend>读取方式</legend>
          {plan.readings.map((r, i) => (
            <label key={r.label}>
              <input type="radio" name="paste-reading" checked={i === chosen} onChange={() => setChosen(i)} />
              {r.label}
              <span className="paste-note">（{r.note}）</span>
            </label>
          ))}
        </fieldset>
      )}
      <p className="paste-legend">
        <span className="p-write">蓝色</span>为将写入的 {reading.writes.length} 个数
        {reading.totals.length > 0 && <>，<span className="p-total">绿色</span>为比对的 {reading.totals.length} 个合计（<span className="p-total differ">红色</span>为不符）</>}
        。{reading.ignored.length > 0 && `未粘贴：${reading.ignored.join('；')}。`}
      </p>
      <div className="paste-preview">
        <table className={`stat-grid paste-grid stat-${def.id}`} aria-label={`${def.name}粘贴位置`}>
          <tbody>
            {rows.map((cells, r) => (
              <tr key={r}>
                {cells.map((cell) => {
                  const c = content(cell)
                  const cells = cell.ref ? cellId(def.id, cell.ref) : undefined
                  return (
                    <td key={cell.c} className={c.className} data-cells={c.mark ? cells : undefined}
                      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined} colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}>
                      {c.text}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>取消</button>
        <button type="button" className="primary" autoFocus onClick={() => onConfirm(reading)}>确认粘贴</button>
      </div>
    </dialog>
  )
}
