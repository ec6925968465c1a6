// The current county review: which reports of 我的报告 it holds (kept in the workspace settings,
// saved as files are read, so a killed browser keeps what was read), the files that could not be
// read, and the batch reading in progress. Files are read in the page's worker pool (each report of
// a PDF holding several as an entry of its own); what each becomes is review-sources.ts's (a report
// of 我的报告, a new version, or nothing).
import { useCallback, useEffect, useRef, useState } from 'react'
import { reviewBatch, type ReviewRow } from '@/report/county/review-batch'
import { agencyLabel } from '@/report/format'
import { keptIndex } from '@/lib/kept-by-unit'
import { saveCounts } from '@/lib/workspace'
import type { WorkspaceDB } from '@/lib/workspace-db'
import { browserPool } from '@/worker/browser-pool'
import { checkInPool, readEachInPool } from '@/worker/jobs'
import type { FileRead } from '@/worker/protocol'
import { announceChanged } from '../workspace-channel'
import {
  emptyReviewState, keyOf, lastYearFinder, loadOthers, restoreReview, saveReview, storeAdded, storeRead, type Added, type FailedFile,
} from './review-sources'

const SHOW_EVERY_MS = 1000

export interface Progress {
  done: number
  total: number
  /** The last results, newest first (a line per file). */
  recent: { name: string; ok: boolean; text: string }[]
  /**
   * The batch is not finished: files are being read, or the reports read are checked again with
   * last year's report read beside them (their rows may still change).
   */
  busy: boolean
}

