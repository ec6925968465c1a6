// One input cell of a statistical table. The input is uncontrolled: while the user types, the
// browser echoes the text and React renders nothing for this cell (the keystroke's frame only
// parses the text, stores the number and updates the totals that sum it). It is parsed by the
// domain's parseCell on every committed change (nothing during IME composition); a rejected
// value keeps the last good one in the report and says why. A change from elsewhere (paste of a
// block, a fill, another report opened) is written into the input by a store subscription.
import { memo, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react'
import { useFormContext } from 'react-hook-form'
import { parseCell } from '@/report/cell-parser'
import { formatCellValue } from '@/report/format'
import { inputCell, isTableId } from '@/report/tables/registry'
import { cellId, parseCellId, type InputCell, type TableId } from '@/report/tables/table-def'
import { cellPath, type FormValues } from './form-values'
import { useCellsEffect } from './cell-store'
import { useCellIssues, useCellSource } from './issue-store'
import { useEditor } from './report-context'
import { moveFocus, pasteBlock } from './grid-keyboard'

interface Props {
  table: TableId
  cell: InputCell
  r: number
  c: number
  /** The id of the small form the input belongs to (see stat-table-grid.tsx). */
  form?: string
}

export const NumberCell = memo(function NumberCell({ table, cell, r, c, form }: Props) {
  const { setValue, getValues } = useFormContext<FormValues>()
  const editor = useEditor()
  const path = cellPath(table, cell)
  const id = cellId(table, cell)
  const input = useRef<HTMLInputElement>(null)
  const [rejected, setRejected] = useState<string | null>(null)
  const rejectedRef = useRef<string | null>(null)
  const composing = useRef(false)
  const ruleMessages = useCellIssues(editor.issues, id)
  const source = useCellSource(editor.issues, id)

  const reject = (message: string | null) => {
    if (rejectedRef.current === message) return
    rejectedRef.current = message
    setRejected(message)
  }

  // The report changed this cell from elsewhere: show it, unless the input already says it. Its
  // own commit is skipped: the input says what was just stored (no second parse per keystroke).
  const paths = useMemo(() => [path], [path])
  const committing = useRef(false)
  useCellsEffect(paths, ([value]) => {
    const el = input.current
    if (!el || committing.current) return
    const shown = parseCell(el.value, cell.valueType, cell.maxDecimals)
    if (shown.ok && shown.value === value && !rejectedRef.current) return
    el.value = formatCellValue(value)
    reject(null)
  })

  const commit = (raw: string) => {
    const parsed = parseCell(raw, cell.valueType, cell.maxDecimals)
    if (!parsed.ok) return reject(parsed.message)
    reject(null)
    if (getValues(path) === parsed.value) return
    committing.current = true
    try {
      setValue(path, parsed.value)
    } finally {
      committing.current = false
    }
  }

  const onBlur = (e: { currentTarget: HTMLInputElement }) => {
    if (rejectedRef.current) editor.notify(`${cell.label}：${rejectedRef.current}，已恢复为原值`, 'error')
    // What was typed is shown as the report holds it ("1,234" → 1234; a rejected text → the old value).
    e.currentTarget.value = formatCellValue(getValues(path))
    reject(null)
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (composing.current || e.nativeEvent.isComposing) return
    const dir = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right', Enter: 'down' } as const
    const d = dir[e.key as keyof typeof dir]
    if (!d) return
    if (e.key === 'Enter' && e.shiftKey) return moveAndPrevent(e, 'up')
    moveAndPrevent(e, d)
  }

  const moveAndPrevent = (e: KeyboardEvent<HTMLInputElement>, d: 'up' | 'down' | 'left' | 'right') => {
    if (moveFocus(e.currentTarget, d)) e.preventDefault()
  }

  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text/plain')
    if (!/[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''))) return // one value: the normal path
    e.preventDefault()
    const result = pasteBlock(e.currentTarget, text, (targetId, raw) => {
      const ref = parseCellId(targetId)
      const target = ref && isTableId(ref.table) ? ref.table : undefined
      const def = ref && target ? inputCell(target, ref.rowId, ref.colId) : undefined
      if (!target || !def) return '不是可填写的单元格'
      const parsed = parseCell(raw, def.valueType, def.maxDecimals)
      if (!parsed.ok) return parsed.message
      setValue(cellPath(target, def), parsed.value)
      return null
    })
    editor.notify(result, result.includes('未粘贴') ? 'error' : 'info')
  }

  const message = rejected ?? ruleMessages
  return (
    <input
      ref={input}
      className={`cell-input${message ? ' has-error' : ''}`}
      form={form}
      data-cell-id={id}
      data-r={r}
      data-c={c}
      data-value-type={cell.valueType}
      aria-label={cell.label}
      aria-invalid={message ? true : undefined}
      title={[message || cell.label, source].filter(Boolean).join('\n')}
      data-import-guess={source.includes('读取存疑') ? true : undefined}
      inputMode={cell.valueType === 'integer' ? 'numeric' : 'decimal'}
      autoComplete="off"
      defaultValue={formatCellValue(getValues(path))}
      placeholder="—"
      onChange={(e) => composing.current || commit(e.target.value)}
      onCompositionStart={() => (composing.current = true)}
      onCompositionEnd={(e) => {
        composing.current = false
        commit(e.currentTarget.value)
      }}
      onFocus={(e) => e.currentTarget.select()}
      onBlur={onBlur}
      onKeyDown={onKeyDown}
      onPaste={onPaste}
    />
  )
})
