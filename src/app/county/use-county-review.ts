// The current county review: which reports of 我的报告 it holds (kept in the workspace settings,
// saved as files are read, so a killed browser keeps what was read), the files that could not be
// read, and the batch reading in progress. Files are read in the page's worker pool; each one
// (each report of a PDF holding several, as an entry of its own) becomes a report of 我的报告, or a new version of the report of its unit and year already there
// (report-file.md §11), or nothing when the same content is there already.
import { useCallback, useEffect, useRef, useState } from 'react'
import { previousOf } from '@/report/check-report'
import { reviewBatch, type BatchItem, type ReviewRow } from '@/report/county/review-batch'
import { diffReports, isUnchanged } from '@/report/diff'
import { agencyLabel } from '@/report/format'
import type { Issue } from '@/report/issue'
import { unitYearKey } from '@/report/region'
import type { Report } from '@/report/schema'
import { keptByUnit, keptIndex, type KeptIndex } from '@/lib/kept-by-unit'
import { createReports, getSetting, listEntries, loadReport, resubmitReport, saveCounts, type NewReport } from '@/lib/workspace'
import type { WorkspaceDB } from '@/lib/workspace-db'
import { browserPool } from '@/worker/browser-pool'
import { checkInPool, readEachInPool } from '@/worker/jobs'
import { sourceNotes } from '@/import/import-result'
import type { FileRead } from '@/worker/protocol'
import { describeChanges } from '../describe-changes'
import { announceChanged } from '../workspace-channel'

const SETTING = 'countyReview'
const SHOW_EVERY_MS = 1000

export interface FailedFile {
  name: string
  reason: string
}

interface Round {
  round: number
  changes: string | null
  /** When this submission was received (ISO), for the roster's 截止日期. */
  receivedAt?: string
}

interface Saved {
  ids: string[]
  failed: FailedFile[]
  rounds?: Record<string, Round>
}

export interface Progress {
  done: number
  total: number
  /** The last results, newest first (a line per file). */
  recent: { name: string; ok: boolean; text: string }[]
}

interface Source extends BatchItem {
  importFindings: Issue[]
  /** The last year's report its check used; undefined before its first check. */
  checkedWith: Report | null | undefined
}

type Outcome = 'added' | 'version' | 'same'

/** A file read as a new report, in the review and waiting to be stored with the others of its batch. */
interface Added {
  source: Source
  input: NewReport
}

const keyOf = (r: Report) => unitYearKey(r.meta.agency, r.meta.year)

