// The report open in the editor: which one it is, its baseline and import findings, and the
// operations that change which report the form holds (open, add, restore a version, resolve a
// conflict). Everything that replaces the form's content first saves what is pending and keeps
// the state it replaces as a version, so no content is ever lost.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useFormContext } from 'react-hook-form'
import { toFormValues, type FormValues } from '@/form/form-values'
import { useCurrentReport } from '@/form/use-report'
import type { Report } from '@/report/schema'
import {
  addVersion, createReport, loadReport, purgeIfUntouched, resubmitReport, setSetting, type NewReport, type OpenedReport,
} from '@/lib/workspace'
import type { ReportEntry, VersionReason, VersionRecord, WorkspaceDB } from '@/lib/workspace-db'
import { useAutosave } from './use-autosave'
import { announceChanged, announceSaved } from './workspace-channel'

type Notify = (message: string, tone?: 'info' | 'error') => void

/** A report held only in memory, when the browser gives the app no storage. */
export function memoryReport(input: NewReport): OpenedReport {
  const at = new Date().toISOString()
  const entry: ReportEntry = {
    id: 'memory', agency: input.report.meta.agency, year: input.report.meta.year, unitType: input.report.meta.unitType,
    createdAt: at, updatedAt: at, errors: null, warnings: null, deletedAt: null, origin: input.origin, source: input.source ?? null,
  }
  return { entry, revision: 0, report: input.report, baseline: input.baseline ?? null, findings: input.findings ?? [] }
}

/**
 * Asked before the form leaves a report whose edits are not stored (saves failing, or no storage
 * at all): true to leave. It offers 保存报告（下载文件）.
 */
export type AskLeave = (report: Report) => Promise<boolean>

