// The workspace: every report kept in this browser, its versions, and the settings. All writes are
// strict-durability transactions (committed to disk before they resolve). Saves compare revisions
// inside the transaction, so two tabs can never silently overwrite each other's changes.
import { diffReports, isUnchanged } from '@/report/diff'
import type { Issue } from '@/report/issue'
import { parseReport } from '@/report/parse-report'
import type { Report } from '@/report/schema'
import { versionsToThin } from './version-policy'
import type { IDBPTransaction } from 'idb'
import {
  isQuotaError, STRICT, storageReason, type ReportBody, type ReportEntry, type ReportOrigin, type VersionReason, type VersionRecord, type WorkspaceDB, type WorkspaceSchema,
} from './workspace-db'

export interface Counts {
  errors: number
  warnings: number
}

export interface OpenedReport {
  entry: ReportEntry
  revision: number
  report: Report
  baseline: Report | null
  findings: Issue[]
}

export type LoadOutcome = { ok: true; opened: OpenedReport } | { ok: false; reason: string; raw: unknown }

type SaveFailure = { ok: false; kind: 'missing' | 'full' | 'failed'; reason: string }
export type SaveOutcome =
  | { ok: true; revision: number; savedAt: string }
  | { ok: false; kind: 'conflict'; revision: number }
  | SaveFailure

export interface NewReport {
  report: Report
  baseline?: Report | null
  findings?: Issue[]
  origin: ReportOrigin
  source?: string | null
  counts?: Counts | null
}

const now = () => new Date().toISOString()

/** A random id; crypto.randomUUID needs a secure context, which an intranet http server is not. */
function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
}

function entryOf(id: string, report: Report, base: Partial<ReportEntry> & Pick<ReportEntry, 'origin' | 'createdAt'>, counts?: Counts | null): ReportEntry {
  return {
    id,
    agency: report.meta.agency,
    year: report.meta.year,
    unitType: report.meta.unitType,
    updatedAt: now(),
    errors: counts?.errors ?? base.errors ?? null,
    warnings: counts?.warnings ?? base.warnings ?? null,
    deletedAt: base.deletedAt ?? null,
    source: base.source ?? null,
    origin: base.origin,
    createdAt: base.createdAt,
  }
}

/** The key range of one report's versions in the byReport index ([report id, time]). */
const versionsOf = (id: string) => IDBKeyRange.bound([id, ''], [id, '\uffff'])

function failure(e: unknown): SaveFailure {
  return { ok: false, kind: isQuotaError(e) ? 'full' : 'failed', reason: storageReason(e, '写入') }
}

/** Adds a report (and a first version of it); returns its id. */
export async function createReport(db: WorkspaceDB, input: NewReport, reason: VersionReason = 'import'): Promise<string> {
  const id = newId()
  const createdAt = now()
  const tx = db.transaction(['entries', 'bodies', 'versions'], 'readwrite', STRICT)
  await Promise.all([
    tx.objectStore('entries').put(entryOf(id, input.report, { origin: input.origin, createdAt, source: input.source ?? null }, input.counts)),
    tx.objectStore('bodies').put({ id, revision: 1, report: input.report, baseline: input.baseline ?? null, findings: input.findings ?? [] }),
    tx.objectStore('versions').add({ reportId: id, createdAt, reason, report: input.report, changes: null }),
    tx.done,
  ])
  return id
}

/** The reports in 我的报告 (deleted: the 回收站), newest change first. */
export async function listEntries(db: WorkspaceDB, deleted = false): Promise<ReportEntry[]> {
  const all = await db.getAll('entries')
  return all.filter((e) => (e.deletedAt !== null) === deleted).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
}

