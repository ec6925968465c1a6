// 打开报告 with a file of a unit and year 我的报告 already holds (report-file.md §11): by default the
// file becomes a new version of that report, and a file identical to it is not added again.
import { unitYearKey } from '@/report/region'
import { diffReports, isUnchanged } from '@/report/diff'
import type { Report } from '@/report/schema'
import { keptByUnit } from './kept-by-unit'
import { listEntries, loadReport } from './workspace'
import type { WorkspaceDB } from './workspace-db'

export interface SameReport {
  id: string
  /** The kept report as stored. */
  report: Report
  /** The file's tables and text equal the kept report's. */
  identical: boolean
}

/**
 * The report of 我的报告 a file of this unit and year would be a new version of, found as 汇总审核
 * finds it (kept-by-unit.ts): the one changed last; never a generated county total (named like the
 * 本级 government), never a report whose agency is blank (two untitled files are not the same unit).
 */
export async function findSameReport(db: WorkspaceDB, report: Report): Promise<SameReport | null> {
  const key = unitYearKey(report.meta.agency, report.meta.year)
  const id = key === null ? undefined : keptByUnit(await listEntries(db)).get(key)
  if (!id) return null
  const loaded = await loadReport(db, id)
  if (!loaded?.ok) return null
  return { id, report: loaded.opened.report, identical: isUnchanged(diffReports(loaded.opened.report, report)) }
}
