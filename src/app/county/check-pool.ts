// A pool of Web Workers (import-worker.ts) that read and check files, one per core up to four, so
// that a folder of 60 reports is read in parallel and the page stays responsive.
import type { FileCheck } from '@/import/check-file'
import type { CheckRequest, CheckResponse } from '@/import/import-worker'
import type { Issue } from '@/report/issue'
import type { Report } from '@/report/schema'

type Job = { request: CheckRequest; transfer: Transferable[]; done(response: CheckResponse): void; fail(error: unknown): void }

const SIZE = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2))

export class CheckPool {
  private workers: Worker[] = []
  private idle: Worker[] = []
  private queue: Job[] = []
  private running = new Map<Worker, Job>()

  private start(): void {
    if (this.workers.length > 0) return
    for (let i = 0; i < SIZE; i++) {
      const worker = new Worker(new URL('../../import/import-worker.ts', import.meta.url), { type: 'module', name: `check-${i}` })
      worker.onmessage = (e: MessageEvent<CheckResponse>) => this.finish(worker, (job) => job.done(e.data))
      worker.onerror = (e) => {
        e.preventDefault()
        this.finish(worker, (job) => job.fail(new Error(e.message || '读取组件出错')))
      }
      this.workers.push(worker)
      this.idle.push(worker)
    }
  }

  private finish(worker: Worker, settle: (job: Job) => void): void {
    const job = this.running.get(worker)
    this.running.delete(worker)
    this.idle.push(worker)
    if (job) settle(job)
    this.pump()
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!
      const job = this.queue.shift()!
      this.running.set(worker, job)
      worker.postMessage(job.request, job.transfer)
    }
  }

  private run(request: CheckRequest, transfer: Transferable[] = []): Promise<CheckResponse> {
    this.start()
    return new Promise((done, fail) => {
      this.queue.push({ request, transfer, done, fail })
      this.pump()
    })
  }

  /** Reads and checks one file; a worker failure is reported as the file's reason. */
  async checkFile(file: File): Promise<FileCheck> {
    try {
      const bytes = await file.arrayBuffer()
      const response = await this.run({ kind: 'file', name: file.name, bytes }, [bytes])
      return response.kind === 'file' ? response.check : { ok: false, name: file.name, reason: '读取组件出错' }
    } catch (e) {
      return { ok: false, name: file.name, reason: `无法读取：${e instanceof Error ? e.message : String(e)}` }
    }
  }

  /** The rules' findings for a stored report (null when it no longer parses). */
  async checkReport(report: Report | unknown): Promise<Issue[] | null> {
    const response = await this.run({ kind: 'report', report })
    return response.kind === 'report' ? response.issues : null
  }

  close(): void {
    for (const w of this.workers) w.terminate()
    this.workers = []
    this.idle = []
  }
}
