// validate() for the main thread, run in a Web Worker (validation-worker.ts) so that the rules
// never delay typing; where no module worker can start (tests in jsdom, an old browser) or the
// worker fails, the rules load lazily and run here instead.
import type { Issue } from '@/report/issue'
import type { Report } from '@/report/schema'
import type { ValidationRequest, ValidationResponse } from './validation-worker'

interface Pending {
  report: Report
  previous: Report | null
  done(issues: Issue[]): void
}

let worker: Worker | null | undefined
let seq = 0
const pending = new Map<number, Pending>()

async function onMainThread(report: Report, previous: Report | null): Promise<Issue[]> {
  const { validate } = await import('@/report/validate')
  return validate(report, { previous })
}

/** A worker that fails (its file could not load, it crashed) hands every open request over. */
function fail(w: Worker) {
  w.terminate()
  worker = null
  for (const { report, previous, done } of pending.values()) void onMainThread(report, previous).then(done)
  pending.clear()
}

function start(): Worker | null {
  if (worker !== undefined) return worker
  try {
    worker = typeof Worker === 'undefined' ? null : new Worker(new URL('./validation-worker.ts', import.meta.url), { type: 'module', name: 'validation' })
  } catch {
    worker = null
  }
  const w = worker
  if (w) {
    w.onmessage = (e: MessageEvent<ValidationResponse>) => {
      pending.get(e.data.seq)?.done(e.data.issues)
      pending.delete(e.data.seq)
    }
    w.onerror = (e) => {
      e.preventDefault()
      fail(w)
    }
  }
  return w
}

/** The findings of validate(report, { previous }), computed off the main thread when possible. */
export function checkReport(report: Report, previous: Report | null): Promise<Issue[]> {
  const w = start()
  if (!w) return onMainThread(report, previous)
  const id = seq++
  return new Promise((done) => {
    pending.set(id, { report, previous, done })
    w.postMessage({ seq: id, report, previous } satisfies ValidationRequest)
  })
}