export function useCountyReview(db: WorkspaceDB) {
  const state = useRef(emptyReviewState())
  const chain = useRef<Promise<unknown>>(Promise.resolve())
  const showTimer = useRef<number | undefined>(undefined)
  const batches = useRef(0)
  const [rows, setRows] = useState<ReviewRow[] | null>(null)
  const [failed, setFailed] = useState<FailedFile[]>([])
  const [progress, setProgress] = useState<Progress | null>(null)

  const showNow = useCallback(() => {
    window.clearTimeout(showTimer.current)
    showTimer.current = undefined
    // Reports read but not yet stored (no id yet) are listed once they are.
    setRows(reviewBatch(state.current.sources.filter((s) => s.id), { others: state.current.others }))
    setFailed([...state.current.failed])
  }, [])
  /** Rows as results arrive, at most once a second (a batch of 100 does not rebuild the table 100 times). */
  const show = useCallback(() => {
    showTimer.current ??= window.setTimeout(showNow, SHOW_EVERY_MS)
  }, [showNow])
  useEffect(() => () => window.clearTimeout(showTimer.current), [])

  const persist = useCallback(() => saveReview(db, state.current), [db])

  /** Serialises what reads and writes the review's state: results arrive in any order. */
  const serial = useCallback(<T,>(step: () => Promise<T>): Promise<T> => {
    const next = chain.current.then(step, step)
    chain.current = next.catch(() => {})
    return next
  }, [])

  /** Each report checked again where last year's report it should be checked with has changed. */
  const reconcile = useCallback(async () => {
    await loadOthers(db, state.current)
    const previousOf = lastYearFinder(state.current)
    await Promise.all(state.current.sources.map(async (s) => {
      const previous = previousOf(s.report, s.baseline ?? null)
      if (previous === s.checkedWith) return
      s.check = await checkInPool(browserPool(), s.report, { previous, importFindings: s.importFindings })
      s.checkedWith = previous
      await saveCounts(db, s.id, { errors: s.check.errors, warnings: s.check.warnings }).catch(() => {})
    }))
    showNow()
  }, [db, showNow])

  // The review as it was left: its reports re-checked in the workers.
  useEffect(() => {
    let cancelled = false
    void serial(async () => {
      const restored = await restoreReview(db)
      if (cancelled) return
      Object.assign(state.current, restored)
      await reconcile()
    })
    return () => {
      cancelled = true
    }
  }, [db, serial, reconcile])

  /**
   * Reads the files in parallel; each is stored and the review saved as soon as it is read (the
   * results that arrive while others are stored are stored together, the new reports in one
   * transaction, then the review saved once). With
   * `keepBoth`, a file of a unit and year already there is added beside it instead of as its new version.
   */
  const addFiles = useCallback(async (files: File[], keepBoth = false) => {
    if (files.length === 0) return
    let done = 0
    // A PDF holding several reports adds an entry for each (named by the file and its unit).
    let total = files.length
    const recent: Progress['recent'] = []
    const counts = { added: 0, version: 0, same: 0, failed: 0 }
    let busy = true
    // Files added while a batch runs start a batch of their own: only the latest shows its progress
    // (it finishes last, its checks queued after the earlier batch's).
    const batch = ++batches.current
    setProgress({ done, total, recent, busy })
    // The progress is drawn at most once a frame: a batch of 100 small files read in a second
    // does not render the page 100 times.
    let frame = 0
    const showProgress = () => {
      cancelAnimationFrame(frame)
      frame = 0
      if (batch === batches.current) setProgress({ done, total, recent: recent.slice(0, 6), busy })
    }
    const note = (name: string, ok: boolean, text: string) => {
      recent.unshift({ name, ok, text })
      done++
      frame ||= requestAnimationFrame(showProgress)
    }
    const fail = (name: string, reason: string) => {
      counts.failed++
      state.current.failed = [...state.current.failed.filter((f) => f.name !== name), { name, reason }]
      note(name, false, reason)
    }
    const index = await keptIndex(db, new Set(state.current.sources.map((s) => s.id)))
    const queue: FileRead[] = []
    let draining = false
    const drain = () => {
      if (draining) return
      draining = true
      void serial(async () => {
        while (queue.length > 0) {
          // The files read as new reports are stored together once the chunk is gone through.
          const added: Added[] = []
          const addedFiles: { name: string; label: string }[] = []
          const storedAdded = async () => {
            const names = addedFiles.splice(0)
            try {
              await storeAdded(db, state.current, added)
              for (const { name, label } of names) {
                counts.added++
                state.current.failed = state.current.failed.filter((f) => f.name !== name)
                note(name, true, label)
              }
            } catch {
              for (const { name } of names) fail(name, `“${name}”无法存入浏览器（存储空间可能已满）`)
            }
          }
          // `read.name`: the file's, or one report's of a file holding several.
          for (const read of queue.splice(0)) {
            if (!read.ok) {
              fail(read.name, read.reason)
              continue
            }
            const label = `${agencyLabel(read.report.meta.agency)} ${read.report.meta.year}年`
            // A file of a unit and year read just before it, not yet stored: that one is stored first.
            if (added.some((a) => keyOf(a.source.report) === keyOf(read.report))) await storedAdded()
            try {
              const outcome = await storeRead(db, state.current, read, keepBoth, index, added)
              if (outcome === 'added') {
                addedFiles.push({ name: read.name, label })
                continue
              }
              counts[outcome]++
              state.current.failed = state.current.failed.filter((f) => f.name !== read.name)
              note(read.name, true, outcome === 'same' ? `${label}：与已有的报告内容相同，未重复添加` : `${label}：作为已有报告的新版本`)
            } catch {
              fail(read.name, `“${read.name}”无法存入浏览器（存储空间可能已满）`)
            }
          }
          await storedAdded()
          await persist().catch(() => {})
          show()
        }
        draining = false
      })
    }
    await Promise.all(files.map(async (file) => {
      const reads = await readEachInPool(browserPool(), file.name, { bytes: await file.arrayBuffer() })
      total += reads.length - 1
      queue.push(...reads)
      drain()
    }))
    // Every file is read, but a report read before last year's is checked again with it: the
    // batch is finished (and its rows final) only then.
    await serial(reconcile)
    busy = false
    showProgress()
    announceChanged()
    return counts
  }, [db, serial, persist, show, reconcile])

  /** Takes reports out of the review (they stay in 我的报告). */
  const remove = useCallback((ids: Set<string> | null) => serial(async () => {
    state.current.sources = ids ? state.current.sources.filter((s) => !ids.has(s.id)) : []
    if (!ids) state.current.failed = []
    await persist()
    await reconcile()
  }), [serial, persist, reconcile])

  /** The reports of the review in submission order (all, or those of `ids`). */
  const itemsOf = useCallback((ids: readonly string[] | null) => {
    const wanted = ids && new Set(ids)
    return state.current.sources.filter((s) => !wanted || wanted.has(s.id)).map((s) => ({ id: s.id, report: s.report }))
  }, [])

  return { rows, failed, progress, addFiles, remove, itemsOf }
}
