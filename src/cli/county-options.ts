// npm run check … --rules PACK.json --roster FILE (report-file.md §12): the files read (batchResults
// applies them, as 汇总审核 does), and what the terminal says of the roster's units.
import { readFileSync } from 'node:fs'
import { readRosterFile } from '../import/roster-file'
import { UNIT_STATUS_LABELS, type RosterUnit, type UnitStatus } from '../report/county/roster'
import type { RulePack } from '../report/county/rule-pack'
import { readRulePackFile } from '../import/rule-pack-file'
import type { BatchRun, CountyOptions } from './batch-result'

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
    // The same limit and messages as 载入规则包 on 汇总审核 (rule-pack-file.ts).
    const parsed = readRulePackFile(read(rules, '规则包'))
    if (!parsed.ok) usageError(`规则包 ${rules} 有误：${parsed.reason}`)
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

const UNMATCHED_SHOWN = 20

/**
 * The roster in the terminal: how many units are in each status (as the roster panel of 汇总审核
 * shows them, by each unit's latest report), which sent nothing, and which reports are on no line of it.
 */
export function rosterLines({ units, missing, unmatched }: Pick<BatchRun, 'units' | 'missing' | 'unmatched'>): string[] {
  if (units.length === 0) return []
  const count = (status: UnitStatus) => units.filter((u) => u.status === status).length
  const statuses = (Object.keys(UNIT_STATUS_LABELS) as UnitStatus[]).filter((s) => count(s) > 0).map((s) => `${UNIT_STATUS_LABELS[s]} ${count(s)} 个`)
  return [
    `名单共 ${units.length} 个单位（按各单位最新一次报送）：${statuses.join('，')}`,
    ...(missing.length > 0 ? [`名单中 ${missing.length} 个单位没有报告：${missing.map((m) => m.unit).join('、')}`] : []),
    // A province's folder may hold thousands: the first ones named, all counted.
    ...(unmatched.length > 0 ? [`${unmatched.length} 份报告的单位不在名单中：${unmatched.slice(0, UNMATCHED_SHOWN).join('、')}${unmatched.length > UNMATCHED_SHOWN ? ' 等' : ''}`] : []),
  ]
}
