// 生成汇总报告: the county's statistics as the cell-by-cell sums of its units' reports (tables 2,
// 3 and 4; totals are computed as in any report, published totals are not carried over). Only
// reports of one year are summed. Pure: the county review page adds the result to 我的报告.
import { sumAmounts } from '../amount'
import { createEmptyReport } from '../default-report'
import type { Report, UnitType } from '../schema'
import { TABLES, TABLE_IDS } from '../tables/registry'
import { cellId, type TableDef } from '../tables/table-def'
import { readValue, writeValue } from '../values'
import { agencyLabel } from '../format'
import { regionPrefix } from '../region'
import { planProblem } from './aggregate-plan'

export type AggregateResult =
  | { ok: true; report: Report; units: string[]; blanks: UnitBlanks[] }
  | { ok: false; message: string }

/** A unit that left cells blank which other units filled in: the sum counts its blanks as 0. */
export interface UnitBlanks {
  unit: string
  /** Cell ids, in table order. */
  cells: string[]
}

export interface AggregateOptions {
  agency: string
  unitType?: UnitType
}

const unitName = (r: Report) => agencyLabel(r.meta.agency)

export function aggregateReports(reports: readonly Report[], options: AggregateOptions): AggregateResult {
  if (reports.length === 0) return { ok: false, message: '没有可汇总的报告：请先批量打开各单位的报告' }
  const years = new Map<number, number>()
  for (const r of reports) years.set(r.meta.year, (years.get(r.meta.year) ?? 0) + 1)
  if (years.size > 1) {
    const counts = [...years].sort(([a], [b]) => a - b).map(([y, n]) => `${y}年 ${n} 份`).join('、')
    return { ok: false, message: `所选报告的年度不同（${counts}）：只能汇总同一年度的报告，请只选择同一年度的报告后再生成` }
  }
  // Nothing is counted twice: a unit chosen twice, or a 本级 report with its units (the plan says so).
  const problem = planProblem(reports.map((report, i) => ({ id: String(i), report })))
  if (problem) return { ok: false, message: problem }
  const year = reports[0]!.meta.year
  const report = createEmptyReport(year)
  report.meta = { ...report.meta, agency: options.agency, unitType: options.unitType ?? 'government', signature: true }
  for (const table of TABLE_IDS) {
    const def: TableDef = TABLES[table]
    for (const cell of def.inputs) {
      const values = reports.map((r) => readValue(r, table, cell)).filter((v): v is number => v !== null)
      // A cell no unit filled in stays blank, so the check list asks for it rather than assuming 0.
      const total = values.length === 0 ? null : cell.valueType === 'decimal' ? sumAmounts(values) : values.reduce((a, b) => a + b, 0)
      writeValue(report, table, cell, total)
    }
  }
  const units = reports.map(unitName)
  report.overview.preface = `本报告表二至表四的数据由以下 ${units.length} 个单位的${year}年政府信息公开工作年度报告逐项相加生成：${units.join('、')}。`
  return { ok: true, report, units, blanks: blankCells(reports) }
}

/**
 * The cells each report left blank while another report filled them in, by unit (units with none
 * left out): their sum counts the blanks as 0, which the county office must be told. A cell every
 * report left blank is not listed — its sum stays blank.
 */
export function blankCells(reports: readonly Report[]): UnitBlanks[] {
  const out = reports.map((r) => ({ unit: unitName(r), cells: [] as string[] }))
  for (const table of TABLE_IDS) {
    const def: TableDef = TABLES[table]
    for (const cell of def.inputs) {
      const values = reports.map((r) => readValue(r, table, cell))
      if (values.every((v) => v === null) || values.every((v) => v !== null)) continue
      values.forEach((v, i) => { if (v === null) out[i]!.cells.push(cellId(table, cell)) })
    }
  }
  return out.filter((u) => u.cells.length > 0)
}

/**
 * The name a county total is published under: the county prefix every unit shares ("伊川县") plus
 * 人民政府, when there is one; '' otherwise (the check list then asks for it).
 */
export function commonCountyAgency(reports: readonly Report[]): string {
  const prefixes = reports.map((r) => regionPrefix(r.meta.agency))
  const first = prefixes[0] ?? ''
  return first && prefixes.every((p) => p === first) ? `${first}人民政府` : ''
}
