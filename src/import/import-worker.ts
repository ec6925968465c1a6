// Web Worker of the county review: reads and checks files off the main thread, so the page stays
// responsive while a folder of reports is opened; also re-checks reports kept in 我的报告.
import type { Issue } from '../report/issue'
import { parseReport } from '../report/parse-report'
import { validate } from '../report/validate'
import { checkFile, type FileCheck } from './check-file'

export type CheckRequest =
  | { seq: number; kind: 'file'; name: string; bytes: ArrayBuffer }
  | { seq: number; kind: 'report'; report: unknown }

export type CheckResponse =
  | { seq: number; kind: 'file'; check: FileCheck }
  | { seq: number; kind: 'report'; issues: Issue[] | null }

function answer(request: CheckRequest): CheckResponse {
  if (request.kind === 'file') return { seq: request.seq, kind: 'file', check: checkFile(request.name, new Uint8Array(request.bytes)) }
  const parsed = parseReport(request.report)
  return { seq: request.seq, kind: 'report', issues: parsed.ok ? validate(parsed.report) : null }
}

addEventListener('message', (event: MessageEvent<CheckRequest>) => postMessage(answer(event.data)))
