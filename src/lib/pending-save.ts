// A tab closed or reloaded right after a keystroke may not finish its IndexedDB transaction (the
// page is torn down), and a save may fail outright (storage full). The unsaved state is then also
// written synchronously to localStorage, one entry per report, and applied on the next start if
// no later save reached the workspace. One that still cannot be saved stays, and is shown.
import { parseReport } from '@/report/parse-report'
import type { Report } from '@/report/schema'
import { saveReport } from './workspace'
import type { WorkspaceDB } from './workspace-db'

const PREFIX = 'gov-info-annual-report:pending'
const keyOf = (id: string) => `${PREFIX}:${id}`

interface Pending {
  id: string
  /** The revision the change was made on: applied only if the stored report is still at it. */
  revision: number
  report: unknown
}

export function writePending(id: string, revision: number, report: Report): void {
  try {
    localStorage.setItem(keyOf(id), JSON.stringify({ id, revision, report } satisfies Pending))
  } catch {
    // No localStorage (private mode, full): the IndexedDB save in flight is all there is.
  }
}

export function clearPending(id: string): void {
  try {
    localStorage.removeItem(keyOf(id))
  } catch {
    // nothing to clear
  }
}

function pendingKeys(): string[] {
  try {
    // The bare prefix is the single entry of earlier versions.
    return Object.keys(localStorage).filter((k) => k === PREFIX || k.startsWith(`${PREFIX}:`))
  } catch {
    return []
  }
}

function read(key: string): Pending | null {
  try {
    const raw = localStorage.getItem(key)
    return raw ? (JSON.parse(raw) as Pending) : null
  } catch {
    return null
  }
}

/**
 * Saves each change left by a closed tab or a failed save into its report, once. Returns the
 * reports whose change still could not be saved (storage full, unavailable): kept for the next
 * start, and opened with that change so that nothing the user typed disappears.
 */
export async function applyPending(db: WorkspaceDB): Promise<Map<string, Report>> {
  const unsaved = new Map<string, Report>()
  for (const key of pendingKeys()) {
    const pending = read(key)
    const parsed = pending ? parseReport(pending.report) : null
    const out = pending && parsed?.ok ? await saveReport(db, pending.id, parsed.report, pending.revision) : null
    if (pending && parsed?.ok && out && !out.ok && (out.kind === 'full' || out.kind === 'failed')) {
      unsaved.set(pending.id, parsed.report)
      continue
    }
    // Saved, or a later save got through (conflict), or unreadable: the entry has done its work.
    try {
      localStorage.removeItem(key)
    } catch {
      // nothing to clear
    }
  }
  return unsaved
}
