// @vitest-environment jsdom
// Model-based: random sequences of workspace operations (new, open, duplicate, delete, undo,
// edit, restore a version) against a plain model. After every step no report is lost, none is
// duplicated, and every report holds what the model says it holds.
import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createEmptyReport } from '@/report/default-report'
import type { Report } from '@/report/schema'
import {
  addVersion, createReport, duplicateReport, listEntries, listVersions, loadReport, saveReport, setDeleted,
} from './workspace'
import { openWorkspaceDB, type WorkspaceDB } from './workspace-db'

interface ModelReport {
  id: string
  /** What the user typed last: the agency and one cell. */
  agency: string
  count: number | null
  deleted: boolean
  revision: number
}
interface Model {
  reports: ModelReport[]
  lastDeleted: string | null
}
interface Real {
  db: WorkspaceDB
}

function reportOf(m: Pick<ModelReport, 'agency' | 'count'>): Report {
  const r = createEmptyReport(2024)
  r.meta.agency = m.agency
  r.table3.newReceived = { ...r.table3.newReceived, naturalPerson: m.count }
  return r
}

const live = (m: Model) => m.reports.filter((r) => !r.deleted)
const pick = <T,>(list: T[], i: number): T | undefined => list[i % Math.max(1, list.length)]

async function check(m: Model, r: Real) {
  const entries = await listEntries(r.db)
  expect(entries.map((e) => e.id).sort()).toEqual(live(m).map((x) => x.id).sort())
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length)
  const trash = await listEntries(r.db, true)
  expect(trash.map((e) => e.id).sort()).toEqual(m.reports.filter((x) => x.deleted).map((x) => x.id).sort())
  for (const x of m.reports) {
    const loaded = await loadReport(r.db, x.id)
    expect(loaded?.ok).toBe(true)
    if (!loaded?.ok) continue
    expect(loaded.opened.report.meta.agency).toBe(x.agency)
    expect(loaded.opened.report.table3.newReceived?.naturalPerson).toBe(x.count)
    expect(loaded.opened.revision).toBe(x.revision)
  }
}

class New implements fc.AsyncCommand<Model, Real> {
  readonly agency: string
  constructor(agency: string) {
    this.agency = agency
  }
  check = () => true
  async run(m: Model, r: Real) {
    const id = await createReport(r.db, { report: reportOf({ agency: this.agency, count: null }), origin: 'new' }, 'created')
    m.reports.push({ id, agency: this.agency, count: null, deleted: false, revision: 1 })
    await check(m, r)
  }
  toString = () => `new(${JSON.stringify(this.agency)})`
}

class Edit implements fc.AsyncCommand<Model, Real> {
  readonly i: number
  readonly agency: string
  readonly count: number | null
  constructor(i: number, agency: string, count: number | null) {
    this.i = i
    this.agency = agency
    this.count = count
  }
  check = (m: Readonly<Model>) => m.reports.length > 0
  async run(m: Model, r: Real) {
    const x = pick(m.reports, this.i)!
    const out = await saveReport(r.db, x.id, reportOf({ agency: this.agency, count: this.count }), x.revision)
    expect(out.ok).toBe(true)
    Object.assign(x, { agency: this.agency, count: this.count, revision: x.revision + 1 })
    await check(m, r)
  }
  toString = () => `edit(${this.i}, ${JSON.stringify(this.agency)}, ${this.count})`
}

class StaleEdit implements fc.AsyncCommand<Model, Real> {
  readonly i: number
  constructor(i: number) {
    this.i = i
  }
  check = (m: Readonly<Model>) => m.reports.some((x) => x.revision > 1)
  async run(m: Model, r: Real) {
    const x = pick(m.reports.filter((y) => y.revision > 1), this.i)!
    // Another tab's save on an older revision is refused and changes nothing.
    const out = await saveReport(r.db, x.id, reportOf({ agency: 'stale', count: 999 }), x.revision - 1)
    expect(out).toEqual({ ok: false, kind: 'conflict', revision: x.revision })
    await check(m, r)
  }
  toString = () => `staleEdit(${this.i})`
}

