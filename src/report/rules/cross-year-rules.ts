// Warnings that compare this year's report with last year's (report-format.md §4a W-XYEAR-*,
// W-REPEAL) and the copy-from-last-year check.
import { issue, type Issue } from '../issue'
import type { Report } from '../schema'
import { textSimilarity } from '../similarity'
import { APPLICANT_COLUMNS } from '../tables/table3'
import { TABLE4_GROUPS } from '../tables/table4'
import type { Totals } from '../totals'
import { narrativeFields } from './narrative'

/** Share of identical text above which a narrative part counts as copied (assessors use 50%). */
export const COPY_THRESHOLD = 0.5

export function carryRule(report: Report, previous: Report): Issue[] {
  const out: Issue[] = []
  for (const col of APPLICANT_COLUMNS) {
    const now = report.table3.carriedOver?.[col.id]
    const before = previous.table3.carriedForward?.[col.id]
    if (now === null || now === undefined || before === null || before === undefined || now === before) continue
    out.push(issue('W-XYEAR-CARRY', 'warning', 'requests', [`table3/carriedOver/${col.id}`],
      `${col.caption}列：上年结转 ${now} 件，但${previous.meta.year}年报告“结转下年度继续办理”为 ${before} 件`))
  }
  return out
}

export function inForceRules(report: Report, previous: Report): Issue[] {
  const out: Issue[] = []
  for (const [rowId, caption] of [['rules', '规章'], ['normativeDocs', '行政规范性文件']] as const) {
    const row = report.table2[rowId]
    const last = previous.table2[rowId]?.inForce
    if (!row || last === null || last === undefined) continue
    const { issued, repealed, inForce } = row
    if (issued == null || repealed == null || inForce == null) continue
    if (repealed > last + issued)
      out.push(issue('W-REPEAL', 'warning', 'proactive', [`table2/${rowId}/repealed`],
        `${caption}：本年废止 ${repealed} 件，多于上年现行有效 ${last} 件 + 本年制发 ${issued} 件 = ${last + issued} 件`))
    const expected = last + issued - repealed
    if (inForce !== expected)
      out.push(issue('W-XYEAR-INFORCE', 'warning', 'proactive', [`table2/${rowId}/inForce`],
        `${caption}：现行有效 ${inForce} 件，按上年现行有效 ${last} + 本年制发 ${issued} − 本年废止 ${repealed} 应为 ${expected} 件（文件自然失效的可忽略此提醒）`))
  }
  return out
}

export function pendingCasesRule(totals: Totals, previous: Report): Issue[] {
  const lastPending = TABLE4_GROUPS.reduce((n, g) => n + (previous.table4[g.id]?.pending ?? 0), 0)
  const now = TABLE4_GROUPS.reduce((n, g) => n + (totals[`table4/${g.id}/total`] ?? 0), 0)
  if (lastPending === 0 || now >= lastPending) return []
  return [issue('W-XYEAR-PENDING', 'warning', 'appeals', TABLE4_GROUPS.map((g) => `table4/${g.id}/total`),
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
    out.push(issue(field.section === 'problems' ? 'W-SEC5' : 'W-COPY', 'warning', field.section, [field.path],
      `这部分与${previous.meta.year}年报告有 ${Math.round(sim * 100)}% 相同：审核对内容雷同会扣分，请按本年实际情况改写`))
  }
  return out
}
