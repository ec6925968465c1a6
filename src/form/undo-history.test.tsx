import { act, renderHook } from '@testing-library/react'
import { useForm } from 'react-hook-form'
import { describe, expect, it } from 'vitest'
import { balancedReport } from '@/report/fixtures/balanced'
import { TABLES } from '@/report/tables/registry'
import { cellPath, toFormValues, type FormValues } from './form-values'
import { createUndoHistory } from './undo-history'

function setup() {
  const { result } = renderHook(() => useForm<FormValues>({ defaultValues: toFormValues(balancedReport()) }))
  const form = result.current
  return { form, history: createUndoHistory(form) }
}

const path = (rowId: string, colId: string) => cellPath('table3', { rowId, colId })

describe('createUndoHistory', () => {
  it('undoes a many-cell action as one step, restoring exactly the cells it changed', () => {
    const { form, history } = setup()
    const before = structuredClone(form.getValues())
    const writes = TABLES.table3.inputs.map((c, i) => ({ path: cellPath('table3', c), value: i % 3 === 0 ? 7 : form.getValues(cellPath('table3', c)) }))
    writes.push({ path: path('granted', 'total'), value: 99 })
    let changed = 0
    act(() => { changed = history.apply(writes) })
    expect(changed).toBeGreaterThan(10)
    expect(form.getValues(path('granted', 'total'))).toBe(99)
    act(() => { history.undo() })
    expect(form.getValues()).toEqual(before)
    act(() => { history.redo() })
    expect(form.getValues(path('newReceived', 'naturalPerson'))).toBe(7)
    expect(history.state()).toEqual({ canUndo: true, canRedo: false })
  })

  it('takes a run of typing from focus to blur as one step, and undo while focused ends the run first', () => {
    const { form, history } = setup()
    const input = document.createElement('input')
    input.dataset.cellId = 'table3/granted/naturalPerson'
    document.body.append(input)
    const stop = history.watchFocus(document)
    const start = form.getValues(path('granted', 'naturalPerson'))
    input.focus()
    act(() => { form.setValue(path('granted', 'naturalPerson'), 1); form.setValue(path('granted', 'naturalPerson'), 12) })
    act(() => { history.apply([{ path: path('partial', 'research'), value: 5 }]) })
    act(() => { form.setValue(path('granted', 'naturalPerson'), 123) })
    act(() => { history.undo() })
    expect(form.getValues(path('granted', 'naturalPerson'))).toBe(12)
    act(() => { history.undo() })
    expect(form.getValues(path('partial', 'research'))).not.toBe(5)
    act(() => { history.undo() })
    expect(form.getValues(path('granted', 'naturalPerson'))).toBe(start)
    input.blur()
    expect(history.state().canUndo).toBe(false)
    stop()
    input.remove()
  })
})
