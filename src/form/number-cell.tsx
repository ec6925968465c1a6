// One input cell of a statistical table. Uncontrolled text while the user types (IME-safe:
// nothing is parsed during composition), parsed by the domain's parseCell on every committed
// change; a rejected value keeps the last good one in the report and says why.
import { memo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import { parseCell } from '@/report/cell-parser'
import { formatCellValue } from '@/report/format'
import { inputCell, TABLE_IDS } from '@/report/tables/registry'
import { cellId, parseCellId, type InputCell, type TableId } from '@/report/tables/table-def'
import { cellPath, type FormValues } from './form-values'
import { useCellIssues } from './issue-store'
import { useEditor } from './report-context'
import { moveFocus, pasteBlock } from './grid-keyboard'

interface Props {
  table: TableId
  cell: InputCell
  r: number
  c: number
}

export const NumberCell = memo(function NumberCell({ table, cell, r, c }: Props) {
  const { control, setValue, getValues } = useFormContext<FormValues>()
  const editor = useEditor()
  const path = cellPath(table, cell)
  const id = cellId(table, cell)
  const value = useWatch({ control, name: path })
  const [draft, setDraft] = useState<string | null>(null)
  const [rejected, setRejected] = useState<string | null>(null)
  const composing = useRef(false)
  const ruleMessages = useCellIssues(editor.issues, id)

  const commit = (raw: string) => {
    const parsed = parseCell(raw, cell.valueType, cell.maxDecimals)
    setDraft(raw)
    if (!parsed.ok) {
      setRejected(parsed.message)
      return
    }
    setRejected(null)
    if (getValues(path) !== parsed.value) setValue(path, parsed.value)
  }

  const onBlur = () => {
    if (rejected) editor.notify(`${cell.label}：${rejected}，已恢复为原值`, 'error')
    setDraft(null)
    setRejected(null)
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
      const target = ref ? TABLE_IDS.find((t) => t === ref.table) : undefined
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
      className={`cell-input${message ? ' has-error' : ''}`}
      data-cell-id={id}
      data-r={r}
      data-c={c}
      data-value-type={cell.valueType}
      aria-label={cell.label}
      aria-invalid={message ? true : undefined}
      title={message || cell.label}
      inputMode={cell.valueType === 'integer' ? 'numeric' : 'decimal'}
      autoComplete="off"
      value={draft ?? formatCellValue(value)}
      placeholder="—"
      onChange={(e) => (composing.current ? setDraft(e.target.value) : commit(e.target.value))}
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
