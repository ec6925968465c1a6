// Checks across the reports of a batch (汇总审核, npm run check), warnings in the spirit of
// report-format.md §4a:
// - X-DUPLICATE: the same unit (region.ts unitKey) and year present twice;
// - X-PARENT: a government's report against the de-duplicated sum of the units of its region
//   (the same units 生成汇总报告 adds, see units.ts);
// - X-COPY-UNIT: two units of one year whose narrative text is largely the same (copy-check.ts).
// The cross-year checks are not here: checkReport runs them with last year's report as context.
import { issue, type Issue } from '../issue'
import { unitYearKey } from '../region'
import type { Report } from '../schema'
import { cellId, TOTAL_COLUMN, type CellRef } from '../tables/table-def'
import { DECISIONS, ENFORCEMENT_ROWS } from '../tables/table2'
import { CARRIED_FORWARD_ROW, INTAKE_ROWS } from '../tables/table3'
import { TABLE4_GROUPS } from '../tables/table4'
import { cellValue } from '../totals'
import { agencyLabel } from '../format'
import { copyCheck, copyIssues } from './copy-check'
import { unitsUnderEach } from './units'

export interface ReviewItem {
  id: string
  /** How the report is named in messages: its file name, else its agency. */
  label: string
  report: Report
}

/** The figures a parent report is compared on: 总计 cells of tables 3 and 4, table 2 decisions. */
const PARENT_FIGURES: { table: 'table2' | 'table3' | 'table4'; ref: CellRef; caption: string }[] = [
  ...[...INTAKE_ROWS, CARRIED_FORWARD_ROW].map((row) => ({ table: 'table3' as const, ref: { rowId: row.id, colId: TOTAL_COLUMN.id }, caption: row.caption.replace(/^[一二三四]、/, '') })),
  ...TABLE4_GROUPS.map((g) => ({ table: 'table4' as const, ref: { rowId: g.id, colId: TOTAL_COLUMN.id }, caption: g.caption })),
  ...ENFORCEMENT_ROWS.map((row) => ({ table: 'table2' as const, ref: { rowId: row.id, colId: DECISIONS }, caption: row.caption })),
]

const figure = (report: Report, f: (typeof PARENT_FIGURES)[number]) => cellValue(report, f.table, f.ref)

/** `items` in submission order: of two reports of one unit and year, the later is the newer. */
export function crossReportIssues(items: readonly ReviewItem[]): Map<string, Issue[]> {
  const out = new Map<string, Issue[]>(items.map((i) => [i.id, []]))
  const add = (id: string, found: Issue[]) => out.get(id)?.push(...found)

  const byAgencyYear = new Map<string, ReviewItem[]>()
  for (const item of items) {
    const key = unitYearKey(item.report.meta.agency, item.report.meta.year)
    if (key === null) continue
    const group = byAgencyYear.get(key)
    if (group) group.push(item)
    else byAgencyYear.set(key, [item])
  }
  for (const group of byAgencyYear.values()) {
    if (group.length < 2) continue
    for (const item of group) {
      // A few are named: a unit sent in a hundred times does not make a hundred messages of a hundred names.
      const rest = group.filter((g) => g !== item)
      const others = rest.slice(0, 3).map((g) => `“${g.label}”`).join('、') + (rest.length > 3 ? `等 ${rest.length} 份` : '')
      add(item.id, [issue('X-DUPLICATE', 'warning', 'meta', ['meta.agency', 'meta.year'],
        `${agencyLabel(item.report.meta.agency)}${item.report.meta.year}年的报告有 ${group.length} 份（另见 ${others}）：请确认以哪一份为准`)])
    }
  }

  const under = unitsUnderEach(items, (i) => i.report)
  for (const parent of items) {
    const children = under.get(parent)
    if (!children) continue
    // A blank figure counts as 0 in the comparison, and the message says whose it was.
    const differ = PARENT_FIGURES.map((f) => ({
      f, own: figure(parent.report, f), sum: children.reduce((n, c) => n + (figure(c.report, f) ?? 0), 0),
      blank: children.filter((c) => figure(c.report, f) === null).map((c) => agencyLabel(c.report.meta.agency)),
    })).filter((d) => (d.own ?? 0) !== d.sum)
    if (differ.length === 0) continue
    const blankNote = (names: string[]) => (names.length === 0 ? '' : `（${names.slice(0, 3).join('、')}${names.length > 3 ? `等 ${names.length} 个单位` : ''}未填，按 0 计）`)
    add(parent.id, [issue('X-PARENT', 'warning', 'meta', differ.map((d) => cellId(d.f.table, d.f.ref)),
      `${parent.report.meta.agency}与所辖 ${children.length} 个单位的合计不一致：`
      + differ.map((d) => `${d.f.caption}本报告 ${d.own ?? '未填'}、各单位合计 ${d.sum}${blankNote(d.blank)}`).join('；')
      + '。若本报告只统计本级，可忽略此提醒')])
  }
  for (const [id, found] of copyIssues(items, copyCheck(items))) add(id, found)
  return out
}
