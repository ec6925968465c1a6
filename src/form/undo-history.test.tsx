import { act, renderHook } from '@testing-library/react'
import { useForm } from 'react-hook-form'
import { describe, expect, it } from 'vitest'
import { balancedReport } from '@/report/fixtures/balanced'
import { TABLES } from '@/report/tables/registry'
import { cellPath, hasPublishedTotals, publishedTotalPaths, toFormValues, type FormValues } from './form-values'
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

  it('dropping stated totals (改用自动计算的合计) is one step that undo reverses', () => {
    const { form, history } = setup()
    act(() => { history.apply([{ path: path('granted', 'total'), value: 99 }, { path: path('totalResults', 'naturalPerson'), value: 5 }]) })
    history.clear()
    const drop = () => history.apply(publishedTotalPaths(TABLES.table3, form.getValues('table3')).map((p) => ({ path: p, value: undefined })))
    let dropped = 0
    act(() => { dropped = drop() })
    expect(dropped).toBe(2)
    expect(hasPublishedTotals(TABLES.table3, form.getValues('table3'))).toBe(false)
    act(() => { history.undo() })
    expect(form.getValues(path('granted', 'total'))).toBe(99)
    expect(form.getValues(path('totalResults', 'naturalPerson'))).toBe(5)
    expect(history.state()).toEqual({ canUndo: false, canRedo: true })
  })

  it('writes one field (an inserted sentence) as one step', () => {
    const { form, history } = setup()
    const before = form.getValues('overview.proactive')
    act(() => { history.applyField('overview.proactive', `${before}\n新句子`) })
    expect(form.getValues('overview.proactive')).toBe(`${before}\n新句子`)
    act(() => { history.undo() })
    expect(form.getValues('overview.proactive')).toBe(before)
    act(() => { history.redo() })
    expect(form.getValues('overview.proactive')).toMatch(/新句子$/)
  })
})
