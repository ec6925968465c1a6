// Saves every change to the browser, debounced (≤ 300 ms), without re-rendering the form: it
// subscribes to react-hook-form's watch callback instead of watching values in render.
// Two tabs: each save checks that the stored draft is still the one this tab last saw; if
// another tab saved in between (or a storage event says so), saving pauses and the user chooses.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import type { FormValues } from '@/form/form-values'
import type { Report } from '@/report/schema'
import { DRAFT_KEY, saveDraft, storedSavedAt, type SaveResult } from '@/lib/draft-storage'

const AUTOSAVE_DELAY_MS = 250

export function useAutosave(form: UseFormReturn<FormValues>, currentReport: () => Report, enabled: boolean, loadedSavedAt: string | null) {
  const [last, setLast] = useState<SaveResult | null>(null)
  const [conflict, setConflict] = useState(false)
  const known = useRef<string | null>(loadedSavedAt)
  const timer = useRef<number | undefined>(undefined)

  const save = useCallback((force = false) => {
    window.clearTimeout(timer.current)
    timer.current = undefined
    const result = saveDraft(currentReport(), force ? undefined : known.current)
    if (result.ok) known.current = result.savedAt
    if (!result.ok && result.conflict) setConflict(true)
    setLast(result)
    return result
  }, [currentReport])

  useEffect(() => {
    if (!enabled || conflict) return
    const sub = form.watch(() => {
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(() => save(), AUTOSAVE_DELAY_MS)
    })
    // A closing tab must not drop the last keystrokes.
    const onHide = () => {
      if (timer.current !== undefined) save()
    }
    window.addEventListener('pagehide', onHide)
    document.addEventListener('visibilitychange', onHide)
    return () => {
      sub.unsubscribe()
      window.removeEventListener('pagehide', onHide)
      document.removeEventListener('visibilitychange', onHide)
      window.clearTimeout(timer.current)
      timer.current = undefined
    }
  }, [form, enabled, conflict, save])

  // Another tab wrote the draft: tell the user now rather than at this tab's next save.
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== DRAFT_KEY || e.newValue === null) return
      if (storedSavedAt() !== known.current) setConflict(true)
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [])

  return {
    last,
    conflict,
    /** Keep this tab's report: overwrite the stored draft and resume autosave. */
    keepMine: () => {
      if (save(true).ok) setConflict(false)
    },
    /** Adopt the stored draft (the caller resets the form to it) and resume autosave. */
    adopted: (savedAt: string | null) => {
      known.current = savedAt
      setConflict(false)
      setLast(null)
    },
    saveNow: () => save(true),
  }
}
