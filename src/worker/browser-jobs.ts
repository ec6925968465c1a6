// The page's two jobs on its shared pool, for the editor: loaded on first use (a dynamic import),
// so the pool is not part of the initial JavaScript.
import type { CheckContext, CheckResult } from '../report/check-report'
import type { Report } from '../report/schema'
import { browserPool } from './browser-pool'
import { checkInPool, readInPool } from './jobs'
import type { FileRead } from './protocol'

/** The editor's checks go ahead of any batch being read. */
export const checkInBrowser = (report: Report, context: CheckContext): Promise<CheckResult> => checkInPool(browserPool(), report, context, { urgent: true })

/** `report`: which report of a file holding several (FileRead's `reports`). */
export const readInBrowser = (name: string, bytes: ArrayBuffer, signal?: AbortSignal, report?: number): Promise<FileRead> => readInPool(browserPool(), name, { bytes }, { signal, report })
