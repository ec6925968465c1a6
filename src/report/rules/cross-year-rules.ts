// Warnings that compare this year's report with last year's (report-format.md §4a W-XYEAR-*,
// W-REPEAL) and the copy-from-last-year check.
import { issue, type Issue } from '../issue'
import type { Report } from '../schema'
import { textSimilarity } from '../similarity'
import { tableSection } from '../tables/registry'
import { cellId } from '../tables/table-def'
import { IN_FORCE, ISSUED, REPEALED, RULE_ROWS } from '../tables/table2'
import { APPLICANT_COLUMNS, CARRIED_FORWARD_ROW, INTAKE_ROWS } from '../tables/table3'
import { TABLE4_GROUPS } from '../tables/table4'
import type { Totals } from '../totals'
import { readValue } from '../values'
import { narrativeLabel } from '../narrative-fields'
import { narrativeFields, quoteSentence, sentences } from './narrative'
import { appealTotal, appealTotalCells } from './table-rules'

const CARRIED_OVER = INTAKE_ROWS[1]

/** Share of identical text above which a narrative part counts as copied (assessors use 50%). */
const COPY_THRESHOLD = 0.5

export function carryRule(report: Report, previous: Report): Issue[] {
  const out: Issue[] = []
  for (const col of APPLICANT_COLUMNS) {
    const here = { rowId: CARRIED_OVER.id, colId: col.id } as const
    const now = readValue(report, 'table3', here)
    const before = readValue(previous, 'table3', { rowId: CARRIED_FORWARD_ROW.id, colId: col.id })
    if (now === null || before === null || now === before) continue
    out.push(issue('W-XYEAR-CARRY', 'warning', tableSection('table3'), [cellId('table3', here)],
      `${col.caption}列：上年结转 ${now} 件，但${previous.meta.year}年报告“结转下年度继续办理”为 ${before} 件`))
  }
  return out
}

export function inForceRules(report: Report, previous: Report): Issue[] {
  const out: Issue[] = []
  for (const { id: rowId, caption } of RULE_ROWS) {
    const value = (r: Report, colId: typeof ISSUED | typeof REPEALED | typeof IN_FORCE) => readValue(r, 'table2', { rowId, colId })
    const last = value(previous, IN_FORCE)
    const [issued, repealed, inForce] = [value(report, ISSUED), value(report, REPEALED), value(report, IN_FORCE)]
    if (last === null || issued === null || repealed === null || inForce === null) continue
    if (repealed > last + issued)
      out.push(issue('W-REPEAL', 'warning', tableSection('table2'), [cellId('table2', { rowId, colId: REPEALED })],
        `${caption}：本年废止 ${repealed} 件，多于上年现行有效 ${last} 件 + 本年制发 ${issued} 件 = ${last + issued} 件`))
    const expected = last + issued - repealed
    if (inForce !== expected)
      out.push(issue('W-XYEAR-INFORCE', 'warning', tableSection('table2'), [cellId('table2', { rowId, colId: IN_FORCE })],
        `${caption}：现行有效 ${inForce} 件，按上年现行有效 ${last} + 本年制发 ${issued} − 本年废止 ${repealed} 应为 ${expected} 件（文件自然失效的可忽略此提醒）`))
  }
  return out
}

export function pendingCasesRule(totals: Totals, previous: Report): Issue[] {
  const lastPending = TABLE4_GROUPS.reduce((n, g) => n + (readValue(previous, 'table4', { rowId: g.id, colId: 'pending' }) ?? 0), 0)
  const now = appealTotal(totals)
  if (lastPending === 0 || now >= lastPending) return []
  return [issue('W-XYEAR-PENDING', 'warning', tableSection('table4'), appealTotalCells(),
    `${previous.meta.year}年报告有 ${lastPending} 件复议、诉讼尚未审结，本年表四只有 ${now} 件：已审结的应计入本年结果`)]
}

export function copiedTextRule(report: Report, previous: Report): Issue[] {
  const before = new Map(narrativeFields(previous).map((f) => [f.path, f.text]))
  const out: Issue[] = []
  for (const field of narrativeFields(report)) {
    const last = before.get(field.path) ?? ''
    if (field.text.trim().length < 20 || last.trim().length < 20) continue
    const sim = textSimilarity(field.text, last)
    if (sim <= COPY_THRESHOLD) continue
    // Name the paragraph and quote one sentence kept from last year (once, not per sentence).
    const lastSentences = new Set(sentences([{ ...field, text: last }]).map((s) => quoteSentence(s.text)))
    const kept = sentences([field]).map((s) => quoteSentence(s.text)).find((s) => s && lastSentences.has(s))
    out.push(issue(field.section === 'problems' ? 'W-SEC5' : 'W-COPY', 'warning', field.section, [field.path],
      `“${narrativeLabel(field.path)}”与${previous.meta.year}年报告有 ${Math.round(sim * 100)}% 相同${kept ? `，如“${kept}”` : ''}：审核对内容雷同会扣分，请按本年实际情况改写`))
  }
  return out
}

/** Every comparison with last year's report (validate() with `previous`, and the county review). */
export function crossYearIssues(report: Report, previous: Report, totals: Totals): Issue[] {
  const issues: Issue[] = []
  if (previous.meta.year !== report.meta.year - 1)
    issues.push(issue('W-XYEAR-CARRY', 'warning', 'meta', ['meta.year'],
      `对比用的上年报告是 ${previous.meta.year} 年的，本报告为 ${report.meta.year} 年`))
  issues.push(
    ...carryRule(report, previous),
    ...inForceRules(report, previous),
    ...pendingCasesRule(totals, previous),
    ...copiedTextRule(report, previous),
  )
  return issues
}
