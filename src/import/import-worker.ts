// Web Worker of the county review: reads and checks files off the main thread, so the page stays
// responsive while a folder of reports is opened; also re-checks reports kept in 我的报告.
import type { Issue } from '../report/issue'
import { parseReport } from '../report/parse-report'
import { validate } from '../report/validate'
import { checkFile, type FileCheck } from './check-file'

export type CheckRequest =
  | { kind: 'file'; name: string; bytes: ArrayBuffer }
  | { kind: 'report'; report: unknown }

export type CheckResponse =
  | { kind: 'file'; check: FileCheck }
  | { kind: 'report'; issues: Issue[] | null }

async function answer(request: CheckRequest): Promise<CheckResponse> {
  if (request.kind === 'file') return { kind: 'file', check: await checkFile(request.name, new Uint8Array(request.bytes)) }
  const parsed = parseReport(request.report)
  return { kind: 'report', issues: parsed.ok ? validate(parsed.report) : null }
}

addEventListener('message', (event: MessageEvent<CheckRequest>) => void answer(event.data).then(postMessage))
