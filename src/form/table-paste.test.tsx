// The paste when its code cannot be loaded (offline before the service worker cached it, or a
// deploy replaced the chunk): the user is told, nothing is written; the next paste tries again.
import { act, renderHook } from '@testing-library/react'
import { useState, type ReactNode } from 'react'
import { FormProvider, useForm, useFormContext } from 'react-hook-form'
import { describe, expect, it, vi } from 'vitest'
import { balancedReport } from '@/report/fixtures/balanced'
import { clipGridFromText } from '@/report/paste/clip-grid'
import { TABLES } from '@/report/tables/registry'
import { toFormValues, type FormValues } from './form-values'
import type { IssueStore } from './issue-store'
import { EditorContext } from './report-context'
import { PasteProvider, usePaste } from './table-paste'
import { createUndoHistory } from './undo-history'

/** Whether the placement chunk fails to load, as a dynamic import does offline. */
const offline = vi.hoisted(() => ({ now: true }))
vi.mock('@/report/paste/place-paste', async (importOriginal) => {
  if (offline.now) throw new TypeError('Failed to fetch dynamically imported module: /assets/place-paste.js')
  return importOriginal()
})

function setup() {
  const notify = vi.fn()
  const apply = vi.fn()
  function Wrapper({ children }: { children: ReactNode }) {
    const form = useForm<FormValues>({ defaultValues: toFormValues(balancedReport()) })
    const [editor] = useState(() => {
      const history = createUndoHistory(form)
      const track: typeof history.apply = (writes) => { apply(writes); return history.apply(writes) }
      return { issues: {} as IssueStore, history: { ...history, apply: track }, goTo: () => {}, notify }
    })
    return (
      <FormProvider {...form}>
        <EditorContext.Provider value={editor}>
          <PasteProvider def={TABLES.table3}>{children}</PasteProvider>
        </EditorContext.Provider>
      </FormProvider>
    )
  }
  const { result } = renderHook(() => ({ paste: usePaste(), form: useFormContext<FormValues>() }), { wrapper: Wrapper })
  return {
    paste: () => act(() => result.current.paste('table3/newReceived/naturalPerson', clipGridFromText('11\t12'))),
    notify,
    apply,
    values: () => result.current.form.getValues(),
  }
}

describe('a paste whose code cannot be loaded', () => {
  it('says so in Chinese and writes nothing; once the code loads, the next paste writes', async () => {
    const { paste, notify, apply, values } = setup()
    const before = structuredClone(values())
    await paste()
    expect(notify).toHaveBeenCalledWith(expect.stringContaining('未能粘贴：粘贴组件未能加载'), 'error')
    expect(apply).not.toHaveBeenCalled()
    expect(values()).toEqual(before)

    offline.now = false
    notify.mockClear()
    await paste()
    expect(apply).toHaveBeenCalledTimes(1)
    expect(notify).not.toHaveBeenCalledWith(expect.stringContaining('未能加载'), 'error')
  })
})
