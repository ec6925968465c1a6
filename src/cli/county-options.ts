// npm run check … --rules PACK.json --roster FILE (report-file.md §12): a rule pack's findings,
// score and deductions on each entry, and an entry for each unit of the roster without a report.
import { readFileSync } from 'node:fs'
import { readRosterFile } from '../import/roster-file'
import { matchRoster, type RosterUnit } from '../report/county/roster'
import { packIssues, parseRulePack, type RulePack } from '../report/county/rule-pack'
import { scoreReport, type Deduction } from '../report/county/scoring'
import type { FileRead } from '../worker/protocol'
import type { FileResult } from './batch-result'

export interface CountyOptions {
  pack: RulePack | null
  roster: RosterUnit[] | null
}

export type ScoredResult = FileResult & { score?: number; deductions?: Deduction[] }
export interface MissingUnit {
  unit: string
  missing: true
}

/** Reads the files named by --rules and --roster; a bad one is a usage error with the reason. */
export function loadCountyOptions(rules: string | null, roster: string | null, usageError: (message: string) => never): CountyOptions {
  const read = (path: string, what: string) => {
    try {
      return new Uint8Array(readFileSync(path))
    } catch {
      return usageError(`无法读取${what}：${path}`)
    }
  }
  let pack: RulePack | null = null
  if (rules) {
    const parsed = parseRulePack(new TextDecoder().decode(read(rules, '规则包')))
    if (!parsed.ok) usageError(`规则包 ${rules} 有误：${parsed.errors.join('；')}`)
    pack = parsed.pack
  }
  let units: RosterUnit[] | null = null
  if (roster) {
    const parsed = readRosterFile(roster, read(roster, '单位名单'))
    if (!parsed.ok) usageError(`单位名单 ${roster} 有误：${parsed.reason}`)
    units = parsed.units
  }
  return { pack, roster: units }
}

/** `checks[i]` belongs to `results[i]`. */
export function applyCountyOptions(results: readonly FileResult[], checks: readonly FileRead[], options: CountyOptions): { results: ScoredResult[]; missing: MissingUnit[] } {
  const { pack, roster } = options
  const scored = results.map((r, i): ScoredResult => {
    const check = checks[i]
    if (!pack || !('errors' in r) || !check?.ok) return r
    const extra = packIssues(check.report, pack)
    const finding = (x: (typeof extra)[number]) => ({ rule: x.ruleId, cells: x.cells, message: x.message })
    const errors = [...extra.filter((x) => x.severity === 'error').map(finding), ...r.errors]
    const warnings = [...r.warnings, ...extra.filter((x) => x.severity !== 'error').map(finding)]
    return { ...r, errors, warnings, ...scoreReport([...errors, ...warnings].map((f) => ({ ruleId: f.rule })), pack) }
  })
  const missing: MissingUnit[] = []
  if (roster) {
    const read = scored.flatMap((r, i) => ('agency' in r ? [{ id: String(i), agency: r.agency }] : []))
    for (const [unit, ids] of matchRoster(roster, read).byUnit) if (ids.length === 0) missing.push({ unit, missing: true })
  }
  return { results: scored, missing }
}
