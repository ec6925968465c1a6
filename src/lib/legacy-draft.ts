// Before the workspace, the app kept one draft (and last year's baseline) in localStorage. On the
// first start with the workspace they move into IndexedDB as a report of 我的报告, so nothing is
// lost for current users. A draft that no longer parses is moved aside under its own key (never
// overwritten) and reported; the keys are removed only once the report is safely stored.
import { parseReport } from '@/report/parse-report'
import type { Report } from '@/report/schema'
import { createReport, getSetting, setSetting } from './workspace'
import type { WorkspaceDB } from './workspace-db'
import { DRAFT_KEY } from './legacy-draft-key'

const BASELINE_KEY = 'gov-info-annual-report:baseline'
const DAMAGED_PREFIX = 'gov-info-annual-report:damaged:'
const MIGRATED = 'migratedFromLocalStorage'

export type MigrationResult =
  | { kind: 'none' }
  | { kind: 'moved'; id: string }
  | { kind: 'damaged'; keptAs: string; reason: string }

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

function readBaseline(store: Storage): Report | null {
  try {
    const raw = store.getItem(BASELINE_KEY)
    const parsed = raw ? parseReport(JSON.parse(raw)) : null
    return parsed?.ok ? parsed.report : null
  } catch {
    return null
  }
}

export async function migrateLegacyDraft(db: WorkspaceDB): Promise<MigrationResult> {
  if (await getSetting<boolean>(db, MIGRATED)) return { kind: 'none' }
  const store = storage()
  let raw: string | null = null
  try {
    raw = store?.getItem(DRAFT_KEY) ?? null
  } catch {
    raw = null
  }
  if (!store || raw === null) {
    await setSetting(db, MIGRATED, true)
    return { kind: 'none' }
  }
  let reason = ''
  try {
    const parsed = parseReport((JSON.parse(raw) as { report?: unknown }).report)
    if (parsed.ok) {
      const id = await createReport(db, { report: parsed.report, baseline: readBaseline(store), origin: 'migrated' })
      await setSetting(db, MIGRATED, true)
      await setSetting(db, 'lastOpen', id)
      store.removeItem(DRAFT_KEY)
      store.removeItem(BASELINE_KEY)
      return { kind: 'moved', id }
    }
    reason = parsed.errors[0] ?? ''
  } catch {
    reason = '草稿数据不是有效的 JSON'
  }
  const keptAs = `${DAMAGED_PREFIX}${new Date().toISOString()}`
  try {
    store.setItem(keptAs, raw)
    store.removeItem(DRAFT_KEY)
  } catch {
    return { kind: 'damaged', keptAs: DRAFT_KEY, reason }
  }
  await setSetting(db, MIGRATED, true)
  return { kind: 'damaged', keptAs, reason }
}
