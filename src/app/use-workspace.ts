// Opening the workspace at start-up: the database, the move of an old localStorage draft, and the
// report to show first (the last one open, else the newest, else a new empty one). Only that one
// report is read: the list of 我的报告 is loaded when the page is shown.
import { useEffect, useState } from 'react'
import { createEmptyReport } from '@/report/default-report'
import type { Report } from '@/report/schema'
import type { MigrationResult } from '@/lib/legacy-draft'
import { hasLegacyDraft } from '@/lib/legacy-draft-key'
import { applyPending } from '@/lib/pending-save'
import { createReport, getSetting, listEntries, loadReport, type OpenedReport } from '@/lib/workspace'
import { openWorkspaceDB, storageReason, type WorkspaceDB } from '@/lib/workspace-db'

export type WorkspaceStart =
  | { kind: 'loading' }
  | {
    kind: 'ready'; db: WorkspaceDB; opened: OpenedReport; migration: MigrationResult; damaged: { id: string; reason: string } | null
    /** The open report's last edits that could not be saved before (storage full): shown, and saved again. */
    unsaved: Report | null
  }
  | { kind: 'unavailable'; reason: string }

async function firstReport(db: WorkspaceDB): Promise<{ opened: OpenedReport; damaged: { id: string; reason: string } | null }> {
  let damaged: { id: string; reason: string } | null = null
  const tryOpen = async (id: string | undefined): Promise<OpenedReport | null> => {
    if (!id) return null
    const loaded = await loadReport(db, id)
    if (!loaded) return null
    if (!loaded.ok) {
      damaged = { id, reason: loaded.reason }
      return null
    }
    return loaded.opened.entry.deletedAt === null ? loaded.opened : null
  }
  const last = await tryOpen(await getSetting<string>(db, 'lastOpen'))
  if (last) return { opened: last, damaged }
  for (const entry of await listEntries(db)) {
    const opened = await tryOpen(entry.id)
    if (opened) return { opened, damaged }
  }
  const id = await createReport(db, { report: createEmptyReport(), origin: 'new' }, 'created')
  const fresh = await tryOpen(id)
  if (!fresh) throw new Error('new report could not be read back')
  return { opened: fresh, damaged }
}

function reasonOf(e: unknown): string {
  const name = e instanceof DOMException ? e.name : ''
  if (name === 'InvalidStateError' || name === 'SecurityError') return '浏览器禁止了本地存储（可能处于无痕/隐私模式）'
  return storageReason(e, '打开')
}

export function useWorkspaceStart(): WorkspaceStart {
  const [start, setStart] = useState<WorkspaceStart>({ kind: 'loading' })
  useEffect(() => {
    let cancelled = false
    void (async () => {
      try {
        if (typeof indexedDB === 'undefined') throw new DOMException('no indexedDB', 'SecurityError')
        const db = await openWorkspaceDB()
        const migration: MigrationResult = hasLegacyDraft() ? await (await import('@/lib/legacy-draft')).migrateLegacyDraft(db) : { kind: 'none' }
        const unsaved = await applyPending(db)
        const { opened, damaged } = await firstReport(db)
        if (!cancelled) setStart({ kind: 'ready', db, opened, migration, damaged, unsaved: unsaved.get(opened.entry.id) ?? null })
        // Ask the browser not to evict the workspace under storage pressure (Chrome decides itself).
        void navigator.storage?.persist?.().catch(() => false)
      } catch (e) {
        if (!cancelled) setStart({ kind: 'unavailable', reason: reasonOf(e) })
      }
    })()
    return () => {
      cancelled = true
    }
  }, [])
  return start
}
