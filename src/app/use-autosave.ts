// Saves every change to the browser, debounced (≤ 300 ms), without re-rendering the form:
// it subscribes to react-hook-form's watch callback instead of watching values in render.
import { useEffect, useRef, useState } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { fromFormValues, type FormValues } from '@/form/form-values'
import { saveDraft, type SaveResult } from '@/lib/draft-storage'

export const AUTOSAVE_DELAY_MS = 250

export function useAutosave(form: UseFormReturn<FormValues>, enabled: boolean) {
  const [last, setLast] = useState<SaveResult | null>(null)
  const timer = useRef<number | undefined>(undefined)
  useEffect(() => {
    if (!enabled) return
    const flush = () => {
      window.clearTimeout(timer.current)
      timer.current = undefined
      setLast(saveDraft(fromFormValues(form.getValues())))
    }
    const sub = form.watch(() => {
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(flush, AUTOSAVE_DELAY_MS)
    })
    // A closing tab must not drop the last keystrokes.
    const onHide = () => {
      if (timer.current !== undefined) flush()
    }
    window.addEventListener('pagehide', onHide)
    document.addEventListener('visibilitychange', onHide)
    return () => {
      sub.unsubscribe()
      window.removeEventListener('pagehide', onHide)
      document.removeEventListener('visibilitychange', onHide)
      if (timer.current !== undefined) flush()
    }
  }, [form, enabled])
  return { last, saveNow: () => setLast(saveDraft(fromFormValues(form.getValues()))) }
}
