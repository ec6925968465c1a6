// The rules run here, off the main thread: a keystroke never waits for a check to finish.
import type { Issue } from '@/report/issue'
import type { Report } from '@/report/schema'
import { validate } from '@/report/validate'

export interface ValidationRequest {
  seq: number
  report: Report
  previous: Report | null
}

export interface ValidationResponse {
  seq: number
  issues: Issue[]
}

addEventListener('message', (e: MessageEvent<ValidationRequest>) => {
  const { seq, report, previous } = e.data
  postMessage({ seq, issues: validate(report, { previous }) } satisfies ValidationResponse)
})
