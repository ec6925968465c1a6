// 单位名单 (report-file.md §12): the units a county office expects a report from, read from what it
// types or pastes (one name a line, or name and type columns from a spreadsheet) or from a .csv,
// and matched tolerantly against the agencies of the reports it received. Pure: the page, the
// command line and the tests share it.
import { unitKey } from '../region'

export interface RosterUnit {
  name: string
  /** The second column of a pasted spreadsheet (乡镇, 街道, 部门…), when there was one. */
  type: string
}

const HEADER = /^(单位|单位名称|名称|机关|机关全称|name|unit)$/i

/** One CSV/TSV line split into cells (double quotes as Excel writes them). */
function cells(line: string): string[] {
  const sep = line.includes('\t') ? '\t' : ','
  const out: string[] = []
  let cur = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++ }
      else if (ch === '"') quoted = false
      else cur += ch
    } else if (ch === '"' && cur === '') quoted = true
    else if (ch === sep || (sep === ',' && ch === '，')) { out.push(cur); cur = '' }
    else cur += ch
  }
  out.push(cur)
  return out.map((c) => c.trim())
}

/** Rows of cells (from a pasted list, a .csv or a sheet) to units: blank and header rows skipped, each name once. */
export function rosterFromRows(rows: readonly (readonly string[])[]): RosterUnit[] {
  const seen = new Set<string>()
  const out: RosterUnit[] = []
  for (const row of rows) {
    const name = (row[0] ?? '').replace(/^\ufeff/, '').trim()
    if (!name || HEADER.test(name) || /^\d+$/.test(name)) continue
    const key = unitKey(name)
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ name, type: (row[1] ?? '').trim() })
  }
  return out
}

/** What the office typed or pasted, or a .csv file's text. */
export function parseRosterText(text: string): RosterUnit[] {
  return rosterFromRows(text.split(/\r?\n/).map(cells))
}

/** How well a roster name fits an agency: 2 the same unit, 1 the short name of it, 0 not. */
function fit(unit: string, agency: string): number {
  if (!unit || !agency) return 0
  if (unit === agency) return 2
  // A short name without the county or city before it: "白沙镇" for "伊川县白沙镇".
  if (agency.endsWith(unit) || unit.endsWith(agency)) return 1
  return 0
}

export interface RosterMatch {
  /** Roster unit name → the ids of its reports, in the order given. */
  byUnit: Map<string, string[]>
  /** Reports that match no unit of the roster. */
  unmatched: string[]
}

/**
 * Each report goes to the unit that fits it best (the same name before a short name; among short
 * names the longest), or to none when two units fit it equally well.
 */
export function matchRoster(units: readonly RosterUnit[], reports: readonly { id: string; agency: string }[]): RosterMatch {
  const keys = units.map((u) => ({ unit: u.name, key: unitKey(u.name) }))
  const exact = new Map(keys.map((k) => [k.key, k.unit]))
  const byUnit = new Map<string, string[]>(units.map((u) => [u.name, []]))
  const unmatched: string[] = []
  for (const r of reports) {
    const key = unitKey(r.agency)
    // A report without an agency name belongs to no unit of the list.
    let best = key ? exact.get(key) ?? null : null
    if (best === null) {
      let bestLength = 0
      let tie = false
      for (const k of keys) {
        if (fit(k.key, key) === 0) continue
        if (k.key.length > bestLength) { best = k.unit; bestLength = k.key.length; tie = false }
        else if (k.key.length === bestLength) tie = true
      }
      if (tie) best = null
    }
    if (best === null) unmatched.push(r.id)
    else byUnit.get(best)!.push(r.id)
  }
  return { byUnit, unmatched }
}

export type UnitStatus = 'missing' | 'submitted' | 'errors' | 'passed'

export const UNIT_STATUS_LABELS: Record<UnitStatus, string> = {
  missing: '未提交',
  submitted: '已提交',
  errors: '有错误',
  passed: '已通过',
}

/**
 * A unit's status from its latest report's open findings: 有错误 while an error is open, 已通过 when
 * nothing is left open, 已提交 while warnings still wait for the reviewer.
 */
export function unitStatus(open: { errors: number; warnings: number } | null): UnitStatus {
  if (!open) return 'missing'
  if (open.errors > 0) return 'errors'
  return open.warnings > 0 ? 'submitted' : 'passed'
}

/** Received after the deadline (an ISO date, inclusive to its end) — both as ISO strings. */
export function isLate(receivedAt: string | null, deadline: string | null): boolean {
  if (!receivedAt || !deadline) return false
  return receivedAt.slice(0, 10) > deadline
}
