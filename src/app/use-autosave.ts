// Saves every change of the open report to IndexedDB with strict durability, within 300 ms of the
// keystroke (report-file.md §6): 100 ms after the user pauses (no change, key or click:
// lib/after-pause.ts), at least every 200 ms while the user keeps typing without a pause, and at
// once when the tab is hidden or closed; each time in the next idle moment (at most 50 ms later),
// so that a save never lands in a keystroke's frame. It listens through
// react-hook-form's watch callback, so typing never re-renders for it.
// Before the first change after an idle spell, the state before it is kept as a version. A save
// that finds another tab's newer revision pauses saving until the user chooses (ConflictBanner).
import { useCallback, useEffect, useMemo, useRef } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import type { FormValues } from '@/form/form-values'
import type { Issue } from '@/report/issue'
import type { Report } from '@/report/schema'
import { IDLE_VERSION_MS } from '@/lib/version-policy'
import { clearPending, writePending } from '@/lib/pending-save'
import { afterPause, type PauseTask } from '@/lib/after-pause'
import { whenIdle } from '@/lib/when-idle'
import { addVersion, saveReport } from '@/lib/workspace'
import type { WorkspaceDB } from '@/lib/workspace-db'
import { createSaveStatusStore, useSetSaveStatus } from './save-status'
import { announceSaved, onWorkspaceMessage } from './workspace-channel'

type SaveExtra = { baseline?: Report | null; findings?: Issue[]; force?: boolean }

const QUIET_MS = 100
const MAX_WAIT_MS = 200
const IDLE_WAIT_MS = 50

interface Options {
  db: WorkspaceDB | null
  form: UseFormReturn<FormValues>
  currentReport(): Report
  /** The open report: its id, the revision it was loaded at, and the report as loaded. */
  opened: { id: string; revision: number; report: Report } | null
}

export function useAutosave({ db, form, currentReport, opened }: Options) {
  // Kept with the report it belongs to: another report opened starts as 'idle' without a reset.
  const statusStore = useMemo(() => createSaveStatusStore(), [])
  const setStatus = useSetSaveStatus(statusStore, opened?.id ?? null)
  const state = useRef({
    revision: 0,
    savedJson: '',
    saved: null as Report | null,
    lastChange: 0,
    versionDue: false,
    /** A change not yet saved (waiting for its pause or its idle moment). */
    due: false,
    pause: null as PauseTask | null,
    running: null as Promise<void> | null,
    paused: false,
    /** Paused because another tab saved this report since (not merely suspended for a reset). */
    conflict: false,
    /** The last save failed (storage full, unavailable): what the form holds may not be stored. */
    failing: false,
  })

  // A newly opened report: what is stored is what the form holds.
  useEffect(() => {
    const s = state.current
    s.pause?.cancel()
    Object.assign(s, {
      revision: opened?.revision ?? 0, saved: opened?.report ?? null, savedJson: opened ? JSON.stringify(opened.report) : '',
      lastChange: 0, versionDue: false, due: false, paused: false, conflict: false, failing: false,
    })
  }, [opened])

  const latestRun = useRef<((extra?: SaveExtra) => Promise<void>) | null>(null)
  const run = useCallback(async (extra?: SaveExtra): Promise<void> => {
    const s = state.current
    s.pause?.cancel()
    s.due = false
    // One save at a time: a later one waits for the one in flight, then saves what is newer.
    while (s.running) await s.running
    if (!db || !opened || (s.paused && !extra?.force)) return
    const report = currentReport()
    const json = JSON.stringify(report)
    // A reset (opening, restoring) fires the watch too: nothing to save when nothing changed.
    if (json === s.savedJson && !extra) return
    s.running = (async () => {
      if (s.versionDue && s.saved) {
        s.versionDue = false
        await addVersion(db, opened.id, 'idle', s.saved).catch(() => false)
      }
      const out = await saveReport(db, opened.id, report, s.revision, extra)
      if (out.ok) {
        Object.assign(s, { revision: out.revision, savedJson: json, saved: report, paused: false, conflict: false, failing: false })
        clearPending(opened.id)
        announceSaved(opened.id, out.revision)
        setStatus({ kind: 'saved', at: out.savedAt })
      } else if (out.kind === 'conflict') {
        s.paused = true
        s.conflict = true
        setStatus({ kind: 'conflict' })
      } else {
        // Kept synchronously outside IndexedDB too, so a restart still has these edits (pending-save.ts).
        s.failing = true
        writePending(opened.id, s.revision, report)
        setStatus({ kind: 'failed', reason: out.reason })
      }
    })()
    try {
      await s.running
    } finally {
      s.running = null
    }
  }, [db, opened, currentReport, setStatus])

  useEffect(() => {
    if (!db || !opened) return
    const s = state.current
    // One pause for the hook's life, saving through the latest run (as a timer set before a
    // re-render used to: a pending save is not dropped because the effect was renewed).
    latestRun.current = run
    const pause = (s.pause ??= afterPause(() => whenIdle(() => void latestRun.current?.(), IDLE_WAIT_MS), { quietMs: QUIET_MS, maxWaitMs: MAX_WAIT_MS }))
    const sub = form.watch(() => {
      const now = Date.now()
      if (now - s.lastChange > IDLE_VERSION_MS) s.versionDue = true
      s.lastChange = now
      s.due = true
      pause.changed()
    })
    // A closing or hidden tab saves at once, and keeps a synchronous copy in case the page is
    // gone before the transaction completes (applied at the next start, see pending-save.ts).
    const onHide = () => {
      if (!s.due && !s.running) return
      writePending(opened.id, s.revision, currentReport())
      void run()
    }
    window.addEventListener('pagehide', onHide)
    document.addEventListener('visibilitychange', onHide)
    // Another tab saved this report: stop before overwriting it.
    const stop = onWorkspaceMessage((m) => {
      if (m.type === 'saved' && m.id === opened.id && m.revision > s.revision) {
        s.paused = true
        s.conflict = true
        setStatus({ kind: 'conflict' })
      }
    })
    return () => {
      sub.unsubscribe()
      stop()
      window.removeEventListener('pagehide', onHide)
      document.removeEventListener('visibilitychange', onHide)
    }
  }, [db, opened, form, run, currentReport, setStatus])

  /** Saves whatever is pending now (before switching reports, exporting, closing). */
  const flush = useCallback(() => run(), [run])

  /** Saves now with more than the report: a new baseline or findings, or over another tab's save (force). */
  const saveWith = useCallback((extra: SaveExtra) => run(extra), [run])

  /** Stops saving until another report is opened (the form is about to be reset to it). */
  const suspend = useCallback(() => {
    const s = state.current
    s.pause?.cancel()
    s.due = false
    s.paused = true
  }, [])

  /** Whether the form holds edits that the failing saves did not store (asked before leaving the report). */
  const unsaved = useCallback(() => {
    const s = state.current
    return s.failing && JSON.stringify(currentReport()) !== s.savedJson
  }, [currentReport])

  /**
   * This tab's edits not saved because another tab saved the report meanwhile (the conflict is
   * still open), or null: leaving the report keeps them as a version rather than dropping them.
   */
  const conflictEdits = useCallback((): Report | null => {
    const s = state.current
    if (!s.conflict) return null
    const report = currentReport()
    return JSON.stringify(report) !== s.savedJson ? report : null
  }, [currentReport])

  return useMemo(() => ({ statusStore, flush, saveWith, suspend, unsaved, conflictEdits }), [statusStore, flush, saveWith, suspend, unsaved, conflictEdits])
}
