// The workspace database (IndexedDB, through the `idb` wrapper: 1 kB, typed stores, promises over
// IDB requests, nothing else). Four stores:
// - entries:  what lists show (agency, year, last change, counts), small, read by 我的报告;
// - bodies:   the report itself, its baseline and import findings, and a revision for two tabs;
// - versions: the version history, by report;
// - settings: the last open report, whether the old localStorage draft was moved over.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { ReportChanges } from '@/report/diff'
import type { Issue } from '@/report/issue'
import type { Report, UnitType } from '@/report/schema'

const DB_NAME = 'gov-info-annual-report'
const DB_VERSION = 1

/** How a report came into the workspace (shown as a hint on 我的报告). */
export type ReportOrigin = 'new' | 'file' | 'last-year' | 'copy' | 'aggregate' | 'migrated'

export interface ReportEntry {
  id: string
  agency: string
  year: number
  unitType: UnitType
  createdAt: string
  updatedAt: string
  /** Check results at the last save; null until the report was first checked. */
  errors: number | null
  warnings: number | null
  /** Set when moved to the 回收站; the report is kept until it is deleted from there. */
  deletedAt: string | null
  origin: ReportOrigin
  /** The file it was opened from, if any. */
  source: string | null
}

export interface ReportBody {
  id: string
  /** Raised by every save; a save that expects another revision is refused (another tab saved). */
  revision: number
  /** As stored: parsed (and migrated) through parseReport when loaded. */
  report: unknown
  baseline: unknown
  /** What the import noticed; listed with the check results while the report is open. */
  findings: Issue[]
}

export type VersionReason = 'created' | 'import' | 'idle' | 'before-replace' | 'before-restore' | 'export' | 'copy' | 'before-resubmit' | 'resubmit'

export interface VersionRecord {
  seq?: number
  reportId: string
  createdAt: string
  reason: VersionReason
  report: Report
  /** Against the previous version of the same report; null for the first. */
  changes: ReportChanges | null
}

export interface WorkspaceSchema extends DBSchema {
  entries: { key: string; value: ReportEntry }
  bodies: { key: string; value: ReportBody }
  versions: { key: number; value: VersionRecord; indexes: { byReport: [string, string] } }
  settings: { key: string; value: unknown }
}

export type WorkspaceDB = IDBPDatabase<WorkspaceSchema>

export function openWorkspaceDB(name = DB_NAME): Promise<WorkspaceDB> {
  return openDB<WorkspaceSchema>(name, DB_VERSION, {
    upgrade(db) {
      db.createObjectStore('entries', { keyPath: 'id' })
      db.createObjectStore('bodies', { keyPath: 'id' })
      const versions = db.createObjectStore('versions', { keyPath: 'seq', autoIncrement: true })
      versions.createIndex('byReport', ['reportId', 'createdAt'])
      db.createObjectStore('settings')
    },
  })
}

/** Every write is committed to disk before it counts as saved: a killed browser keeps it. */
export const STRICT = { durability: 'strict' } as const

export const isQuotaError = (e: unknown) => e instanceof DOMException && e.name === 'QuotaExceededError'

/** What went wrong with the browser's storage, said to the user; `verb` is what the app tried. */
export function storageReason(e: unknown, verb: '写入' | '打开'): string {
  if (isQuotaError(e)) return '浏览器存储空间已满'
  const detail = e instanceof Error ? e.message : String(e ?? '')
  return `无法${verb}浏览器存储${detail ? `（${detail.slice(0, 60)}）` : ''}`
}
