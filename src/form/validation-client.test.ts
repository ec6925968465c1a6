import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { balancedPreviousReport, balancedReport } from '@/report/fixtures/balanced'
import { violationsReport } from '@/report/fixtures/violations'
import type { Report } from '@/report/schema'
import { validate } from '@/report/validate'
import type { ValidationRequest } from './validation-worker'

/** A stand-in for the module worker: answers with validate() in the order `answer` chooses. */
class FakeWorker {
  static instances: FakeWorker[] = []
  onmessage: ((e: { data: unknown }) => void) | null = null
  onerror: ((e: { preventDefault(): void }) => void) | null = null
  requests: ValidationRequest[] = []
  terminated = false
  constructor() {
    FakeWorker.instances.push(this)
  }
  postMessage(request: ValidationRequest) {
    this.requests.push(request)
  }
  answer(i: number) {
    const { seq, report, previous } = this.requests[i]!
    this.onmessage?.({ data: { seq, issues: validate(report, { previous }) } })
  }
  crash() {
    this.onerror?.({ preventDefault() {} })
  }
  terminate() {
    this.terminated = true
  }
}

const load = () => import('./validation-client')
const expected = (report: Report, previous: Report | null = null) => validate(report, { previous })

beforeEach(() => {
  vi.resetModules() // the client keeps its worker in module state
  FakeWorker.instances = []
})
afterEach(() => vi.unstubAllGlobals())

describe('checkReport', () => {
  it('runs validate() on the main thread where no worker can start', async () => {
    vi.stubGlobal('Worker', undefined)
    const { checkReport } = await load()
    expect(await checkReport(violationsReport(), null)).toEqual(expected(violationsReport()))
  })

  it('gives each request its own answer, whatever order the worker answers in', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    const { checkReport } = await load()
    const first = checkReport(violationsReport(), null)
    const second = checkReport(balancedReport(), balancedPreviousReport())
    const worker = FakeWorker.instances[0]!
    expect(FakeWorker.instances).toHaveLength(1) // one worker for every request
    worker.answer(1)
    worker.answer(0)
    expect(await second).toEqual(expected(balancedReport(), balancedPreviousReport()))
    expect(await first).toEqual(expected(violationsReport()))
  })

  it('answers open and later requests on the main thread after the worker fails', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    const { checkReport } = await load()
    const open = checkReport(violationsReport(), null)
    const worker = FakeWorker.instances[0]!
    worker.crash()
    expect(worker.terminated).toBe(true)
    expect(await open).toEqual(expected(violationsReport()))
    expect(await checkReport(balancedReport(), null)).toEqual(expected(balancedReport()))
    expect(FakeWorker.instances).toHaveLength(1) // no new worker is tried after a failure
  })
})
