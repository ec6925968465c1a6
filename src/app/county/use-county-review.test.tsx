// @vitest-environment jsdom
// A batch is finished only once its reports are checked with last year's report read beside them:
// until then the rows may still change, and the progress says so (busy), even with every file read.
import 'fake-indexeddb/auto'
import { act, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { checkReport, type CheckContext } from '@/report/check-report'
import { balancedPreviousReport, balancedReport } from '@/report/fixtures/balanced'
import type { Report } from '@/report/schema'
import { openWorkspaceDB, type WorkspaceDB } from '@/lib/workspace-db'
import { useCountyReview } from './use-county-review'

const reports: Record<string, Report> = {}
// The checks of the reconciliation (with last year's report) wait until the test lets them go.
let release: () => void = () => {}
let held = Promise.resolve()
// The reading of late.json, likewise.
let readLate: () => void = () => {}
let lateRead = Promise.resolve()

vi.mock('@/worker/browser-pool', () => ({ browserPool: () => ({}) }))
vi.mock('@/worker/jobs', () => ({
  readEachInPool: async (_pool: unknown, name: string) => {
    if (name === 'late.json') await lateRead
    const report = reports[name]!
    const summary = { sectionsFound: 6, tablesFound: 3, cellsRead: 0, cellsMissing: 0 }
    return [{ ok: true, name, report, findings: [], summary, sources: {}, check: checkReport(report) }]
  },
  checkInPool: async (_pool: unknown, report: Report, context: CheckContext) => {
    await held
    return checkReport(report, context)
  },
}))

let db: WorkspaceDB | null = null
afterEach(() => {
  db?.close()
  db = null
})

describe('useCountyReview', () => {
  it('a batch stays busy until its reports are checked with last year\'s report, then its rows are final', async () => {
    db = await openWorkspaceDB('county-review-busy')
    const thisYear = balancedReport()
    const lastYear = balancedPreviousReport()
    // A carried-forward figure last year's report does not match: a cross-year warning, found only with both.
    lastYear.table3.carriedForward!.naturalPerson = 7
    reports['now.json'] = thisYear
    reports['before.json'] = lastYear
    held = new Promise<void>((go) => { release = go })

    const { result } = renderHook(() => useCountyReview(db!))
    const file = (name: string) => new File(['{}'], name, { type: 'application/json' })
    let batch: Promise<unknown> = Promise.resolve()
    act(() => { batch = result.current.addFiles([file('now.json'), file('before.json')]) })
    // Both files read; the check with last year's report still runs: not finished.
    await waitFor(() => expect(result.current.progress?.done).toBe(2))
    expect(result.current.progress?.busy).toBe(true)

    release()
    await act(() => batch)
    expect(result.current.progress).toMatchObject({ done: 2, total: 2, busy: false })
    const row = result.current.rows?.find((r) => r.report.meta.year === thisYear.meta.year)
    expect(row?.issues.map((i) => i.ruleId)).toContain('W-XYEAR-CARRY')
  })

  it('files added while a batch runs: the earlier batch finishing does not end the later one\'s progress', async () => {
    db = await openWorkspaceDB('county-review-two-batches')
    const other = balancedReport()
    other.meta = { ...other.meta, agency: '某县另一镇人民政府' }
    reports['now.json'] = balancedReport()
    reports['before.json'] = balancedPreviousReport()
    reports['late.json'] = other
    held = new Promise<void>((go) => { release = go })
    lateRead = new Promise<void>((go) => { readLate = go })

    const { result } = renderHook(() => useCountyReview(db!))
    const file = (name: string) => new File(['{}'], name, { type: 'application/json' })
    let first: Promise<unknown> = Promise.resolve()
    let second: Promise<unknown> = Promise.resolve()
    // The first batch waits on its check with last year's report when the second is added.
    act(() => { first = result.current.addFiles([file('now.json'), file('before.json')]) })
    await waitFor(() => expect(result.current.progress?.done).toBe(2))
    act(() => { second = result.current.addFiles([file('late.json')]) })
    release()
    await act(() => first)
    expect(result.current.progress).toMatchObject({ done: 0, total: 1, busy: true })

    readLate()
    await act(() => second)
    expect(result.current.progress).toMatchObject({ done: 1, total: 1, busy: false })
    expect(result.current.rows).toHaveLength(3)
  })
})
