// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { balancedPreviousReport, balancedReport } from '@/report/fixtures/balanced'
import { createEmptyReport } from '@/report/default-report'
import { migrateLegacyDraft } from './legacy-draft'
import {
  addVersion, createReport, createReports, duplicateReport, getSetting, listEntries, listVersions, loadReport, purgeReport, resubmitReport, saveReport, setDeleted,
} from './workspace'
import { openWorkspaceDB, type WorkspaceDB } from './workspace-db'
import { MAX_VERSIONS } from './version-policy'

let dbs: WorkspaceDB[] = []
let n = 0
async function fresh(): Promise<WorkspaceDB> {
  const db = await openWorkspaceDB(`test-${n++}`)
  dbs.push(db)
  return db
}
afterEach(() => {
  for (const db of dbs) db.close()
  dbs = []
  localStorage.clear()
})

describe('workspace', () => {
  it('a resubmission becomes the report, its earlier (edited) content kept as a version, with the new file and counts', async () => {
    const db = await fresh()
    const id = await createReport(db, { report: balancedReport(), origin: 'file', source: 'a.json', counts: { errors: 0, warnings: 0 } })
    const edited = balancedReport()
    edited.table2.penalty = { decisions: 7 }
    await saveReport(db, id, edited, 1)
    const next = balancedReport()
    next.table2.penalty = { decisions: 9 }
    const earlier = await resubmitReport(db, id, { report: next, findings: [], source: 'a（第二次）.json', counts: { errors: 1, warnings: 2 } })
    expect(earlier.table2.penalty?.decisions).toBe(7)
    const loaded = await loadReport(db, id)
    expect(loaded?.ok && loaded.opened.report.table2.penalty?.decisions).toBe(9)
    expect((await listEntries(db))).toEqual([expect.objectContaining({ id, source: 'a（第二次）.json', errors: 1, warnings: 2 })])
    const versions = await listVersions(db, id)
    expect(versions.map((v) => [v.reason, v.report.table2.penalty?.decisions])).toEqual([['resubmit', 9], ['before-resubmit', 7], ['import', balancedReport().table2.penalty?.decisions]])
  })

  it('adds a batch of reports in one transaction, each with its own id and first version; a batch that cannot be stored stores none', async () => {
    const db = await fresh()
    const reports = ['甲镇', '乙镇', '丙镇'].map((town) => {
      const r = balancedReport()
      r.meta.agency = `某县${town}人民政府`
      return r
    })
    const ids = await createReports(db, reports.map((report, i) => ({ report, origin: 'file', source: `${i}.docx`, counts: { errors: i, warnings: 0 } })))
    expect(new Set(ids).size).toBe(3)
    for (const [i, id] of ids.entries()) {
      const loaded = await loadReport(db, id)
      expect(loaded?.ok && [loaded.opened.report.meta.agency, loaded.opened.entry.source, loaded.opened.entry.errors]).toEqual([reports[i]!.meta.agency, `${i}.docx`, i])
      expect((await listVersions(db, id)).map((v) => v.reason)).toEqual(['import'])
    }
    // A report that cannot be stored (here: not cloneable) fails the whole batch.
    const broken = { ...balancedReport(), extra: () => 0 } as unknown as typeof reports[number]
    await expect(createReports(db, [{ report: balancedReport(), origin: 'file' }, { report: broken, origin: 'file' }])).rejects.toThrow()
    expect((await listEntries(db)).map((e) => e.id).sort()).toEqual([...ids].sort())
  })

  it('adds, lists, loads and saves reports; a stale revision is a conflict, nothing written', async () => {
    const db = await fresh()
    const id = await createReport(db, { report: balancedReport(), origin: 'file', source: 'a.json' })
    const [entry] = await listEntries(db)
    expect(entry).toMatchObject({ id, agency: '清河县青石镇人民政府', year: 2024, origin: 'file', source: 'a.json', deletedAt: null })
    const loaded = await loadReport(db, id)
    expect(loaded?.ok && loaded.opened.revision).toBe(1)
    const edited = balancedReport()
    edited.meta.agency = '改名镇人民政府'
    expect(await saveReport(db, id, edited, 1)).toMatchObject({ ok: true, revision: 2 })
    expect(await saveReport(db, id, balancedReport(), 1)).toEqual({ ok: false, kind: 'conflict', revision: 2 })
    const again = await loadReport(db, id)
    expect(again?.ok && again.opened.report.meta.agency).toBe('改名镇人民政府')
    expect((await listEntries(db))[0]?.agency).toBe('改名镇人民政府')
  })

  it('duplicates, deletes to the 回收站, restores and purges', async () => {
    const db = await fresh()
    const id = await createReport(db, { report: balancedReport(), baseline: balancedPreviousReport(), origin: 'new' })
    const copy = await duplicateReport(db, id)
    expect(copy).not.toBe(id)
    const loaded = copy ? await loadReport(db, copy) : null
    expect(loaded?.ok && loaded.opened.baseline?.meta.year).toBe(2023)
    await setDeleted(db, id, true)
    expect((await listEntries(db)).map((e) => e.id)).toEqual([copy])
    expect((await listEntries(db, true)).map((e) => e.id)).toEqual([id])
    await setDeleted(db, id, false)
    expect((await listEntries(db)).length).toBe(2)
    await purgeReport(db, id)
    expect(await loadReport(db, id)).toBeNull()
    expect(await listVersions(db, id)).toEqual([])
  })

  it('keeps versions with what changed, skips identical ones, and thins beyond the limit', async () => {
    const db = await fresh()
    const id = await createReport(db, { report: balancedReport(), origin: 'new' })
    expect(await addVersion(db, id, 'idle', balancedReport())).toBe(false)
    const edited = balancedReport()
    edited.table3.newReceived = { ...edited.table3.newReceived, naturalPerson: 13 }
    edited.overview.platform = '新的平台建设情况。'
    expect(await addVersion(db, id, 'idle', edited)).toBe(true)
    const [newest] = await listVersions(db, id)
    expect(newest?.changes).toEqual({ sections: ['overview', 'requests'], cells: ['table3/newReceived/naturalPerson'], fields: ['overview.platform'] })
    for (let i = 0; i < MAX_VERSIONS + 10; i++) {
      const r = balancedReport()
      r.overview.platform = `第 ${i} 次修改。`
      await addVersion(db, id, 'idle', r)
    }
    const versions = await listVersions(db, id)
    expect(versions).toHaveLength(MAX_VERSIONS)
    expect(versions[0]?.report.overview.platform).toBe(`第 ${MAX_VERSIONS + 9} 次修改。`)
  })

  it('moves the old localStorage draft and baseline over once, then removes them', async () => {
    const db = await fresh()
    const draft = createEmptyReport(2024)
    draft.meta.agency = '旧草稿镇人民政府'
    localStorage.setItem('gov-info-annual-report:draft', JSON.stringify({ savedAt: 'x', report: { ...draft, schemaVersion: 1, overview: { ...draft.overview, intro: undefined } } }))
    localStorage.setItem('gov-info-annual-report:baseline', JSON.stringify(balancedPreviousReport()))
    const result = await migrateLegacyDraft(db)
    expect(result.kind).toBe('moved')
    const id = result.kind === 'moved' ? result.id : ''
    const loaded = await loadReport(db, id)
    expect(loaded?.ok && loaded.opened.report.meta.agency).toBe('旧草稿镇人民政府')
    expect(loaded?.ok && loaded.opened.baseline?.meta.year).toBe(2023)
    expect(await getSetting(db, 'lastOpen')).toBe(id)
    expect(localStorage.getItem('gov-info-annual-report:draft')).toBeNull()
    expect(await migrateLegacyDraft(db)).toEqual({ kind: 'none' })
    expect(await listEntries(db)).toHaveLength(1)
  })

  it('keeps a damaged old draft aside in localStorage and says why', async () => {
    const db = await fresh()
    localStorage.setItem('gov-info-annual-report:draft', '{"savedAt":"x","report":{"format":')
    const result = await migrateLegacyDraft(db)
    expect(result.kind).toBe('damaged')
    const keptAs = result.kind === 'damaged' ? result.keptAs : ''
    expect(localStorage.getItem(keptAs)).toBe('{"savedAt":"x","report":{"format":')
    expect(await listEntries(db)).toEqual([])
  })
})
