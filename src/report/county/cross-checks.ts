// Checks across the reports of a county review (warnings, report-format.md §4a in spirit):
// - X-DUPLICATE: the same agency and year present twice;
// - last year's report of the same agency present: every cross-year check (W-XYEAR-CARRY, the
//   in-force identity, pending cases, copied text), as validate() runs them with a baseline;
// - X-COPY-UNIT: two units of one year whose narrative text is largely the same (copy-check.ts);
// - X-PARENT: a county government's report against the sum of the units it covers.
import { issue, type Issue } from '../issue'
import { crossYearIssues } from '../rules/cross-year-rules'
import type { Report } from '../schema'
import { cellId, TOTAL_COLUMN, type CellRef } from '../tables/table-def'
import { DECISIONS, ENFORCEMENT_ROWS } from '../tables/table2'
import { CARRIED_FORWARD_ROW, INTAKE_ROWS } from '../tables/table3'
import { TABLE4_GROUPS } from '../tables/table4'
import { cellValue, computeTotals } from '../totals'
import { foldText } from '../text'
import { agencyLabel } from '../format'
import { copyIssues, copyPairs } from './copy-check'

export interface ReviewItem {
  id: string
  /** How the report is named in messages: its file name, else its agency. */
  label: string
  report: Report
}

/** Reports of one agency and year share this key (the agency compared as foldText does). */
export const agencyYearKey = (agency: string, year: number) => `${foldText(agency)}|${year}`

/** The figures a parent report is compared on: 总计 cells of tables 3 and 4, table 2 decisions. */
const PARENT_FIGURES: { table: 'table2' | 'table3' | 'table4'; ref: CellRef; caption: string }[] = [
  ...[...INTAKE_ROWS, CARRIED_FORWARD_ROW].map((row) => ({ table: 'table3' as const, ref: { rowId: row.id, colId: TOTAL_COLUMN.id }, caption: row.caption.replace(/^[一二三四]、/, '') })),
  ...TABLE4_GROUPS.map((g) => ({ table: 'table4' as const, ref: { rowId: g.id, colId: TOTAL_COLUMN.id }, caption: g.caption })),
  ...ENFORCEMENT_ROWS.map((row) => ({ table: 'table2' as const, ref: { rowId: row.id, colId: DECISIONS }, caption: row.caption })),
]

const figure = (report: Report, f: (typeof PARENT_FIGURES)[number]) => cellValue(report, f.table, f.ref) ?? 0

/** The region a government report covers: "伊川县人民政府" → "伊川县". */
function regionOf(report: Report): string | null {
  const m = /^(.+?[省市州盟县区旗])人民政府$/.exec(report.meta.agency.replace(/\s+/g, ''))
  return m?.[1] ?? null
}

export function crossReportIssues(items: readonly ReviewItem[]): Map<string, Issue[]> {
  const out = new Map<string, Issue[]>(items.map((i) => [i.id, []]))
  const add = (id: string, found: Issue[]) => out.get(id)?.push(...found)

  const byAgencyYear = new Map<string, ReviewItem[]>()
  for (const item of items) {
    const key = agencyYearKey(item.report.meta.agency, item.report.meta.year)
    byAgencyYear.set(key, [...(byAgencyYear.get(key) ?? []), item])
  }
  for (const group of byAgencyYear.values()) {
    if (group.length < 2) continue
    for (const item of group) {
      const others = group.filter((g) => g !== item).map((g) => `“${g.label}”`).join('、')
      add(item.id, [issue('X-DUPLICATE', 'warning', 'meta', ['meta.agency', 'meta.year'],
        `${agencyLabel(item.report.meta.agency)}${item.report.meta.year}年的报告有 ${group.length} 份（另见 ${others}）：请确认以哪一份为准`)])
    }
  }

  for (const item of items) {
    const previous = byAgencyYear.get(agencyYearKey(item.report.meta.agency, item.report.meta.year - 1))?.[0]
    if (previous) add(item.id, crossYearIssues(item.report, previous.report, computeTotals(item.report)))
  }

  for (const parent of items.filter((i) => i.report.meta.unitType === 'government')) {
    const region = regionOf(parent.report)
    if (!region) continue
    const children = items.filter((i) => i !== parent && i.report.meta.year === parent.report.meta.year
      && i.report.meta.unitType !== 'government' && foldText(i.report.meta.agency).startsWith(region))
    if (children.length === 0) continue
    const differ = PARENT_FIGURES.map((f) => ({ f, own: figure(parent.report, f), sum: children.reduce((n, c) => n + figure(c.report, f), 0) }))
      .filter((d) => d.own !== d.sum)
    if (differ.length === 0) continue
    add(parent.id, [issue('X-PARENT', 'warning', 'meta', differ.map((d) => cellId(d.f.table, d.f.ref)),
      `${parent.report.meta.agency}与所辖 ${children.length} 个单位的合计不一致：`
      + differ.map((d) => `${d.f.caption}本报告 ${d.own}、各单位合计 ${d.sum}`).join('；')
      + '。若本报告只统计本级，可忽略此提醒')])
  }
  for (const [id, found] of copyIssues(items, copyPairs(items))) add(id, found)
  return out
}
