// The county office's January in one pure step (report-file.md §12): each report of the review
// with its findings triaged, its rule pack findings and score, its round and lateness, and each
// unit of the roster with its status. The page, the workbook and the letters read this.
import type { Issue } from '../issue'
import type { Report } from '../schema'
import { sortIssues } from '../validate'
import { unitYearKey } from '../region'
import { isLate, matchRoster, unitStatus, type RosterUnit, type UnitStatus } from './roster'
import { packIssues, type RulePack } from './rule-pack'
import { scoreReport, type Score } from './scoring'
import { openIssues, triageIssues, type TriagedIssue, type TriageMarks } from './triage'
import { latestPerUnit } from './units'

/**
 * A report's rule pack findings, once per report object and pack object (neither is changed in
 * place: an edit makes a new report, a pack loaded is a new pack): the review is worked out again
 * on every mark, file and setting, and 500 reports need not run the pack again each time.
 */
const packIssuesOf = new WeakMap<Report, WeakMap<RulePack, readonly Issue[]>>()
function packFindings(report: Report, pack: RulePack): readonly Issue[] {
  let byPack = packIssuesOf.get(report)
  if (!byPack) packIssuesOf.set(report, (byPack = new WeakMap()))
  let found = byPack.get(pack)
  if (!found) byPack.set(pack, (found = packIssues(report, pack)))
  return found
}

export interface JanuarySource {
  id: string
  report: Report
  /** When the report was received (added to the review), ISO; null if unknown. */
  receivedAt: string | null
  /** Its findings, including those across reports. */
  issues: readonly Issue[]
  /** Which submission of its unit and year it is, when the review knows (else counted here). */
  round?: number
}

export interface JanuarySettings {
  roster: readonly RosterUnit[]
  /** 截止日期 (ISO date) for receiving reports, or null. */
  deadline: string | null
  pack: RulePack | null
  marks: TriageMarks
}

export interface JanuaryRow {
  triaged: TriagedIssue[]
  /** Counts of the findings that are not ignored. */
  errors: number
  warnings: number
  errorRules: string[]
  score: Score | null
  /** 1 for a unit's first report of the year, 2 for the next, … */
  round: number
  late: boolean
  /** The roster unit it belongs to; null with no roster or no match. */
  unit: string | null
  unmatched: boolean
}

export interface UnitRow {
  name: string
  type: string
  status: UnitStatus
  /** The unit's latest report, if any. */
  reportId: string | null
  round: number
  receivedAt: string | null
  late: boolean
}

/** `sources` in submission order (of two reports of one unit and year, the later is the newer). */
export function januaryReview(sources: readonly JanuarySource[], settings: JanuarySettings): { rows: Map<string, JanuaryRow>; units: UnitRow[] } {
  // Rounds: a unit's reports of one year in the order they were received.
  const groups = new Map<string, JanuarySource[]>()
  for (const s of sources) {
    // A report without an agency name is a unit of its own: its own round 1.
    const key = unitYearKey(s.report.meta.agency, s.report.meta.year) ?? `#${s.id}`
    groups.set(key, [...(groups.get(key) ?? []), s])
  }
  const round = new Map<string, number>()
  for (const group of groups.values()) {
    const ordered = group.map((s, i) => ({ s, i })).sort((a, b) => (a.s.receivedAt ?? '').localeCompare(b.s.receivedAt ?? '') || a.i - b.i)
    ordered.forEach(({ s }, i) => round.set(s.id, i + 1))
  }
  const match = settings.roster.length ? matchRoster(settings.roster, sources.map((s) => ({ id: s.id, agency: s.report.meta.agency }))) : null
  const unitOf = new Map<string, string>()
  for (const [unit, ids] of match?.byUnit ?? []) for (const id of ids) unitOf.set(id, unit)
  const unmatched = new Set(match?.unmatched ?? [])

  const rows = new Map<string, JanuaryRow>()
  for (const s of sources) {
    const all = sortIssues([...s.issues, ...(settings.pack ? packFindings(s.report, settings.pack) : [])])
    const triaged = triageIssues(s.report.meta.agency, s.report.meta.year, all, settings.marks, s.id)
    const open = openIssues(triaged)
    const errors = open.filter((i) => i.severity === 'error')
    rows.set(s.id, {
      triaged,
      errors: errors.length,
      warnings: open.length - errors.length,
      errorRules: [...new Set(errors.map((i) => i.ruleId))],
      score: settings.pack ? scoreReport(open, settings.pack) : null,
      round: s.round ?? round.get(s.id) ?? 1,
      late: isLate(s.receivedAt, settings.deadline),
      unit: unitOf.get(s.id) ?? null,
      unmatched: unmatched.has(s.id),
    })
  }

  const units = settings.roster.map((u): UnitRow => {
    const ids = new Set(match?.byUnit.get(u.name) ?? [])
    // In submission order (by round; the order given among equal rounds), the latest report of the
    // latest year, as 生成汇总报告 and the letters take it (units.ts).
    const mine = sources.filter((s) => ids.has(s.id)).sort((a, b) => rows.get(a.id)!.round - rows.get(b.id)!.round)
    const year = Math.max(...mine.map((s) => s.report.meta.year))
    const latest = latestPerUnit(mine.filter((s) => s.report.meta.year === year), (s) => s.report).at(-1)
    if (!latest) return { name: u.name, type: u.type, status: 'missing', reportId: null, round: 0, receivedAt: null, late: false }
    const row = rows.get(latest.id)!
    return {
      name: u.name, type: u.type, status: unitStatus({ errors: row.errors, warnings: row.warnings }),
      reportId: latest.id, round: row.round, receivedAt: latest.receivedAt, late: row.late,
    }
  })
  return { rows, units }
}
