// The one pool of workers, for the browser (Web Workers) and Node (worker_threads) alike: jobs wait
// in a queue, each runs alone on a worker, and a worker that fails, exceeds the time limit or whose
// job is cancelled is terminated and replaced. One bad file costs that file, never the batch.
import type { WorkRequest, WorkResponse } from './protocol'

/** A started worker, whatever kind. `onFailure` is told when it dies (an error, an exit). */
export interface WorkerPort {
  post(message: WorkRequest, transfer?: Transferable[]): void
  onMessage(listener: (message: WorkResponse) => void): void
  onFailure(listener: (detail: string) => void): void
  terminate(): void
}

export interface PoolOptions {
  size: number
  /** Starts a worker; null where none can start (the pool then answers with `inline`). */
  spawn(): WorkerPort | null
  inline(request: WorkRequest): Promise<WorkResponse>
  /** A job still running after this long is stopped (its worker terminated). */
  timeoutMs: number
}

export interface RunOptions {
  transfer?: Transferable[]
  signal?: AbortSignal
  /** Ahead of the queue (the editor's checks do not wait behind a batch). */
  urgent?: boolean
}

export class WorkerFailure extends Error {
  readonly kind: 'timeout' | 'crash' | 'cancelled'
  constructor(kind: WorkerFailure['kind'], message: string) {
    super(message)
    this.kind = kind
  }
}

interface Job {
  request: WorkRequest
  options: RunOptions
  resolve(response: WorkResponse): void
  reject(failure: WorkerFailure): void
}

interface Slot {
  port: WorkerPort
  job: Job | null
  timer: ReturnType<typeof setTimeout> | undefined
}

export class WorkerPool {
  private slots: Slot[] = []
  private queue: Job[] = []
  private closed = false

  private readonly options: PoolOptions

  constructor(options: PoolOptions) {
    this.options = options
  }

  run(request: WorkRequest, options: RunOptions = {}): Promise<WorkResponse> {
    return new Promise((resolve, reject) => {
      const job: Job = { request, options, resolve, reject }
      if (options.signal?.aborted) return reject(new WorkerFailure('cancelled', '已取消'))
      options.signal?.addEventListener('abort', () => this.cancel(job), { once: true })
      if (options.urgent) this.queue.unshift(job)
      else this.queue.push(job)
      this.pump()
    })
  }

  /** Stops every worker; queued jobs are cancelled. */
  close(): void {
    this.closed = true
    for (const job of this.queue.splice(0)) job.reject(new WorkerFailure('cancelled', '已停止'))
    for (const slot of this.slots) this.stop(slot, new WorkerFailure('cancelled', '已停止'))
    this.slots = []
  }

  private spawnSlot(): Slot | null {
    const port = this.options.spawn()
    if (!port) return null
    const slot: Slot = { port, job: null, timer: undefined }
    port.onMessage((message) => {
      if (slot.port !== port || !slot.job) return
      const job = slot.job
      this.release(slot)
      job.resolve(message)
      this.pump()
    })
    port.onFailure((detail) => {
      if (slot.port !== port) return // terminated by the pool itself
      this.replace(slot, new WorkerFailure('crash', detail))
    })
    this.slots.push(slot)
    return slot
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closed) {
      let slot = this.slots.find((s) => !s.job)
      if (!slot && this.slots.length < this.options.size) slot = this.spawnSlot() ?? undefined
      if (!slot) {
        if (this.slots.length > 0) return
        this.runInline(this.queue.shift()!)
        continue
      }
      const job = this.queue.shift()!
      slot.job = job
      slot.timer = setTimeout(() => this.replace(slot, new WorkerFailure('timeout', `超过 ${Math.round(this.options.timeoutMs / 1000)} 秒`)), this.options.timeoutMs)
      slot.port.post(job.request, job.options.transfer)
    }
  }

  private runInline(job: Job): void {
    this.options.inline(job.request).then(job.resolve, (e: unknown) => job.reject(new WorkerFailure('crash', e instanceof Error ? e.message : String(e))))
  }

  private release(slot: Slot): void {
    clearTimeout(slot.timer)
    slot.job = null
  }

  private stop(slot: Slot, failure: WorkerFailure): void {
    const job = slot.job
    this.release(slot)
    // Detach before terminating: the exit that follows is not a crash of the next job.
    slot.port = { ...slot.port, post: () => {} }
    slot.port.terminate()
    job?.reject(failure)
  }

  /** The worker is terminated, its job failed, and a fresh worker takes its place when needed. */
  private replace(slot: Slot, failure: WorkerFailure): void {
    this.stop(slot, failure)
    this.slots = this.slots.filter((s) => s !== slot)
    this.pump()
  }

  private cancel(job: Job): void {
    const queued = this.queue.indexOf(job)
    if (queued >= 0) {
      this.queue.splice(queued, 1)
      job.reject(new WorkerFailure('cancelled', '已取消'))
      return
    }
    const slot = this.slots.find((s) => s.job === job)
    if (slot) this.replace(slot, new WorkerFailure('cancelled', '已取消'))
  }
}
