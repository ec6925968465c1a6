import { act, renderHook } from '@testing-library/react'
import { useForm } from 'react-hook-form'
import { describe, expect, it, vi } from 'vitest'
import { balancedReport } from '@/report/fixtures/balanced'
import type { ReactNode } from 'react'
import { CellStoreContext, createCellStore, useCellsEffect } from './cell-store'
import { cellPath, toFormValues, type FormValues } from './form-values'

const granted = cellPath('table3', { rowId: 'granted', colId: 'naturalPerson' })
const denied = cellPath('table3', { rowId: 'denied.stateSecret', colId: 'naturalPerson' })

function setup() {
  const { result } = renderHook(() => useForm<FormValues>({ defaultValues: toFormValues(balancedReport()) }))
  const form = result.current
  return { form, store: createCellStore(form) }
}

describe('createCellStore', () => {
  it('calls a listener for its own cells only, and reads the current value', () => {
    const { form, store } = setup()
    const mine = vi.fn()
    const other = vi.fn()
    store.subscribe([granted], mine)
    store.subscribe([denied], other)
    act(() => form.setValue(granted, 41))
    expect(mine).toHaveBeenCalledTimes(1)
    expect(other).not.toHaveBeenCalled()
    expect(store.get(granted)).toBe(41)
    act(() => form.setValue(denied, 2)) // a row id with a dot: the escaped path still matches
    expect(other).toHaveBeenCalledTimes(1)
    expect(mine).toHaveBeenCalledTimes(1)
  })

  it('calls every listener when the form is reset or a whole table is set', () => {
    const { form, store } = setup()
    const a = vi.fn()
    const b = vi.fn()
    store.subscribe([granted], a)
    store.subscribe([denied], b)
    act(() => form.reset(toFormValues(balancedReport())))
    expect(a).toHaveBeenCalled()
    expect(b).toHaveBeenCalled()
    a.mockClear()
    act(() => form.setValue('table3', {}))
    expect(a).toHaveBeenCalledTimes(1)
    expect(store.get(granted)).toBeUndefined()
  })

  it('stops calling a listener once it unsubscribes, and leaves the form when the last one goes', () => {
    const { form, store } = setup()
    const watch = vi.spyOn(form, 'watch')
    const a = vi.fn()
    const b = vi.fn()
    const offA = store.subscribe([granted], a)
    const offB = store.subscribe([granted], b)
    expect(watch).toHaveBeenCalledTimes(1) // one form subscription for all listeners
    offA()
    act(() => form.setValue(granted, 12345))
    expect(a).not.toHaveBeenCalled()
    expect(b).toHaveBeenCalledTimes(1)
    offB()
    store.subscribe([denied], vi.fn())
    expect(watch).toHaveBeenCalledTimes(2) // it had let go, and listens again
  })
})

describe('useCellsEffect', () => {
  it('shows the values before the first paint and after each change of its cells, with the latest callback', () => {
    const { form, store } = setup()
    const wrapper = ({ children }: { children: ReactNode }) => <CellStoreContext.Provider value={store}>{children}</CellStoreContext.Provider>
    const paths = [granted, denied] as const
    const seen: unknown[] = []
    const { rerender, unmount } = renderHook(({ tag }) => useCellsEffect(paths, (values) => seen.push([tag, ...values])), {
      wrapper,
      initialProps: { tag: 'first' },
    })
    const start = [form.getValues(granted), form.getValues(denied)]
    expect(seen).toEqual([['first', ...start]])
    rerender({ tag: 'second' })
    act(() => form.setValue(granted, 12345))
    expect(seen.at(-1)).toEqual(['second', 12345, start[1]])
    const count = seen.length
    act(() => form.setValue(cellPath('table3', { rowId: 'partial', colId: 'commercial' }), 999))
    expect(seen).toHaveLength(count) // not one of its cells
    unmount()
    act(() => form.setValue(granted, 1))
    expect(seen).toHaveLength(count)
  })
})
