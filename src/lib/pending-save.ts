// A tab closed or reloaded right after a keystroke may not finish its IndexedDB transaction (the
// page is torn down). The unsaved state is then also written synchronously to localStorage, and
// applied on the next start if no later save reached the workspace.
import { parseReport } from '@/report/parse-report'
import type { Report } from '@/report/schema'
import { saveReport } from './workspace'
import type { WorkspaceDB } from './workspace-db'

const KEY = 'gov-info-annual-report:pending'

interface Pending {
  id: string
  /** The revision the change was made on: applied only if the stored report is still at it. */
  revision: number
  report: unknown
}

export function writePending(id: string, revision: number, report: Report): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ id, revision, report } satisfies Pending))
  } catch {
    // No localStorage (private mode, full): the IndexedDB save in flight is all there is.
  }
}

export function clearPending(): void {
  try {
    localStorage.removeItem(KEY)
  } catch {
    // nothing to clear
  }
}

/** Saves a pending change left by a closed tab into its report, once; returns whether one was applied. */
export async function applyPending(db: WorkspaceDB): Promise<boolean> {
  let pending: Pending | null = null
  try {
    const raw = localStorage.getItem(KEY)
    pending = raw ? (JSON.parse(raw) as Pending) : null
  } catch {
    pending = null
  }
  if (!pending) return false
  const parsed = parseReport(pending.report)
  const out = parsed.ok ? await saveReport(db, pending.id, parsed.report, pending.revision) : null
  // A conflict means a later save got through: the pending copy is older, drop it.
  if (!out || out.ok || out.kind !== 'full') clearPending()
  return out?.ok === true
}
