// 撤销 and 重做 for the open report, and their keys: Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z (⌘ on a Mac).
import { useEffect, useSyncExternalStore } from 'react'
import './undo-buttons.css'
import type { UndoHistory } from './undo-history'

export function UndoButtons({ history }: { history: UndoHistory }) {
  const { canUndo, canRedo } = useSyncExternalStore(history.subscribe, history.state)
  // mousedown default kept away: the focused field stays focused, so its run is flushed by undo itself.
  return (
    <div className="undo-buttons">
      <button type="button" disabled={!canUndo} title="撤销（Ctrl+Z）" onMouseDown={(e) => e.preventDefault()} onClick={() => history.undo()}>撤销</button>
      <button type="button" disabled={!canRedo} title="重做（Ctrl+Y）" onMouseDown={(e) => e.preventDefault()} onClick={() => history.redo()}>重做</button>
    </div>
  )
}

/** The undo keys anywhere on the open report's pages (not inside a dialog, not while composing). */
export function useUndoKeys(history: UndoHistory, active: boolean): void {
  useEffect(() => {
    if (!active) return
    const onKey = (e: KeyboardEvent) => {
      if (e.isComposing || !(e.ctrlKey || e.metaKey) || e.altKey) return
      if (e.target instanceof Element && e.target.closest('dialog, [role="dialog"]')) return
      const key = e.key.toLowerCase()
      const redo = key === 'y' || (key === 'z' && e.shiftKey)
      if (key !== 'z' && key !== 'y') return
      e.preventDefault()
      if (redo) history.redo()
      else history.undo()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [history, active])
}
