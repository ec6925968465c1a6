// The browser's pool: Web Workers running browser-worker.ts, one per core up to four, started as
// jobs arrive. One pool for the page, shared by the editor's checks, 打开报告 and 汇总审核. Where
// no module worker can start (jsdom in tests, an old browser) the jobs run on the main thread.
import type { WorkRequest } from './protocol'
import { WorkerPool, type WorkerPort } from './pool'

/** A real report is read in well under a second; a file still being read after this is stopped. */
const BROWSER_TIMEOUT_MS = 20_000

function spawn(): WorkerPort | null {
  if (typeof Worker === 'undefined') return null
  let worker: Worker
  try {
    worker = new Worker(new URL('./browser-worker.ts', import.meta.url), { type: 'module', name: 'check' })
  } catch {
    return null
  }
  return {
    post: (message, transfer = []) => worker.postMessage(message, transfer),
    onMessage: (listener) => { worker.onmessage = (e) => listener(e.data) },
    onFailure: (listener) => {
      worker.onerror = (e) => {
        e.preventDefault()
        listener(e.message || '读取组件出错')
      }
      worker.onmessageerror = () => listener('读取结果无法传回')
    },
    terminate: () => worker.terminate(),
  }
}

async function inline(request: WorkRequest) {
  const { answer } = await import('./protocol')
  return answer(request)
}

let shared: WorkerPool | null = null

export function browserPool(): WorkerPool {
  const size = Math.max(1, Math.min(4, (typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 2))
  return (shared ??= new WorkerPool({ size, spawn, inline, timeoutMs: BROWSER_TIMEOUT_MS }))
}