export function useCountyReview(db: WorkspaceDB) {
  const sources = useRef<Source[]>([])
  const failedRef = useRef<FailedFile[]>([])
  const rounds = useRef<Record<string, Round>>({})
  /** Last year's reports kept in 我的报告 (not in the review), by entry id: loaded once. */
  const kept = useRef(new Map<string, Report>())
  const others = useRef<Report[]>([])
  const chain = useRef<Promise<unknown>>(Promise.resolve())
  const showTimer = useRef<number | undefined>(undefined)
  const [rows, setRows] = useState<ReviewRow[] | null>(null)
  const [failed, setFailed] = useState<FailedFile[]>([])
  const [progress, setProgress] = useState<Progress | null>(null)

  const showNow = useCallback(() => {
    window.clearTimeout(showTimer.current)
    showTimer.current = undefined
    // Reports read but not yet stored (no id yet) are listed once they are.
    setRows(reviewBatch(sources.current.filter((s) => s.id), { others: others.current }))
    setFailed([...failedRef.current])
  }, [])
  /** Rows as results arrive, at most once a second (a batch of 100 does not rebuild the table 100 times). */
  const show = useCallback(() => {
    showTimer.current ??= window.setTimeout(showNow, SHOW_EVERY_MS)
  }, [showNow])
  useEffect(() => () => window.clearTimeout(showTimer.current), [])

  // Without strict durability: a list lost with a killed browser is rebuilt by opening the batch
  // again, since every report read is in 我的报告 (strictly stored) and is recognised, not copied.
  const persist = useCallback(() => db.put('settings', {
    ids: sources.current.map((s) => s.id), failed: failedRef.current, rounds: rounds.current,
  } satisfies Saved, SETTING), [db])

  /** Serialises what reads and writes the review's state: results arrive in any order. */
  const serial = useCallback(<T,>(step: () => Promise<T>): Promise<T> => {
    const next = chain.current.then(step, step)
    chain.current = next.catch(() => {})
    return next
  }, [])

  /** Last year's reports of the review's agencies that 我的报告 holds besides the review. */
  const loadOthers = useCallback(async () => {
    const inReview = new Set(sources.current.map((s) => s.id))
    const present = new Set(sources.current.map((s) => keyOf(s.report)))
    const wanted = new Set(sources.current.map((s) => unitYearKey(s.report.meta.agency, s.report.meta.year - 1)).filter((k) => !present.has(k)))
    const ids = [...keptByUnit(await listEntries(db), inReview)].flatMap(([key, id]) => (wanted.has(key) ? [id] : []))
    const loaded = await Promise.all(ids.map(async (id) => {
      const cached = kept.current.get(id)
      if (cached) return cached
      const l = await loadReport(db, id)
      if (!l?.ok) return null
      kept.current.set(id, l.opened.report)
      return l.opened.report
    }))
    others.current = loaded.filter((r): r is Report => r !== null)
  }, [db])

  const previousFor = (report: Report, baseline: Report | null) =>
    previousOf(report, baseline, [...sources.current.map((s) => s.report), ...others.current])

  /** Each report checked again where last year's report it should be checked with has changed. */
  const reconcile = useCallback(async () => {
    await loadOthers()
    await Promise.all(sources.current.map(async (s) => {
      const previous = previousFor(s.report, s.baseline ?? null)
      if (previous === s.checkedWith) return
      s.check = await checkInPool(browserPool(), s.report, { previous, importFindings: s.importFindings })
      s.checkedWith = previous
      await saveCounts(db, s.id, { errors: s.check.errors, warnings: s.check.warnings }).catch(() => {})
    }))
    showNow()
  }, [db, loadOthers, showNow])

  // The review as it was left: its reports re-checked in the workers.
  useEffect(() => {
    let cancelled = false
    void serial(async () => {
      const saved = (await getSetting<Saved>(db, SETTING)) ?? { ids: [], failed: [] }
      const loaded = await Promise.all(saved.ids.map(async (id): Promise<Source | null> => {
        const stored = await loadReport(db, id)
        if (!stored?.ok || stored.opened.entry.deletedAt) return null
        const { report, findings, entry, baseline } = stored.opened
        const round = saved.rounds?.[id]
        return { id, fileName: entry.source, report, baseline, importFindings: findings, checkedWith: undefined,
          check: { issues: [], errors: 0, warnings: 0, errorRules: [] }, round: round?.round, changes: round?.changes,
          receivedAt: round?.receivedAt ?? entry.createdAt }
      }))
      if (cancelled) return
      sources.current = loaded.filter((s): s is Source => s !== null)
      failedRef.current = saved.failed
      rounds.current = saved.rounds ?? {}
      await reconcile()
    })
    return () => {
      cancelled = true
    }
  }, [db, serial, reconcile])

  /**
   * The new reports of a batch into 我的报告 in one transaction, each given its id; where that
   * fails they leave the review again (and the error is the caller's).
   */
  const storeAdded = useCallback(async (added: Added[]) => {
    const batch = added.splice(0)
    if (batch.length === 0) return
    try {
      const ids = await createReports(db, batch.map((a) => a.input), 'import')
      batch.forEach(({ source }, i) => {
        source.id = ids[i]!
        rounds.current[source.id] = { round: source.round ?? 1, changes: null, receivedAt: source.receivedAt ?? undefined }
      })
    } catch (e) {
      const lost = new Set(batch.map((a) => a.source))
      sources.current = sources.current.filter((s) => !lost.has(s))
      throw e
    }
  }, [db])

  /**
   * One file's result into the review, and into 我的报告: a new version at once, a new report
   * into `added` (stored with the others of its batch by storeAdded), or nothing (same content).
   */
  const store = useCallback(async (read: Extract<FileRead, { ok: true }>, keepBoth: boolean, index: KeptIndex, added: Added[]): Promise<Outcome> => {
    const { report, name } = read
    const importFindings = read.findings.filter((f) => f.severity !== 'info')
    // Kept with the report, as 打开报告 keeps them: where each number was read (the cells' tooltips).
    const keptFindings = [...importFindings, ...sourceNotes(read.sources)]
    const key = keyOf(report)
    // A report without an agency name matches nothing: it is always added as a report of its own.
    const inReview = key === null ? undefined : sources.current.findLast((s) => keyOf(s.report) === key)
    const match = inReview ?? await index.load(key)
    if (match && isUnchanged(diffReports(match.report, report))) {
      if (!inReview) {
        const stored = await loadReport(db, match.id)
        if (stored?.ok) {
          sources.current.push({ id: match.id, fileName: stored.opened.entry.source, report: stored.opened.report, baseline: stored.opened.baseline,
            importFindings: stored.opened.findings, checkedWith: undefined, check: read.check })
        }
      }
      return 'same'
    }
    if (!previousFor(report, null)) {
      const last = await index.load(unitYearKey(report.meta.agency, report.meta.year - 1))
      if (last && !others.current.includes(last.report)) others.current.push(last.report)
    }
    const previous = previousFor(report, null)
    const check = previous ? await checkInPool(browserPool(), report, { previous, importFindings }) : read.check
    if (match && !keepBoth) {
      const earlier = await resubmitReport(db, match.id, { report, findings: keptFindings, source: name, counts: { errors: check.errors, warnings: check.warnings } })
      const round = { round: (rounds.current[match.id]?.round ?? 1) + 1, changes: describeChanges(diffReports(earlier, report)), receivedAt: new Date().toISOString() }
      rounds.current[match.id] = round
      const source: Source = { id: match.id, fileName: name, report, baseline: inReview?.baseline ?? null, importFindings, check, checkedWith: previous, ...round }
      if (inReview) sources.current[sources.current.indexOf(inReview)] = source
      else sources.current.push(source)
      return 'version'
    }
    // Kept beside an earlier submission of its unit and year ("both"): still the next submission.
    const round = match ? (rounds.current[match.id]?.round ?? 1) + 1 : 1
    const source: Source = { id: '', fileName: name, report, importFindings, check, checkedWith: previous, round, receivedAt: new Date().toISOString() }
    sources.current.push(source)
    added.push({ source, input: { report, findings: keptFindings, origin: 'file', source: name, counts: { errors: check.errors, warnings: check.warnings } } })
    return 'added'
  }, [db])

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
    setProgress({ done, total, recent })
    // The progress is drawn at most once a frame: a batch of 100 small files read in a second
    // does not render the page 100 times.
    let frame = 0
    const showProgress = () => {
      cancelAnimationFrame(frame)
      frame = 0
      setProgress({ done, total, recent: recent.slice(0, 6) })
    }
    const note = (name: string, ok: boolean, text: string) => {
      recent.unshift({ name, ok, text })
      done++
      frame ||= requestAnimationFrame(showProgress)
    }
    const fail = (name: string, reason: string) => {
      counts.failed++
      failedRef.current = [...failedRef.current.filter((f) => f.name !== name), { name, reason }]
      note(name, false, reason)
    }
    const index = await keptIndex(db, new Set(sources.current.map((s) => s.id)))
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
              await storeAdded(added)
              for (const { name, label } of names) {
                counts.added++
                failedRef.current = failedRef.current.filter((f) => f.name !== name)
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
              const outcome = await store(read, keepBoth, index, added)
              if (outcome === 'added') {
                addedFiles.push({ name: read.name, label })
                continue
              }
              counts[outcome]++
              failedRef.current = failedRef.current.filter((f) => f.name !== read.name)
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
    await serial(reconcile)
    showProgress()
    announceChanged()
    return counts
  }, [db, serial, store, storeAdded, persist, show, reconcile])

  /** Takes reports out of the review (they stay in 我的报告). */
  const remove = useCallback((ids: Set<string> | null) => serial(async () => {
    sources.current = ids ? sources.current.filter((s) => !ids.has(s.id)) : []
    if (!ids) failedRef.current = []
    await persist()
    await reconcile()
  }), [serial, persist, reconcile])

  /** The reports of the review in submission order (all, or those of `ids`). */
  const itemsOf = useCallback((ids: readonly string[] | null) => {
    const wanted = ids && new Set(ids)
    return sources.current.filter((s) => !wanted || wanted.has(s.id)).map((s) => ({ id: s.id, report: s.report }))
  }, [])

  return { rows, failed, progress, addFiles, remove, itemsOf }
}
