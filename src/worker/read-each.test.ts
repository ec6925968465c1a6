// @vitest-environment node
// readEach through the pool: every report of a PDF holding several comes back as an entry of its
// own, read and checked by the same protocol as any file; a worker that dies costs the file, named.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readEachInPool } from './jobs'
import { WorkerPool, type WorkerPort } from './pool'
import { answer } from './protocol'

const PDF = 'src/import/test-fixtures/three-reports-compilation.pdf'
const bytes = () => { const b = readFileSync(PDF); return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer }

describe('readEachInPool', () => {
  it('a compilation: one checked entry per readable report, the unreadable one with its reason', async () => {
    // No worker can start here: the pool answers on this thread with the same protocol.
    const pool = new WorkerPool({ size: 1, spawn: () => null, inline: answer, timeoutMs: 60_000 })
    const files = await readEachInPool(pool, '汇编.pdf', { bytes: bytes() })
    expect(files.map((f) => [f.name.replace(/：.*$/, ''), f.ok, f.part?.index])).toEqual([['汇编.pdf（第 1 份', true, 1], ['汇编.pdf（第 2 份', true, 2], ['汇编.pdf（第 3 份', false, 3]])
    // Checked in the worker like any file (both reports' tables are unbalanced on purpose).
    for (const f of files) if (f.ok) expect(f.check.errorRules).toContain('T3-BALANCE')
    const one = await readEachInPool(pool, 'r.json', { bytes: new TextEncoder().encode('{}').buffer as ArrayBuffer })
    expect(one).toEqual([{ ok: false, name: 'r.json', reason: expect.any(String) }])
  }, 60_000)

  it('a worker that dies on the file: one failed entry named by the file', async () => {
    const spawn = (): WorkerPort => {
      let failed: (d: string) => void = () => {}
      return { post: () => setTimeout(() => failed('out of memory'), 5), onMessage: () => {}, onFailure: (l) => { failed = l }, terminate: () => {} }
    }
    const pool = new WorkerPool({ size: 1, spawn, inline: answer, timeoutMs: 5_000 })
    const files = await readEachInPool(pool, '汇编.pdf', { bytes: new ArrayBuffer(1) })
    expect(files).toEqual([{ ok: false, name: '汇编.pdf', reason: expect.stringContaining('“汇编.pdf”') }])
    pool.close()
  })
})