export async function loadReport(db: WorkspaceDB, id: string): Promise<LoadOutcome | null> {
  const tx = db.transaction(['entries', 'bodies'], 'readonly')
  const [entry, body] = await Promise.all([tx.objectStore('entries').get(id), tx.objectStore('bodies').get(id)])
  if (!entry || !body) return null
  // Stored by an earlier version of the app, or damaged: the same checks as a file.
  const parsed = parseReport(body.report)
  if (!parsed.ok) return { ok: false, reason: parsed.errors[0] ?? '报告数据无法读取', raw: body.report }
  const baseline = body.baseline ? parseReport(body.baseline) : null
  return {
    ok: true,
    opened: { entry, revision: body.revision, report: parsed.report, baseline: baseline?.ok ? baseline.report : null, findings: body.findings },
  }
}

/**
 * Saves the report if the stored revision is still `expected` (this tab's last save or load);
 * otherwise nothing is written and the conflict is returned. `force` overwrites regardless.
 */
export async function saveReport(
  db: WorkspaceDB,
  id: string,
  report: Report,
  expected: number,
  options: { force?: boolean; baseline?: Report | null; findings?: Issue[] } = {},
): Promise<SaveOutcome> {
  try {
    const tx = db.transaction(['entries', 'bodies'], 'readwrite', STRICT)
    const [entry, body] = await Promise.all([tx.objectStore('entries').get(id), tx.objectStore('bodies').get(id)])
    if (!entry || !body) return { ok: false, kind: 'missing', reason: '此报告已不在“我的报告”中（可能已在另一标签页中彻底删除）' }
    if (body.revision !== expected && !options.force) return { ok: false, kind: 'conflict', revision: body.revision }
    const revision = body.revision + 1
    const next: ReportBody = {
      ...body,
      revision,
      report,
      ...(options.baseline !== undefined ? { baseline: options.baseline } : {}),
      ...(options.findings !== undefined ? { findings: options.findings } : {}),
    }
    const updated = entryOf(id, report, entry)
    await Promise.all([tx.objectStore('bodies').put(next), tx.objectStore('entries').put(updated), tx.done])
    return { ok: true, revision, savedAt: updated.updatedAt }
  } catch (e) {
    return failure(e)
  }
}

/** Stores the check counts shown on 我的报告, without touching the report or its revision. */
export async function saveCounts(db: WorkspaceDB, id: string, counts: Counts): Promise<void> {
  const tx = db.transaction('entries', 'readwrite')
  const entry = await tx.store.get(id)
  if (entry && (entry.errors !== counts.errors || entry.warnings !== counts.warnings)) await tx.store.put({ ...entry, ...counts })
  await tx.done
}

export async function duplicateReport(db: WorkspaceDB, id: string): Promise<string | null> {
  const loaded = await loadReport(db, id)
  if (!loaded?.ok) return null
  const { opened } = loaded
  const counts = opened.entry.errors === null || opened.entry.warnings === null ? null : { errors: opened.entry.errors, warnings: opened.entry.warnings }
  return createReport(db, { report: opened.report, baseline: opened.baseline, findings: opened.findings, origin: 'copy', source: null, counts }, 'copy')
}

/** Moves a report to the 回收站 (undone by restoreFromTrash), or back. */
export async function setDeleted(db: WorkspaceDB, id: string, deleted: boolean): Promise<void> {
  const tx = db.transaction('entries', 'readwrite', STRICT)
  const entry = await tx.store.get(id)
  if (entry) await tx.store.put({ ...entry, deletedAt: deleted ? now() : null })
  await tx.done
}

type PurgeTx = IDBPTransaction<WorkspaceSchema, ('entries' | 'bodies' | 'versions')[], 'readwrite'>

/** Deletes a report, its body and all its versions within the given transaction. */
async function deleteAll(tx: PurgeTx, id: string): Promise<void> {
  const keys = await tx.objectStore('versions').index('byReport').getAllKeys(versionsOf(id))
  await Promise.all([
    tx.objectStore('entries').delete(id),
    tx.objectStore('bodies').delete(id),
    ...keys.map((k) => tx.objectStore('versions').delete(k)),
    tx.done,
  ])
}

