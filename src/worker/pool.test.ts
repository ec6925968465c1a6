// @vitest-environment node
// The pool with stand-in workers: each answers, hangs or dies as the test says. A worker that
// fails or runs out of time is terminated and replaced, and the other jobs all get their answers.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { balancedReport } from '@/report/fixtures/balanced'
import { checkReport } from '@/report/check-report'
import { checkInPool, readInPool } from './jobs'
import { WorkerPool, type WorkerPort } from './pool'
import type { WorkRequest, WorkResponse } from './protocol'

type Behaviour = 'answer' | 'hang' | 'die'

function fakes(behaviour: (request: WorkRequest) => Behaviour) {
  const started: { terminated: boolean }[] = []
  const spawn = (): WorkerPort => {
    const state = { terminated: false }
    started.push(state)
    let onMessage: (m: WorkResponse) => void = () => {}
    let onFailure: (d: string) => void = () => {}
    return {
      post(request) {
        const b = behaviour(request)
        const name = request.kind === 'read' ? request.name : 'check'
        if (b === 'answer') setTimeout(() => onMessage({ kind: 'read', file: { ok: false, name, reason: `answered ${name}` } }), 5)
        if (b === 'die') setTimeout(() => onFailure('out of memory'), 5)
      },
      onMessage: (l) => { onMessage = l },
      onFailure: (l) => { onFailure = l },
      terminate: () => { state.terminated = true },
    }
  }
  return { spawn, started }
}

const inline = async (): Promise<WorkResponse> => { throw new Error('not inline') }
const read = (pool: WorkerPool, name: string, signal?: AbortSignal) => readInPool(pool, name, { bytes: new ArrayBuffer(1) }, { signal })

afterEach(() => vi.useRealTimers())

describe('WorkerPool', () => {
  it('stops a job past the time limit, names the file, replaces the worker and finishes the rest', async () => {
    const { spawn, started } = fakes((r) => (r.kind === 'read' && r.name === 'bad.docx' ? 'hang' : 'answer'))
    const pool = new WorkerPool({ size: 2, spawn, inline, timeoutMs: 100 })
    const names = ['a.docx', 'bad.docx', 'b.docx', 'c.docx', 'd.docx']
    const results = await Promise.all(names.map((n) => read(pool, n)))
    expect(results.map((r) => (r.ok ? '' : r.reason))).toEqual([
      'answered a.docx', expect.stringMatching(/^“bad\.docx”读取超过 0 秒仍未完成/), 'answered b.docx', 'answered c.docx', 'answered d.docx',
    ])
    expect(started.filter((w) => w.terminated)).toHaveLength(1)
    expect(started.length).toBeGreaterThanOrEqual(2)
  })

  it('a worker that dies fails its own file only, with a Chinese reason, and is replaced', async () => {
    const { spawn, started } = fakes((r) => (r.kind === 'read' && r.name.startsWith('bomb') ? 'die' : 'answer'))
    const pool = new WorkerPool({ size: 1, spawn, inline, timeoutMs: 5_000 })
    const results = await Promise.all(['bomb1.docx', 'a.docx', 'bomb2.docx', 'b.docx'].map((n) => read(pool, n)))
    expect(results.map((r) => !r.ok && r.reason.includes('异常退出') && r.reason.includes(`“${r.name}”`))).toEqual([true, false, true, false])
    expect(results[3]).toMatchObject({ ok: false, reason: 'answered b.docx' })
    expect(started).toHaveLength(3)
  })

  it('cancels a running job (its worker terminated) and a queued one', async () => {
    const { spawn, started } = fakes(() => 'hang')
    const pool = new WorkerPool({ size: 1, spawn, inline, timeoutMs: 5_000 })
    const running = new AbortController()
    const queued = new AbortController()
    const first = read(pool, 'slow.docx', running.signal)
    const second = read(pool, 'next.docx', queued.signal)
    queued.abort()
    running.abort()
    expect(await first).toMatchObject({ ok: false, reason: '已取消读取“slow.docx”' })
    expect(await second).toMatchObject({ ok: false, reason: '已取消读取“next.docx”' })
    expect(started[0]?.terminated).toBe(true)
    pool.close()
  })

  it('runs urgent jobs first', async () => {
    const order: string[] = []
    const { spawn } = fakes((r) => {
      order.push(r.kind === 'read' ? r.name : 'check')
      return 'answer'
    })
    const pool = new WorkerPool({ size: 1, spawn, inline, timeoutMs: 5_000 })
    const jobs = [read(pool, 'a'), read(pool, 'b'), pool.run({ kind: 'read', name: 'urgent' }, { urgent: true }), read(pool, 'c')]
    await Promise.all(jobs)
    expect(order).toEqual(['a', 'urgent', 'b', 'c'])
  })

  it('answers on this thread where no worker can start, and a failed check still gets its findings', async () => {
    const pool = new WorkerPool({ size: 2, spawn: () => null, inline: async (r) => (await import('./protocol')).answer(r), timeoutMs: 5_000 })
    const report = balancedReport()
    report.table3.carriedForward = { ...report.table3.carriedForward, naturalPerson: 9 }
    expect(await checkInPool(pool, report, {})).toEqual(checkReport(report))
    const dying = new WorkerPool({ size: 1, spawn: fakes(() => 'die').spawn, inline, timeoutMs: 5_000 })
    expect(await checkInPool(dying, report, {})).toEqual(checkReport(report))
  })
})
