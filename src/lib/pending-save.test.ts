// @vitest-environment jsdom
// The synchronous copies of unsaved edits: one per report, applied at start-up when storage
// takes them, kept (and handed back to be shown) when it still does not.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { balancedReport } from '@/report/fixtures/balanced'
import { applyPending, clearPending, writePending } from './pending-save'
import { createReport, loadReport } from './workspace'
import { openWorkspaceDB, type WorkspaceDB } from './workspace-db'

let db: WorkspaceDB | null = null
let n = 0
afterEach(() => {
  db?.close()
  vi.restoreAllMocks()
  localStorage.clear()
})

const withAgency = (agency: string) => {
  const report = balancedReport()
  report.meta.agency = agency
  return report
}

describe('pending saves', () => {
  it('keeps one copy per report and applies each at the next start', async () => {
    db = await openWorkspaceDB(`pending-${n++}`)
    const a = await createReport(db, { report: withAgency('甲镇人民政府'), origin: 'new' })
    const b = await createReport(db, { report: withAgency('乙镇人民政府'), origin: 'new' })
    writePending(a, 1, withAgency('甲镇（改）'))
    writePending(b, 1, withAgency('乙镇（改）'))
    expect(await applyPending(db)).toEqual(new Map())
    const loaded = await Promise.all([a, b].map((id) => loadReport(db!, id)))
    expect(loaded.map((l) => (l?.ok ? l.opened.report.meta.agency : null))).toEqual(['甲镇（改）', '乙镇（改）'])
    expect(Object.keys(localStorage)).toEqual([])
  })

  it('storage still full: the copy stays and is handed back to be shown', async () => {
    db = await openWorkspaceDB(`pending-${n++}`)
    const a = await createReport(db, { report: withAgency('甲镇人民政府'), origin: 'new' })
    writePending(a, 1, withAgency('甲镇（改）'))
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError')
    })
    const unsaved = await applyPending(db)
    expect(unsaved.get(a)?.meta.agency).toBe('甲镇（改）')
    expect(Object.keys(localStorage)).toHaveLength(1)
    vi.restoreAllMocks()
    expect(await applyPending(db)).toEqual(new Map())
    const loaded = await loadReport(db, a)
    expect(loaded?.ok && loaded.opened.report.meta.agency).toBe('甲镇（改）')
  })

  it('a copy older than what was saved since is dropped, not applied', async () => {
    db = await openWorkspaceDB(`pending-${n++}`)
    const a = await createReport(db, { report: withAgency('甲镇人民政府'), origin: 'new' })
    writePending(a, 0, withAgency('旧内容'))
    expect(await applyPending(db)).toEqual(new Map())
    const loaded = await loadReport(db, a)
    expect(loaded?.ok && loaded.opened.report.meta.agency).toBe('甲镇人民政府')
    writePending(a, 1, withAgency('x'))
    clearPending(a)
    expect(Object.keys(localStorage)).toEqual([])
  })
})
