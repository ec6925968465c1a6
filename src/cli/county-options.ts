// npm run check … --rules PACK.json --roster FILE (report-file.md §12): a rule pack's score and
// deductions on each entry (batchResults lists its findings), and an entry for each unit of the
// roster without a report.
import { readFileSync } from 'node:fs'
import { readRosterFile } from '../import/roster-file'
import { matchRoster, type RosterUnit } from '../report/county/roster'
import { parseRulePack, type RulePack } from '../report/county/rule-pack'
import { scoreReport, type Deduction } from '../report/county/scoring'
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

/** `results` from batchResults(…, options.pack): their findings include the pack's. */
export function applyCountyOptions(results: readonly FileResult[], options: CountyOptions): { results: ScoredResult[]; missing: MissingUnit[] } {
  const { pack, roster } = options
  const scored = results.map((r): ScoredResult => {
    if (!pack || !('errors' in r)) return r
    return { ...r, ...scoreReport([...r.errors, ...r.warnings].map((f) => ({ ruleId: f.rule })), pack) }
  })
  const missing: MissingUnit[] = []
  if (roster) {
    const read = scored.flatMap((r, i) => ('agency' in r ? [{ id: String(i), agency: r.agency }] : []))
    for (const [unit, ids] of matchRoster(roster, read).byUnit) if (ids.length === 0) missing.push({ unit, missing: true })
  }
  return { results: scored, missing }
}
