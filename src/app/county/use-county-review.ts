// The current county review: which reports of 我的报告 it holds (kept in the workspace settings, so
// a reload keeps it), the files that could not be read, and the batch reading in progress. Files
// are read and checked in Web Workers; each readable one becomes a report of 我的报告.
import { useCallback, useEffect, useRef, useState } from 'react'
import { issueCounts } from '@/report/issue'
import type { Report } from '@/report/schema'
import { agencyYearKey } from '@/report/county/cross-checks'
import { createReport, getSetting, listEntries, loadReport, setSetting } from '@/lib/workspace'
import type { WorkspaceDB } from '@/lib/workspace-db'
import { announceChanged } from '../workspace-channel'
import { CheckPool } from './check-pool'
import { reviewRows, type ReviewRow, type ReviewSource } from './review-rows'
import { agencyLabel } from '@/report/format'

const SETTING = 'countyReview'

export interface FailedFile {
  name: string
  reason: string
}

interface Saved {
  ids: string[]
  failed: FailedFile[]
}

export interface Progress {
  done: number
  total: number
  /** The last results, newest first (a line per file). */
  recent: { name: string; ok: boolean; text: string }[]
}

export function useCountyReview(db: WorkspaceDB) {
  const pool = useRef<CheckPool | null>(null)
  const sources = useRef<ReviewSource[]>([])
  const [rows, setRows] = useState<ReviewRow[] | null>(null)
  const [failed, setFailed] = useState<FailedFile[]>([])
  const [progress, setProgress] = useState<Progress | null>(null)

  const poolOf = () => (pool.current ??= new CheckPool())
  useEffect(() => () => pool.current?.close(), [])

  /** Last year's reports of the review's agencies that 我的报告 holds besides them. */
  const context = useCallback(async (list: ReviewSource[]): Promise<Report[]> => {
    const inReview = new Set(list.map((s) => s.id))
    const wanted = new Set(list.map((s) => agencyYearKey(s.report.meta.agency, s.report.meta.year - 1)))
    const entries = (await listEntries(db)).filter((e) => !inReview.has(e.id) && wanted.has(agencyYearKey(e.agency, e.year)))
    const loaded = await Promise.all(entries.map((e) => loadReport(db, e.id)))
    return loaded.flatMap((l) => (l?.ok ? [l.opened.report] : []))
  }, [db])

  const rebuild = useCallback(async (list: ReviewSource[], failedFiles: FailedFile[]) => {
    sources.current = list
    setRows(reviewRows(list, await context(list)))
    setFailed(failedFiles)
    await setSetting(db, SETTING, { ids: list.map((s) => s.id), failed: failedFiles } satisfies Saved)
  }, [db, context])

  // The review as it was left: its reports re-checked in the workers.
  useEffect(() => {
    let cancelled = false
    void (async () => {
      const saved = (await getSetting<Saved>(db, SETTING)) ?? { ids: [], failed: [] }
      const loaded = await Promise.all(saved.ids.map(async (id): Promise<ReviewSource | null> => {
        const stored = await loadReport(db, id)
        if (!stored?.ok || stored.opened.entry.deletedAt) return null
        const { report, findings, entry } = stored.opened
        const issues = (await poolOf().checkReport(report)) ?? []
        return { id, fileName: entry.source, report, issues: [...issues, ...findings], receivedAt: entry.createdAt }
      }))
      const list = loaded.filter((s): s is ReviewSource => s !== null)
      if (!cancelled) {
        sources.current = list
        setRows(reviewRows(list, await context(list)))
        setFailed(saved.failed)
      }
    })()
    return () => {
      cancelled = true
    }
  }, [db, context])

  /** Reads the files in parallel; every readable one is added to 我的报告 and to the review. */
  const addFiles = useCallback(async (files: File[]) => {
    if (files.length === 0) return
    let done = 0
    const recent: Progress['recent'] = []
    setProgress({ done, total: files.length, recent })
    const added: ReviewSource[] = []
    const failedNow: FailedFile[] = []
    await Promise.all(files.map(async (file) => {
      const check = await poolOf().checkFile(file)
      if (check.ok) {
        try {
          const id = await createReport(db, { report: check.report, findings: check.findings, origin: 'file', source: file.name, counts: issueCounts(check.issues) }, 'import')
          added.push({ id, fileName: file.name, report: check.report, issues: check.issues, receivedAt: new Date().toISOString() })
          recent.unshift({ name: file.name, ok: true, text: `${agencyLabel(check.report.meta.agency)} ${check.report.meta.year}年` })
        } catch {
          failedNow.push({ name: file.name, reason: '无法存入浏览器（存储空间可能已满）' })
          recent.unshift({ name: file.name, ok: false, text: '无法存入浏览器' })
        }
      } else {
        failedNow.push({ name: file.name, reason: check.reason })
        recent.unshift({ name: file.name, ok: false, text: check.reason })
      }
      done++
      setProgress({ done, total: files.length, recent: recent.slice(0, 6) })
    }))
    // Added in the order the files were chosen, not the order the workers finished.
    const order = new Map(files.map((f, i) => [f.name, i]))
    added.sort((a, b) => (order.get(a.fileName ?? '') ?? 0) - (order.get(b.fileName ?? '') ?? 0))
    announceChanged()
    await rebuild([...sources.current, ...added], [...failed, ...failedNow])
    setProgress((p) => (p ? { ...p, done: p.total } : p))
    return { added: added.length, failed: failedNow.length }
  }, [db, failed, rebuild])

  /** Takes reports out of the review (they stay in 我的报告). */
  const remove = useCallback(async (ids: Set<string> | null) => {
    await rebuild(ids ? sources.current.filter((s) => !ids.has(s.id)) : [], ids ? failed : [])
  }, [rebuild, failed])

  const reportsOf = useCallback((ids: readonly string[]) => {
    const wanted = new Set(ids)
    return sources.current.filter((s) => wanted.has(s.id)).map((s) => s.report)
  }, [])

  return { rows, failed, progress, addFiles, remove, reportsOf }
}
