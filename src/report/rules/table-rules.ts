// Arithmetic rules of report-format.md §4 (errors) and the table-only plausibility warnings of
// §4a. Each per-column or per-group rule yields one issue per failing column or group.
import { decimalPlaces } from '../cell-parser'
import { fieldLabel } from '../field-labels'
import { issue, type Issue } from '../issue'
import type { Report } from '../schema'
import { TABLES, TABLE_IDS, TABLES_WITH_TOTALS, tableSection } from '../tables/registry'
import { cellId, TOTAL_COLUMN, type InputCell, type TableDef } from '../tables/table-def'
import { DECISIONS, ENFORCEMENT_ROWS, RULE_ROWS, TABLE2_BLOCKS } from '../tables/table2'
import {
  APPLICANT_COLUMNS, CARRIED_FORWARD_ROW, INTAKE_ROWS, TOTAL_RESULTS_ROW, type Table3RowId,
} from '../tables/table3'
import { TABLE4_GROUPS } from '../tables/table4'
import { computeCell, totalOf, type Totals } from '../totals'
import { readValue, storedValue } from '../values'
import { BALANCE_RULE } from './balance-helpers'

const T3 = 'table3'
const [NEW, CARRIED] = INTAKE_ROWS

/** A 总计-column cell of table 3 (the row's total over the six applicant columns). */
export const t3Total = (rowId: Table3RowId): string => cellId(T3, { rowId, colId: TOTAL_COLUMN.id })

/** Published totals carried in an imported file are compared with the computed ones. */
export function givenTotalRules(report: Report, totals: Totals): Issue[] {
  const out: Issue[] = []
  for (const table of TABLES_WITH_TOTALS) {
    const def: TableDef = TABLES[table]
    for (const cell of def.computed) {
      const stated = storedValue(report, table, cell)
      if (typeof stated !== 'number') continue
      const id = cellId(table, cell)
      const computed = totals[id] ?? computeCell(report, table, cell)
      if (stated === computed) continue
      const ruleId = table === 'table4' ? 'T4-TOTAL' : cell.rowId === TOTAL_RESULTS_ROW.id ? 'T3-RESULTSUM' : 'T3-ROWSUM'
      const parts = cell.sumOf.length <= 7 ? cell.sumOf.map((r) => readValue(report, table, r) ?? 0).join('+') : '各项之和'
      out.push(
        issue(ruleId, 'error', tableSection(table), [id, ...cell.sumOf.map((r) => cellId(table, r))],
          `${fieldLabel([table, cell.rowId, cell.colId])}填的是 ${stated}，按各项相加应为 ${parts}=${computed}，相差 ${Math.abs(stated - computed)}`),
      )
    }
  }
  return out
}

export function balanceRule(report: Report, totals: Totals): Issue[] {
  const out: Issue[] = []
  for (const col of APPLICANT_COLUMNS) {
    const v = (rowId: Table3RowId) =>
      rowId === TOTAL_RESULTS_ROW.id ? totalOf(totals, T3, { rowId, colId: col.id }) : (readValue(report, T3, { rowId, colId: col.id }) ?? 0)
    const [a, b] = BALANCE_RULE.lhs.map(v) as [number, number]
    const [c, d] = BALANCE_RULE.rhs.map(v) as [number, number]
    if (a + b === c + d) continue
    const cells = [...BALANCE_RULE.lhs, ...BALANCE_RULE.rhs].map((rowId) => cellId(T3, { rowId, colId: col.id }))
    out.push(
      issue(BALANCE_RULE.id, 'error', tableSection(T3), cells,
        `${col.caption}列：一+二=${a + b}，三+四=${c + d}，相差${Math.abs(a + b - c - d)}（本年新收 ${a} + 上年结转 ${b}；办理结果总计 ${c} + 结转下年度 ${d}）`),
    )
  }
  return out
}

/** NUM-INT / NUM-FEE: blanks are not zeros; one issue per table lists every blank cell. */
export function numberRules(report: Report): Issue[] {
  const out: Issue[] = []
  for (const table of TABLE_IDS) {
    const def: TableDef = TABLES[table]
    const section = tableSection(table)
    const blanks: InputCell[] = []
    const bad: Issue[] = []
    for (const cell of def.inputs) {
      const id = cellId(table, cell)
      const v = storedValue(report, table, cell)
      if (v === undefined) continue // reported by STRUCT
      if (cell.valueType === 'decimal') {
        const places = cell.maxDecimals ?? 0
        if (v === null) out.push({ ...issue('NUM-FEE', 'error', section, [id], `${fieldLabel([def.id, cell.rowId, cell.colId])}未填写：没有收费请填 0`), quiet: true })
        else if (!(v >= 0) || decimalPlaces(v) > places)
          out.push(issue('NUM-FEE', 'error', section, [id], `${fieldLabel([def.id, cell.rowId, cell.colId])}为 ${v}：金额应不小于 0，以万元为单位，最多 ${places} 位小数`))
        continue
      }
      if (v === null) blanks.push(cell)
      else if (!Number.isInteger(v) || v < 0)
        bad.push(issue('NUM-INT', 'error', section, [id], `${fieldLabel([def.id, cell.rowId, cell.colId])}为 ${v}：件数必须是不小于 0 的整数`))
    }
    if (blanks.length > 0) {
      out.push({
        // Only the first blank is named: a new report has hundreds, and naming one costs a lookup.
        ...issue('NUM-INT', 'error', section, blanks.map((b) => cellId(table, b)),
          `${def.name}有 ${blanks.length} 个单元格未填写（如${fieldLabel([def.id, blanks[0]!.rowId, blanks[0]!.colId])}）：没有的请填 0，不要留空或填“/”“—”“无”`),
        quiet: true,
      })
    }
    out.push(...bad)
  }
  return out
}

