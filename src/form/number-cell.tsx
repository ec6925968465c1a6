// One input cell of a statistical table. The input is uncontrolled: while the user types, the
// browser echoes the text and React renders nothing for this cell (the keystroke's frame only
// parses the text, stores the number and updates the totals that sum it). It is parsed by the
// domain's parseCell on every committed change (nothing during IME composition); a rejected
// value keeps the last good one in the report and says why. A change from elsewhere (paste of a
// block, a fill, another report opened) is written into the input by a store subscription.
// Like a spreadsheet's cell: entering it (click, Tab, Enter, arrows) selects its content, Esc puts
// back the value it had on entering, F2 or a double click edits in place (arrows then move the caret).
import { memo, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent, type MouseEvent } from 'react'
import { useFormContext } from 'react-hook-form'
import { parseCell } from '@/report/cell-parser'
import { formatCellValue } from '@/report/format'
import { cellId, type InputCell, type TableId } from '@/report/tables/table-def'
import { readClipboardGrid } from './clipboard-grid'
import { cellPath, type FormValues } from './form-values'
import { useCellsEffect } from './cell-store'
import { useCellIssues, useCellSource } from './issue-store'
import { useEditor } from './report-context'
import { moveFocus } from './grid-keyboard'
import { usePaste } from './table-paste'

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
  /** The value on entering (Esc puts it back) and whether the cell is in edit mode (F2). */
  const entry = useRef<number | null | undefined>(undefined)
  const editing = useRef(false)
  const paste = usePaste()
  const ruleMessages = useCellIssues(editor.issues, id)
  const source = useCellSource(editor.issues, id)

  const reject = (message: string | null) => {
    if (rejectedRef.current === message) return
    rejectedRef.current = message
    setRejected(message)
  }

  // The report changed this cell from elsewhere: show it, unless the input already says it. Its
  // own commit is skipped: the input says what was just stored (no second parse per keystroke).
  // `shown` is the value the input's text stands for, kept as it changes, so that a paste or a
  // fill that notifies every cell of the table costs a comparison, not a parse, per cell.
  const paths = useMemo(() => [path], [path])
  const committing = useRef(false)
  const shown = useRef<number | null | undefined>(undefined)
  useCellsEffect(paths, ([value]) => {
    const el = input.current
    if (!el || committing.current) return
    if (Object.is(shown.current, value) && !rejectedRef.current) return
    el.value = formatCellValue(value)
    shown.current = value
    reject(null)
  })

  const commit = (raw: string) => {
    const parsed = parseCell(raw, cell.valueType, cell.maxDecimals)
    if (!parsed.ok) return reject(parsed.message)
    reject(null)
    shown.current = parsed.value
    if (getValues(path) === parsed.value) return
    committing.current = true
    try {
      setValue(path, parsed.value)
    } finally {
      committing.current = false
    }
  }

  const onBlur = (e: { currentTarget: HTMLInputElement }) => {
    editing.current = false
    if (rejectedRef.current) editor.notify(`${cell.label}：${rejectedRef.current}，已恢复为原值`, 'error')
    // What was typed is shown as the report holds it ("1,234" → 1234; a rejected text → the old value).
    shown.current = getValues(path)
    e.currentTarget.value = formatCellValue(shown.current)
    reject(null)
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (composing.current || e.nativeEvent.isComposing) return
    const el = e.currentTarget
    if (e.key === 'Escape') {
      e.preventDefault()
      el.value = formatCellValue(entry.current)
      commit(el.value)
      editing.current = false
      el.select()
      return
    }
    if (e.key === 'F2') {
      e.preventDefault()
      editInPlace(el)
      return
    }
    if (editing.current && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) return
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
    const clip = readClipboardGrid(e.clipboardData)
    if (!clip) return // one value: the input takes it
    e.preventDefault()
    void paste(id, clip)
  }

  const editInPlace = (el: HTMLInputElement) => {
    editing.current = true
    el.setSelectionRange(el.value.length, el.value.length)
  }

  // A click selects the whole content, also on the cell that already has the focus (typing then
  // replaces it); in edit mode a click places the caret as usual.
  const onMouseDown = (e: MouseEvent<HTMLInputElement>) => {
    const el = e.currentTarget
    if (editing.current && document.activeElement === el) return
    e.preventDefault()
    el.focus()
    el.select()
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
      onFocus={(e) => {
        entry.current = getValues(path)
        editing.current = false
        e.currentTarget.select()
      }}
      onMouseDown={onMouseDown}
      onDoubleClick={(e) => editInPlace(e.currentTarget)}
      onBlur={onBlur}
      onKeyDown={onKeyDown}
      onPaste={onPaste}
    />
  )
})
