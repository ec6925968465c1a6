// The county review's reports outside React: the list as it is kept in the workspace settings, last
// year's reports 我的报告 holds besides it, and what one file read becomes — a report of 我的报告, a
// new version of the report of its unit and year already there (report-file.md §11), or nothing
// when the same content is there already (each report of a PDF holding several is one read).
// use-county-review.ts serialises the calls.
import { previousFinder } from '@/report/check-report'
import type { BatchItem } from '@/report/county/review-batch'
import { diffReports, isUnchanged } from '@/report/diff'
import type { Issue } from '@/report/issue'
import { unitYearKey } from '@/report/region'
import type { Report } from '@/report/schema'
import { keptByUnit, type KeptIndex } from '@/lib/kept-by-unit'
import { createReports, getSetting, listEntries, loadReport, resubmitReport, type NewReport } from '@/lib/workspace'
import type { WorkspaceDB } from '@/lib/workspace-db'
import { browserPool } from '@/worker/browser-pool'
import { checkInPool } from '@/worker/jobs'
import { sourceNotes } from '@/import/import-result'
import type { FileRead } from '@/worker/protocol'
import { describeChanges } from '../describe-changes'

const SETTING = 'countyReview'

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

interface Source extends BatchItem {
  importFindings: Issue[]
  /** The last year's report its check used; undefined before its first check. */
  checkedWith: Report | null | undefined
}

type Outcome = 'added' | 'version' | 'same'

/** A file read as a new report, in the review and waiting to be stored with the others of its batch. */
export interface Added {
  source: Source
  input: NewReport
}

/** What the review holds; its fields are replaced as reports come and go. */
export interface ReviewState {
  sources: Source[]
  failed: FailedFile[]
  rounds: Record<string, Round>
  /** Last year's reports kept in 我的报告 (not in the review), by entry id: loaded once. */
  kept: Map<string, Report>
  others: Report[]
}

export const emptyReviewState = (): ReviewState => ({ sources: [], failed: [], rounds: {}, kept: new Map(), others: [] })

export const keyOf = (r: Report) => unitYearKey(r.meta.agency, r.meta.year)

// Without strict durability: a list lost with a killed browser is rebuilt by opening the batch
// again, since every report read is in 我的报告 (strictly stored) and is recognised, not copied.
export function saveReview(db: WorkspaceDB, state: ReviewState) {
  return db.put('settings', { ids: state.sources.map((s) => s.id), failed: state.failed, rounds: state.rounds } satisfies Saved, SETTING)
}

/** The review as it was left (its reports not checked yet). */
export async function restoreReview(db: WorkspaceDB): Promise<Pick<ReviewState, 'sources' | 'failed' | 'rounds'>> {
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
  return { sources: loaded.filter((s): s is Source => s !== null), failed: saved.failed, rounds: saved.rounds ?? {} }
}

/** Last year's reports of the review's agencies that 我的报告 holds besides the review. */
export async function loadOthers(db: WorkspaceDB, state: ReviewState): Promise<void> {
  const inReview = new Set(state.sources.map((s) => s.id))
  const present = new Set(state.sources.map((s) => keyOf(s.report)))
  const wanted = new Set(state.sources.map((s) => unitYearKey(s.report.meta.agency, s.report.meta.year - 1)).filter((k) => !present.has(k)))
  const ids = [...keptByUnit(await listEntries(db), inReview)].flatMap(([key, id]) => (wanted.has(key) ? [id] : []))
  const loaded = await Promise.all(ids.map(async (id) => {
    const cached = state.kept.get(id)
    if (cached) return cached
    const l = await loadReport(db, id)
    if (!l?.ok) return null
    state.kept.set(id, l.opened.report)
    return l.opened.report
  }))
  state.others = loaded.filter((r): r is Report => r !== null)
}

/** Last year's report of a report, among the review's and the others (check-report.ts previousOf). */
export const lastYearFinder = (state: ReviewState) => previousFinder([...state.sources.map((s) => s.report), ...state.others])

/**
 * The new reports of a batch into 我的报告 in one transaction, each given its id; where that
 * fails they leave the review again (and the error is the caller's).
 */
export async function storeAdded(db: WorkspaceDB, state: ReviewState, added: Added[]): Promise<void> {
  const batch = added.splice(0)
  if (batch.length === 0) return
  try {
    const ids = await createReports(db, batch.map((a) => a.input), 'import')
    batch.forEach(({ source }, i) => {
      source.id = ids[i]!
      state.rounds[source.id] = { round: source.round ?? 1, changes: null, receivedAt: source.receivedAt ?? undefined }
    })
  } catch (e) {
    const lost = new Set(batch.map((a) => a.source))
    state.sources = state.sources.filter((s) => !lost.has(s))
    throw e
  }
}

/**
 * One file's result into the review, and into 我的报告: a new version at once, a new report
 * into `added` (stored with the others of its batch by storeAdded), or nothing (same content).
 */
export async function storeRead(db: WorkspaceDB, state: ReviewState, read: Extract<FileRead, { ok: true }>, keepBoth: boolean, index: KeptIndex, added: Added[]): Promise<Outcome> {
  const { report, name } = read
  const importFindings = read.findings.filter((f) => f.severity !== 'info')
  // Kept with the report, as 打开报告 keeps them: where each number was read (the cells' tooltips).
  const keptFindings = [...importFindings, ...sourceNotes(read.sources)]
  const key = keyOf(report)
  // A report without an agency name matches nothing: it is always added as a report of its own.
  const inReview = key === null ? undefined : state.sources.findLast((s) => keyOf(s.report) === key)
  const match = inReview ?? await index.load(key)
  if (match && isUnchanged(diffReports(match.report, report))) {
    if (!inReview) {
      const stored = await loadReport(db, match.id)
      if (stored?.ok) {
        state.sources.push({ id: match.id, fileName: stored.opened.entry.source, report: stored.opened.report, baseline: stored.opened.baseline,
          importFindings: stored.opened.findings, checkedWith: undefined, check: read.check })
      }
    }
    return 'same'
  }
  let previous = lastYearFinder(state)(report, null)
  if (!previous) {
    const last = await index.load(unitYearKey(report.meta.agency, report.meta.year - 1))
    if (last && !state.others.includes(last.report)) state.others.push(last.report)
    previous = lastYearFinder(state)(report, null)
  }
  const check = previous ? await checkInPool(browserPool(), report, { previous, importFindings }) : read.check
  if (match && !keepBoth) {
    const earlier = await resubmitReport(db, match.id, { report, findings: keptFindings, source: name, counts: { errors: check.errors, warnings: check.warnings } })
    const round = { round: (state.rounds[match.id]?.round ?? 1) + 1, changes: describeChanges(diffReports(earlier, report)), receivedAt: new Date().toISOString() }
    state.rounds[match.id] = round
    const source: Source = { id: match.id, fileName: name, report, baseline: inReview?.baseline ?? null, importFindings, check, checkedWith: previous, ...round }
    if (inReview) state.sources[state.sources.indexOf(inReview)] = source
    else state.sources.push(source)
    return 'version'
  }
  // Kept beside an earlier submission of its unit and year ("both"): still the next submission.
  const round = match ? (state.rounds[match.id]?.round ?? 1) + 1 : 1
  const source: Source = { id: '', fileName: name, report, importFindings, check, checkedWith: previous, round, receivedAt: new Date().toISOString() }
  state.sources.push(source)
  added.push({ source, input: { report, findings: keptFindings, origin: 'file', source: name, counts: { errors: check.errors, warnings: check.warnings } } })
  return 'added'
}
