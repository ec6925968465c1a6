// Last year's report the editor checks against: the report's own baseline (以上年报告为底稿), else
// the report of the same agency and the year before kept in 我的报告, the same one 汇总审核 and
// the command line use (report-file.md §11: one report, one answer).
import { useEffect, useState } from 'react'
import { unitYearKey } from '@/report/region'
import type { Report } from '@/report/schema'
import { keptByUnit } from '@/lib/kept-by-unit'
import { listEntries, loadReport, type OpenedReport } from '@/lib/workspace'
import type { WorkspaceDB } from '@/lib/workspace-db'

/** The report kept in 我的报告 for the unit of `agency` and `year`, chosen as 汇总审核 chooses it. */
async function findKept(db: WorkspaceDB, agency: string, year: number, except: ReadonlySet<string>): Promise<Report | null> {
  const key = unitYearKey(agency, year)
  const id = key === null ? undefined : keptByUnit(await listEntries(db), except).get(key)
  const loaded = id ? await loadReport(db, id) : null
  return loaded?.ok ? loaded.opened.report : null
}

export function useLastYear(db: WorkspaceDB | null, opened: OpenedReport): Report | null {
  const [kept, setKept] = useState<{ id: string; report: Report | null }>({ id: '', report: null })
  const { id, agency, year } = opened.entry
  useEffect(() => {
    if (!db || opened.baseline) return
    let cancelled = false
    void findKept(db, agency, year - 1, new Set([id])).then((found) => {
      if (!cancelled) setKept({ id, report: found })
    }).catch(() => {})
    return () => {
      cancelled = true
    }
  }, [db, id, agency, year, opened.baseline])
  return opened.baseline ?? (kept.id === id ? kept.report : null)
}
