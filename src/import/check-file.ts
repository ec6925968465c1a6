// One file of a batch, read and checked: the importer, then every rule. The same function runs in
// the browser's Web Workers (汇总审核) and in the command line's worker threads.
import type { Issue } from '../report/issue'
import type { Report } from '../report/schema'
import { validate } from '../report/validate'
import { importReportFile } from './import-file'

export type FileCheck =
  | { ok: true; name: string; report: Report; findings: Issue[]; issues: Issue[] }
  | { ok: false; name: string; reason: string }

export async function checkFile(name: string, bytes: Uint8Array): Promise<FileCheck> {
  try {
    const result = await importReportFile(name, bytes)
    if (!result.ok) return { ok: false, name, reason: result.errors.join(' ') }
    const findings = result.findings.filter((f) => f.severity !== 'info')
    return { ok: true, name, report: result.report, findings, issues: [...validate(result.report), ...findings] }
  } catch (e) {
    // A file that breaks the importer itself is reported like any unreadable file.
    return { ok: false, name, reason: `读取时出错：${e instanceof Error ? e.message.slice(0, 120) : String(e)}` }
  }
}
