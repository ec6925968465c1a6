// The command line's pool: worker_threads running node-worker.ts (bundled as check-worker.mjs),
// each with a heap limit, so that a file that would exhaust memory costs that file and its worker,
// never the run.
import { Worker } from 'node:worker_threads'
import type { WorkRequest } from './protocol'
import { WorkerPool, type WorkerPort } from './pool'

export interface NodePoolOptions {
  /** The worker script (node-worker.ts, as bundled). */
  script: URL
  size: number
  timeoutMs: number
  /** Heap limit of each worker. */
  memoryMb: number
}

export function nodePool({ script, size, timeoutMs, memoryMb }: NodePoolOptions): WorkerPool {
  const spawn = (): WorkerPort => {
    const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: memoryMb } })
    return {
      post: (message) => worker.postMessage(message),
      onMessage: (listener) => worker.on('message', listener),
      onFailure: (listener) => {
        worker.on('error', (e) => listener(e instanceof Error ? e.message : String(e)))
        worker.on('exit', (code) => listener(`读取组件退出（代码 ${code}）`))
      },
      terminate: () => void worker.terminate(),
    }
  }
  const inline = async (request: WorkRequest) => (await import('./protocol')).answer(request)
  return new WorkerPool({ size, spawn, inline, timeoutMs })
}
