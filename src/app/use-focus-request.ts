// After navigating to a page, focus the cell or field a check result points at.
import { useCallback, useEffect, useRef } from 'react'
import type { PageId } from '@/form/report-context'

export function useFocusRequest(page: PageId) {
  const pending = useRef<string | undefined>(undefined)
  const focus = useCallback(() => {
    const target = pending.current
    if (!target) return
    const el = document.querySelector<HTMLElement>(
      `[data-cell-id="${CSS.escape(target)}"], [data-field="${CSS.escape(target)}"]`,
    )
    if (!el) return
    pending.current = undefined
    el.scrollIntoView({ block: 'center' })
    el.focus()
  }, [])
  useEffect(() => {
    focus()
  }, [page, focus])
  const requestFocus = useCallback((target?: string) => {
    pending.current = target
    // Same page: the effect will not run again, so focus on the next frame.
    requestAnimationFrame(focus)
  }, [focus])
  return { requestFocus }
}
