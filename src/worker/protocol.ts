// The one worker protocol: what the editor, 汇总审核 and the command line ask a worker to do, and
// the answer. `answer` runs inside a Web Worker (browser-worker.ts) or a worker thread
// (node-worker.ts), and on the main thread where no worker can start.
import { importReportFile } from '../import/import-file'
import type { ImportSummary, ReportChoice } from '../import/import-result'
import { checkReport, type CheckContext, type CheckResult } from '../report/check-report'
import type { Issue } from '../report/issue'
import type { Report } from '../report/schema'

export type WorkRequest =
  /** Read a file and check it without last year's report (the caller re-checks when it knows one). */
  | { kind: 'read'; name: string; bytes?: ArrayBuffer; path?: string; /** Which report of a file holding several. */ report?: number }
  | { kind: 'check'; report: Report; context: CheckContext }

export type FileRead =
  | { ok: true; name: string; report: Report; findings: Issue[]; summary: ImportSummary; sources: Record<string, string>; check: CheckResult }
  | { ok: false; name: string; reason: string; /** The reports a file holds, when it holds several and none was chosen. */ reports?: ReportChoice[] }

export type WorkResponse =
  | { kind: 'read'; file: FileRead }
  | { kind: 'check'; result: CheckResult }

const detail = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 120)

async function read(name: string, bytes: Uint8Array, report?: number): Promise<FileRead> {
  try {
    // Awaited: the importer may read some formats asynchronously.
    const result = await importReportFile(name, bytes, report)
    if (!result.ok) return { ok: false, name, reason: result.errors.join(' '), ...(result.reports ? { reports: result.reports } : {}) }
    const check = checkReport(result.report, { importFindings: result.findings })
    return { ok: true, name, report: result.report, findings: result.findings, summary: result.summary, sources: result.sources, check }
  } catch (e) {
    // A file that breaks the importer itself is reported like any unreadable file.
    return { ok: false, name, reason: `读取“${name}”时出错：${detail(e)}` }
  }
}

export async function answer(request: WorkRequest): Promise<WorkResponse> {
  if (request.kind === 'check') return { kind: 'check', result: checkReport(request.report, request.context) }
  return { kind: 'read', file: await read(request.name, new Uint8Array(request.bytes ?? new ArrayBuffer(0)), request.report) }
}