/** STRUCT: every cell of the official layout is present (guards reports built in code or migrated). */
export function structRule(report: Report): Issue[] {
  const out: Issue[] = []
  for (const table of TABLE_IDS) {
    const def: TableDef = TABLES[table]
    const missing = def.inputs.filter((c) => storedValue(report, table, c) === undefined)
    if (missing.length === 0) continue
    out.push(issue('STRUCT', 'error', tableSection(table), missing.map((c) => cellId(table, c)),
      `${def.name}缺少 ${missing.length} 个单元格（如${missing[0] ? fieldLabel([def.id, missing[0].rowId, missing[0].colId]) : ''}），表格必须与国办公开办函〔2021〕30号格式完全一致`))
  }
  return out
}

/** The three cells of the 规章 row (issued, repealed, in force). */
const RULES_ROW = RULE_ROWS[0]

export function townRulesRule(report: Report): Issue[] {
  const unit = report.meta.unitType
  if (unit !== 'township' && unit !== 'street') return []
  const refs = TABLE2_BLOCKS[0].columns.map((c) => ({ rowId: RULES_ROW.id, colId: c.id }))
  const nonZero = refs.filter((ref) => (readValue(report, 'table2', ref) ?? 0) !== 0)
  if (nonZero.length === 0) return []
  return [issue('W-TOWN-RULES', 'error', tableSection('table2'), nonZero.map((ref) => cellId('table2', ref)),
    `乡镇人民政府和街道办事处无权制定规章（《立法法》第九十一条、第九十三条），表二 “${RULES_ROW.caption}” 行三项都应为 0`)]
}

export function zeroEnforcementRule(report: Report): Issue[] {
  const refs = ENFORCEMENT_ROWS.map((r) => ({ rowId: r.id, colId: DECISIONS }))
  if (!refs.every((ref) => storedValue(report, 'table2', ref) === 0)) return []
  return [issue('W-ZERO-ENFORCE', 'warning', tableSection('table2'), refs.map((ref) => cellId('table2', ref)),
    `${ENFORCEMENT_ROWS.map((r) => r.caption).join('、')}均为 0：许多乡镇已承接下放的执法权限，请核实本年处理决定数量（含依法不公开的决定）`)]
}

/** 一 + 二 over all applicants: the applications the agency had to handle this year. */
export function intakeTotal(totals: Totals): number {
  return totalOf(totals, T3, { rowId: NEW.id, colId: TOTAL_COLUMN.id }) + totalOf(totals, T3, { rowId: CARRIED.id, colId: TOTAL_COLUMN.id })
}

/** 表四: all cases, or one group's total. */
export function appealTotal(totals: Totals, groups: readonly { id: (typeof TABLE4_GROUPS)[number]['id'] }[] = TABLE4_GROUPS): number {
  return groups.reduce((n, g) => n + totalOf(totals, 'table4', { rowId: g.id, colId: TOTAL_COLUMN.id }), 0)
}

export const appealTotalCells = (): string[] => TABLE4_GROUPS.map((g) => cellId('table4', { rowId: g.id, colId: TOTAL_COLUMN.id }))

export function pendingRule(totals: Totals): Issue[] {
  const intake = intakeTotal(totals)
  const forward = totalOf(totals, T3, { rowId: CARRIED_FORWARD_ROW.id, colId: TOTAL_COLUMN.id })
  if (intake === 0 || forward <= intake / 2) return []
  return [issue('W-PENDING', 'warning', tableSection(T3), [t3Total(CARRIED_FORWARD_ROW.id)],
    `结转下年度继续办理 ${forward} 件，超过本年应办理申请（${intake} 件）的一半：申请一般应在 20 个工作日内答复，请确认`)]
}

export function appealScaleRule(totals: Totals): Issue[] {
  const cases = appealTotal(totals)
  const intake = intakeTotal(totals)
  if (cases === 0 || cases <= intake) return []
  return [issue('W-T4-SCALE', 'warning', tableSection('table4'), appealTotalCells(),
    `行政复议、行政诉讼共 ${cases} 件，多于本年办理的申请 ${intake} 件：若案件源自以前年度的答复可以如此，请确认`)]
}