class Duplicate implements fc.AsyncCommand<Model, Real> {
  readonly i: number
  constructor(i: number) {
    this.i = i
  }
  check = (m: Readonly<Model>) => m.reports.length > 0
  async run(m: Model, r: Real) {
    const x = pick(m.reports, this.i)!
    const id = await duplicateReport(r.db, x.id)
    expect(id).not.toBeNull()
    m.reports.push({ id: id!, agency: x.agency, count: x.count, deleted: false, revision: 1 })
    await check(m, r)
  }
  toString = () => `duplicate(${this.i})`
}

class Delete implements fc.AsyncCommand<Model, Real> {
  readonly i: number
  constructor(i: number) {
    this.i = i
  }
  check = (m: Readonly<Model>) => live(m).length > 0
  async run(m: Model, r: Real) {
    const x = pick(live(m), this.i)!
    await setDeleted(r.db, x.id, true)
    x.deleted = true
    m.lastDeleted = x.id
    await check(m, r)
  }
  toString = () => `delete(${this.i})`
}

class Undo implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>) => m.lastDeleted !== null
  async run(m: Model, r: Real) {
    await setDeleted(r.db, m.lastDeleted!, false)
    m.reports.find((x) => x.id === m.lastDeleted)!.deleted = false
    m.lastDeleted = null
    await check(m, r)
  }
  toString = () => 'undo()'
}

class Restore implements fc.AsyncCommand<Model, Real> {
  readonly i: number
  readonly k: number
  constructor(i: number, k: number) {
    this.i = i
    this.k = k
  }
  check = (m: Readonly<Model>) => m.reports.length > 0
  async run(m: Model, r: Real) {
    const x = pick(m.reports, this.i)!
    const current = reportOf(x)
    await addVersion(r.db, x.id, 'idle', current)
    const versions = await listVersions(r.db, x.id)
    const chosen = pick(versions, this.k)!
    // As the editor restores: the current state becomes a version first, then the chosen one is saved.
    await addVersion(r.db, x.id, 'before-restore', current)
    const out = await saveReport(r.db, x.id, chosen.report, x.revision)
    expect(out.ok).toBe(true)
    Object.assign(x, { agency: chosen.report.meta.agency, count: chosen.report.table3.newReceived?.naturalPerson ?? null, revision: x.revision + 1 })
    const after = await listVersions(r.db, x.id)
    expect(after.some((v) => v.report.meta.agency === current.meta.agency && v.report.table3.newReceived?.naturalPerson === current.table3.newReceived?.naturalPerson)).toBe(true)
    await check(m, r)
  }
  toString = () => `restore(${this.i}, ${this.k})`
}

let n = 0
const agency = fc.constantFrom('甲镇人民政府', '乙镇人民政府', '丙街道办事处', '', '某某县人民政府办公室')

describe('workspace operations against a model', () => {
  it('never lose, duplicate or misplace a report', async () => {
    const commands = [
      agency.map((a) => new New(a)),
      fc.tuple(fc.nat(), agency, fc.option(fc.nat({ max: 99 }), { nil: null })).map(([i, a, c]) => new Edit(i, a, c)),
      fc.nat().map((i) => new StaleEdit(i)),
      fc.nat().map((i) => new Duplicate(i)),
      fc.nat().map((i) => new Delete(i)),
      fc.constant(new Undo()),
      fc.tuple(fc.nat(), fc.nat()).map(([i, k]) => new Restore(i, k)),
    ]
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 25 }), async (cmds) => {
        const db = await openWorkspaceDB(`model-${n++}`)
        try {
          await fc.asyncModelRun(() => ({ model: { reports: [], lastDeleted: null }, real: { db } }), cmds)
        } finally {
          db.close()
        }
      }),
      { numRuns: 100 },
    )
  }, 120_000)
})