/** Deletes a report from the 回收站 for good, with its versions. */
export async function purgeReport(db: WorkspaceDB, id: string): Promise<void> {
  await deleteAll(db.transaction(['entries', 'bodies', 'versions'], 'readwrite', STRICT), id)
}

/**
 * Deletes a report created by 新建报告 and never saved since (revision 1): opening another one
 * should not leave an empty report behind. Checked inside the transaction, so a report another
 * tab has meanwhile saved into is never removed.
 */
export async function purgeIfUntouched(db: WorkspaceDB, id: string): Promise<boolean> {
  const tx = db.transaction(['entries', 'bodies', 'versions'], 'readwrite', STRICT)
  const [entry, body] = await Promise.all([tx.objectStore('entries').get(id), tx.objectStore('bodies').get(id)])
  if (!entry || !body || entry.origin !== 'new' || body.revision !== 1) {
    await tx.done
    return false
  }
  await deleteAll(tx, id)
  return true
}

/** Versions of a report, newest first (without their report bodies' weight mattering here). */
export async function listVersions(db: WorkspaceDB, id: string): Promise<VersionRecord[]> {
  const all = await db.getAllFromIndex('versions', 'byReport', versionsOf(id))
  return all.reverse()
}

/**
 * Records `report` as a version (unless it equals the newest one) and thins the oldest beyond
 * the limit. Returns whether a version was added.
 */
export async function addVersion(db: WorkspaceDB, id: string, reason: VersionReason, report: Report): Promise<boolean> {
  const tx = db.transaction('versions', 'readwrite', STRICT)
  const index = tx.store.index('byReport')
  const range = versionsOf(id)
  const last = (await index.openCursor(range, 'prev'))?.value
  const changes = last ? diffReports(last.report, report) : null
  if (changes && isUnchanged(changes) && reason !== 'export') {
    await tx.done
    return false
  }
  await tx.store.add({ reportId: id, createdAt: now(), reason, report, changes })
  // Times from the index keys alone: the versions' reports are not read.
  const keys: number[] = []
  const times: number[] = []
  for (let c = await index.openKeyCursor(range); c; c = await c.continue()) {
    keys.push(c.primaryKey)
    times.push(Date.parse(c.key[1]))
  }
  for (const i of versionsToThin(times)) await tx.store.delete(keys[i]!)
  await tx.done
  return true
}

export async function getSetting<T>(db: WorkspaceDB, key: string): Promise<T | undefined> {
  return (await db.get('settings', key)) as T | undefined
}

export async function setSetting(db: WorkspaceDB, key: string, value: unknown): Promise<void> {
  const tx = db.transaction('settings', 'readwrite', STRICT)
  await Promise.all([tx.store.put(value, key), tx.done])
}

/**
 * A new submission of a report already kept (same agency and year, other content): its earlier
 * content stays in 历史版本, the new one becomes the report. Returns the earlier content.
 */
export async function resubmitReport(db: WorkspaceDB, id: string, input: Required<Pick<NewReport, 'report' | 'findings'>> & { source: string; counts: Counts | null }): Promise<Report> {
  const loaded = await loadReport(db, id)
  if (!loaded?.ok) throw new Error(loaded ? loaded.reason : '报告已不在“我的报告”中')
  const earlier = loaded.opened.report
  await addVersion(db, id, 'before-resubmit', earlier)
  const saved = await saveReport(db, id, input.report, loaded.opened.revision, { force: true, findings: input.findings })
  if (!saved.ok) throw new Error('reason' in saved ? saved.reason : '保存失败')
  await addVersion(db, id, 'resubmit', input.report)
  const tx = db.transaction('entries', 'readwrite', STRICT)
  const entry = await tx.store.get(id)
  // Counts unknown (打开报告 before its first check): the editor's check fills them in.
  if (entry) await tx.store.put({ ...entry, errors: input.counts?.errors ?? null, warnings: input.counts?.warnings ?? null, source: input.source, deletedAt: null })
  await tx.done
  return earlier
}