export function useReportSession(db: WorkspaceDB | null, initial: OpenedReport, notify: Notify, askLeave: AskLeave) {
  const form = useFormContext<FormValues>()
  const currentReport = useCurrentReport()
  const [opened, setOpenedState] = useState<OpenedReport>(initial)
  // The handlers below read the open report after awaits, when a render may not have happened yet.
  const openedRef = useRef(initial)
  const setOpened = useCallback((next: OpenedReport) => {
    openedRef.current = next
    setOpenedState(next)
  }, [])
  // Which report the form holds, updated before the form is reset: the checks that a reset runs
  // at once must count for the report they checked, not the one shown before it.
  const formReportId = useRef(opened.entry.id)
  // Changes only when another report (or another tab's state of it) is loaded, not with its baseline.
  const { entry: { id: openedId }, revision: loadedRevision, report: loadedReport } = opened
  const key = useMemo(() => ({ id: openedId, revision: loadedRevision, report: loadedReport }), [openedId, loadedRevision, loadedReport])
  const autosave = useAutosave({ db, form, currentReport, opened: db ? key : null })

  /** Edits the workspace does not hold: saves failing, or (no storage) anything changed since opening. */
  const unsaved = useCallback(
    () => (db ? autosave.unsaved() : JSON.stringify(currentReport()) !== JSON.stringify(openedRef.current.report)),
    [db, autosave, currentReport],
  )

  /** Before the form holds another report: a last save, then, if edits would be left unsaved, ask. */
  const mayLeave = useCallback(async () => {
    await autosave.flush()
    // Edits held back by a save conflict (another tab saved this report meanwhile) are not lost
    // by leaving: they become a version of the report, as 载入另一标签页的内容 would keep them.
    const held = autosave.conflictEdits()
    if (held && db) {
      // false: the same content is already the newest version.
      const added = await addVersion(db, openedRef.current.entry.id, 'before-replace', held).catch(() => null)
      if (added === null) return askLeave(held)
      if (added) notify('本页尚未保存的修改（另一标签页同时保存了这份报告）已另存为该报告的一个历史版本')
    }
    return !unsaved() || askLeave(currentReport())
  }, [db, autosave, unsaved, askLeave, currentReport, notify])

  // Closing or reloading the tab with edits not stored: the browser asks (its own wording).
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!unsaved()) return
      e.preventDefault()
      e.returnValue = ''
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [unsaved])

  /** Shows another report in the form; a new report left untouched is removed again. */
  const show = useCallback(async (next: OpenedReport) => {
    const previous = openedRef.current
    await autosave.flush()
    autosave.suspend()
    formReportId.current = next.entry.id
    form.reset(toFormValues(next.report))
    setOpened(next)
    if (!db) return
    void setSetting(db, 'lastOpen', next.entry.id)
    if (previous.entry.id !== next.entry.id && await purgeIfUntouched(db, previous.entry.id)) announceChanged()
  }, [db, form, autosave, setOpened])

  const load = useCallback(async (id: string): Promise<boolean> => {
    if (!db) return false
    if (id === openedRef.current.entry.id) return true
    await autosave.flush()
    const loaded = await loadReport(db, id)
    if (!loaded) {
      notify('找不到此报告：它可能已在另一个标签页中删除', 'error')
      return false
    }
    if (!loaded.ok) {
      notify(`此报告的数据已损坏，无法打开（${loaded.reason}）。它仍保存在“我的报告”中，没有被删除。`, 'error')
      return false
    }
    await show(loaded.opened)
    return true
  }, [db, autosave, show, notify])

  const openById = useCallback(async (id: string): Promise<boolean> => {
    if (id !== openedRef.current.entry.id && !await mayLeave()) return false
    return load(id)
  }, [mayLeave, load])

  /** Adds a report to 我的报告 and opens it. */
  const add = useCallback(async (input: NewReport, reason: VersionReason): Promise<boolean> => {
    if (!await mayLeave()) return false
    if (!db) {
      await show(memoryReport(input))
      return true
    }
    try {
      const id = await createReport(db, input, reason)
      announceChanged()
      return load(id)
    } catch {
      notify('无法把报告存入浏览器（存储空间可能已满）：请先“保存报告”下载当前报告，再清理浏览器存储。', 'error')
      return false
    }
  }, [db, show, mayLeave, load, notify])

  /**
   * A file of a unit and year already kept becomes a new version of that report (its earlier
   * content, with any edit just saved, stays in 历史版本), and the report is opened.
   */
  const resubmit = useCallback(async (id: string, input: Required<Pick<NewReport, 'report' | 'findings'>> & { source: string }): Promise<boolean> => {
    if (!db || !await mayLeave()) return false
    try {
      await resubmitReport(db, id, { ...input, counts: null })
      announceChanged()
    } catch {
      notify('无法把新版本存入浏览器（存储空间可能已满）：请先“保存报告”下载当前报告，再清理浏览器存储。', 'error')
      return false
    }
    const loaded = await loadReport(db, id)
    if (!loaded?.ok) return false
    // Another tab with this report open learns of the new content (and stops before overwriting it).
    announceSaved(id, loaded.opened.revision)
    await show(loaded.opened)
    return true
  }, [db, mayLeave, notify, show])

  const setBaseline = useCallback(async (baseline: Report | null) => {
    setOpened({ ...openedRef.current, baseline })
    await autosave.saveWith({ baseline })
  }, [autosave, setOpened])

  /** Keeps the current state as a version (at each Word export, before a restore). */
  const keepVersion = useCallback(async (reason: VersionReason, report: Report = currentReport()) => {
    if (!db) return
    await autosave.flush()
    await addVersion(db, openedRef.current.entry.id, reason, report).catch(() => false)
  }, [db, autosave, currentReport])

  /** Restores a version; the state it replaces becomes a version too. */
  const restore = useCallback(async (version: VersionRecord, replace: (values: FormValues) => void = (v) => form.reset(v)) => {
    await keepVersion('before-restore')
    replace(toFormValues(version.report))
    await autosave.saveWith({})
    notify('已恢复所选版本；恢复前的内容已另存为一个版本，可随时再恢复')
  }, [keepVersion, form, autosave, notify])

  /** Conflict: take what the other tab saved; this tab's content is kept as a version first. */
  const loadOther = useCallback(async () => {
    if (!db) return
    const mine = currentReport()
    const loaded = await loadReport(db, openedRef.current.entry.id)
    if (!loaded?.ok) return notify('另一标签页的内容无法读取，已保留本页内容', 'error')
    await addVersion(db, loaded.opened.entry.id, 'before-replace', mine).catch(() => false)
    autosave.suspend()
    form.reset(toFormValues(loaded.opened.report))
    setOpened(loaded.opened)
    notify('已载入另一标签页保存的内容；本页原来的内容已另存为一个历史版本')
  }, [db, currentReport, autosave, form, notify, setOpened])

  /** Conflict: keep this tab's content; what the other tab saved is kept as a version first. */
  const keepMine = useCallback(async () => {
    if (!db) return
    const stored = await loadReport(db, openedRef.current.entry.id)
    if (stored?.ok) await addVersion(db, stored.opened.entry.id, 'before-replace', stored.opened.report).catch(() => false)
    await autosave.saveWith({ force: true })
    notify('已保留本页内容；另一标签页保存的内容已另存为一个历史版本')
  }, [db, autosave, notify])

  const currentId = useCallback(() => formReportId.current, [])

  return useMemo(
    () => ({ opened, autosave, openById, add, resubmit, setBaseline, keepVersion, restore, loadOther, keepMine, currentReport, currentId }),
    [opened, autosave, openById, add, resubmit, setBaseline, keepVersion, restore, loadOther, keepMine, currentReport, currentId],
  )
}

