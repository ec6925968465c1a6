// Which report of 我的报告 stands for a unit and year when one is looked for (report-file.md §11):
// a file's earlier submission in 汇总审核, and last year's report in 汇总审核 and in the editor.
// One function for both, so the editor checks a report against the same last year's report as the
// county does.
import { unitYearKey } from '@/report/region'
import type { Report } from '@/report/schema'
import { listEntries, loadReport } from './workspace'
import type { ReportEntry, WorkspaceDB } from './workspace-db'

/**
 * Unit-and-year key → the id of its most recently changed entry, of `entries` given newest change
 * first (as listEntries gives them), leaving out those of `except`. An entry without an agency name
 * stands for no unit (region.ts unitYearKey) and is never found. Neither is a generated county
 * total (origin 'aggregate'): it bears the 本级 government's name, but a file of that government
 * must not become a version of it, nor next year's reports be checked against it.
 */
export function keptByUnit(entries: readonly ReportEntry[], except: ReadonlySet<string> = new Set()): Map<string, string> {
  const out = new Map<string, string>()
  for (const e of entries) {
    const key = unitYearKey(e.agency, e.year)
    if (key === null || e.origin === 'aggregate' || except.has(e.id) || out.has(key)) continue
    out.set(key, e.id)
  }
  return out
}

export interface KeptIndex {
  /** The report of 我的报告 (outside the review) of a unit and year, newest change first; none without a unit. */
  load(key: string | null): Promise<{ id: string; report: Report } | null>
}

/** 我的报告 by unit and year, listed once per batch (not once per file). */
export async function keptIndex(db: WorkspaceDB, inReview: ReadonlySet<string>): Promise<KeptIndex> {
  const byKey = keptByUnit(await listEntries(db), inReview)
  return {
    async load(key) {
      const id = key === null ? undefined : byKey.get(key)
      const loaded = id ? await loadReport(db, id) : null
      return id && loaded?.ok ? { id, report: loaded.opened.report } : null
    },
  }
}
