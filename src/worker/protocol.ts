// The one worker protocol: what the editor, 汇总审核 and the command line ask a worker to do, and
// the answer. `answer` runs inside a Web Worker (browser-worker.ts) or a worker thread
// (node-worker.ts), and on the main thread where no worker can start.
import { importReportFile, importReportFileEach, type FileEntry } from '../import/import-file'
import type { ImportResult, ImportSummary, ReportChoice } from '../import/import-result'
import { checkReport, type CheckContext, type CheckResult } from '../report/check-report'
import type { Issue } from '../report/issue'
import type { Report } from '../report/schema'

export type WorkRequest =
  /** Read a file and check it without last year's report (the caller re-checks when it knows one). */
  | { kind: 'read'; name: string; bytes?: ArrayBuffer; path?: string; /** Which report of a file holding several. */ report?: number }
  /** Read every report a file holds, each an entry of its own (汇总审核, the command line). */
  | { kind: 'readEach'; name: string; bytes?: ArrayBuffer; path?: string }
  | { kind: 'check'; report: Report; context: CheckContext }

/** `name`: the file's, or one report's of a file holding several (FileEntry's name); `part` then says which. */
export type FileRead = (
  | { ok: true; name: string; report: Report; findings: Issue[]; summary: ImportSummary; sources: Record<string, string>; check: CheckResult }
  | { ok: false; name: string; reason: string; /** The reports a file holds, when it holds several and none was chosen. */ reports?: ReportChoice[] }
) & { part?: FileEntry['part'] }

export type WorkResponse =
  | { kind: 'read'; file: FileRead }
  | { kind: 'readEach'; files: FileRead[] }
  | { kind: 'check'; result: CheckResult }

const detail = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 120)

/** An import's answer, checked without last year's report. */
function checked(name: string, result: ImportResult): FileRead {
  if (!result.ok) return { ok: false, name, reason: result.errors.join(' '), ...(result.reports ? { reports: result.reports } : {}) }
  const check = checkReport(result.report, { importFindings: result.findings })
  return { ok: true, name, report: result.report, findings: result.findings, summary: result.summary, sources: result.sources, check }
}

/** A file that breaks the importer itself is reported like any unreadable file. */
const broken = (name: string, e: unknown): FileRead => ({ ok: false, name, reason: `读取“${name}”时出错：${detail(e)}` })

async function read(name: string, bytes: Uint8Array, report?: number): Promise<FileRead> {
  try {
    // Awaited: the importer may read some formats asynchronously.
    return checked(name, await importReportFile(name, bytes, report))
  } catch (e) {
    return broken(name, e)
  }
}

async function readEach(name: string, bytes: Uint8Array): Promise<FileRead[]> {
  try {
    const entries = await importReportFileEach(name, bytes)
    return entries.map((e) => ({ ...checked(e.name, e.result), ...(e.part ? { part: e.part } : {}) }))
  } catch (e) {
    return [broken(name, e)]
  }
}

export async function answer(request: WorkRequest): Promise<WorkResponse> {
  if (request.kind === 'check') return { kind: 'check', result: checkReport(request.report, request.context) }
  if (request.kind === 'readEach') return { kind: 'readEach', files: await readEach(request.name, new Uint8Array(request.bytes ?? new ArrayBuffer(0))) }
  return { kind: 'read', file: await read(request.name, new Uint8Array(request.bytes ?? new ArrayBuffer(0)), request.report) }
}
