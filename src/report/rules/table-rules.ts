// Arithmetic rules of report-format.md §4 (errors) and the table-only plausibility warnings of
// §4a. Each per-column or per-group rule yields one issue per failing column or group.
import { decimalPlaces } from '../cell-parser'
import { issue, type Issue } from '../issue'
import type { Report } from '../schema'
import { TABLES, TABLE_IDS, TABLE_SECTION } from '../tables/registry'
import { cellId, type TableId, type ValueRef } from '../tables/table-def'
import {
  APPLICANT_COLUMNS,
  CARRIED_FORWARD_ROW,
  INTAKE_ROWS,
  TOTAL_RESULTS_ROW,
} from '../tables/table3'
import { TABLE4_GROUPS } from '../tables/table4'
import { computeCell, readValue, sumOf, type Totals } from '../totals'

const T3 = 'table3'
const [NEW, CARRIED] = INTAKE_ROWS

/** 勾稽关系 of table 3, per column: 一 + 二 = 三（七）总计 + 四. */
export const BALANCE_RULE = {
  id: 'T3-BALANCE',
  lhs: [NEW.id, CARRIED.id],
  rhs: [TOTAL_RESULTS_ROW.id, CARRIED_FORWARD_ROW.id],
} as const

/**
 * The input cells on each side of the balance for one column, with （七）总计 expanded into the
 * cells its computed definition sums. The balance bar watches exactly these cells.
 */
export function balanceRefs(colId: string): { lhs: ValueRef[]; rhs: ValueRef[] } {
  const expand = (rowId: string): ValueRef[] =>
    TABLES.table3.computed.find((c) => c.rowId === rowId && c.colId === colId)?.sumOf ?? [{ rowId, colId }]
  return { lhs: BALANCE_RULE.lhs.flatMap(expand), rhs: BALANCE_RULE.rhs.flatMap(expand) }
}

/**
 * 按勾稽关系计算结转数: 四 = 一 + 二 − 三（七）总计 per applicant column, or null where that would
 * be negative (the results already exceed the intake, which the user must correct).
 */
export function suggestCarriedForward(report: Report): { colId: string; intake: number; results: number; forward: number | null }[] {
  return APPLICANT_COLUMNS.map((col) => {
    const intake = sumOf(report, T3, BALANCE_RULE.lhs.map((rowId) => ({ rowId, colId: col.id })))
    const totalResults = TABLES.table3.computed.find((c) => c.rowId === TOTAL_RESULTS_ROW.id && c.colId === col.id)
    const results = totalResults ? computeCell(report, T3, totalResults) : 0
    return { colId: col.id, intake, results, forward: intake - results >= 0 ? intake - results : null }
  })
}

function given(report: Report, table: TableId, rowId: string, colId: string): number | undefined {
  const v = report[table][rowId]?.[colId]
  return typeof v === 'number' ? v : undefined
}

/** Published totals carried in an imported file are compared with the computed ones. */
export function givenTotalRules(report: Report, totals: Totals): Issue[] {
  const out: Issue[] = []
  for (const table of ['table3', 'table4'] as const) {
    for (const cell of TABLES[table].computed) {
      const stated = given(report, table, cell.rowId, cell.colId)
      if (stated === undefined) continue
      const id = cellId(table, cell)
      const computed = totals[id] ?? computeCell(report, table, cell)
      if (stated === computed) continue
      const ruleId = table === 'table4' ? 'T4-TOTAL' : cell.rowId === TOTAL_RESULTS_ROW.id ? 'T3-RESULTSUM' : 'T3-ROWSUM'
      const parts = cell.sumOf.length <= 7 ? cell.sumOf.map((r) => readValue(report, table, r) ?? 0).join('+') : '各项之和'
      out.push(
        issue(ruleId, 'error', TABLE_SECTION[table], [id, ...cell.sumOf.map((r) => cellId(table, r))],
          `${TABLES[table].name}「${cell.label}」填的是 ${stated}，按各项相加应为 ${parts}=${computed}，相差 ${Math.abs(stated - computed)}`),
      )
    }
  }
  return out
}

export function balanceRule(report: Report, totals: Totals): Issue[] {
  const out: Issue[] = []
  for (const col of APPLICANT_COLUMNS) {
    const v = (rowId: string) =>
      rowId === TOTAL_RESULTS_ROW.id
        ? (totals[cellId(T3, { rowId, colId: col.id })] ?? 0)
        : (readValue(report, T3, { rowId, colId: col.id }) ?? 0)
    const [a, b] = BALANCE_RULE.lhs.map(v) as [number, number]
    const [c, d] = BALANCE_RULE.rhs.map(v) as [number, number]
    if (a + b === c + d) continue
    const cells = [...BALANCE_RULE.lhs, ...BALANCE_RULE.rhs].map((rowId) => cellId(T3, { rowId, colId: col.id }))
    out.push(
      issue(BALANCE_RULE.id, 'error', 'requests', cells,
        `${col.caption}列：一+二=${a + b}，三+四=${c + d}，相差${Math.abs(a + b - c - d)}（本年新收 ${a} + 上年结转 ${b}；办理结果总计 ${c} + 结转下年度 ${d}）`),
    )
  }
  return out
}

/** NUM-INT / NUM-FEE: blanks are not zeros; one issue per table lists every blank cell. */
export function numberRules(report: Report): Issue[] {
  const out: Issue[] = []
  for (const table of TABLE_IDS) {
    const def = TABLES[table]
    const blanks: string[] = []
    const bad: string[] = []
    for (const cell of def.inputs) {
      const id = cellId(table, cell)
      const v = report[table][cell.rowId]?.[cell.colId]
      if (v === undefined) continue // reported by STRUCT
      if (cell.valueType === 'decimal') {
        if (v === null) out.push({ ...issue('NUM-FEE', 'error', TABLE_SECTION[table], [id], `${def.name}「${cell.label}」未填写：没有收费请填 0`), quiet: true })
        else if (!(v >= 0) || decimalPlaces(v) > (cell.maxDecimals ?? 4))
          out.push(issue('NUM-FEE', 'error', TABLE_SECTION[table], [id], `${def.name}「${cell.label}」为 ${v}：金额应不小于 0，以万元为单位，最多 ${cell.maxDecimals ?? 4} 位小数`))
        continue
      }
      if (v === null) blanks.push(id)
      else if (!Number.isInteger(v) || v < 0) bad.push(id)
    }
    if (blanks.length > 0) {
      const first = def.inputs.find((c) => cellId(table, c) === blanks[0])
      out.push({
        ...issue('NUM-INT', 'error', TABLE_SECTION[table], blanks,
          `${def.name}有 ${blanks.length} 个单元格未填写（如「${first?.label}」）：没有的请填 0，不要留空或填“/”“—”“无”`),
        quiet: true,
      })
    }
    for (const id of bad) {
      const [, rowId = '', colId = ''] = id.split('/')
      const label = def.inputs.find((c) => c.rowId === rowId && c.colId === colId)?.label
      out.push(issue('NUM-INT', 'error', TABLE_SECTION[table], [id],
        `${def.name}「${label}」为 ${report[table][rowId]?.[colId]}：件数必须是不小于 0 的整数`))
    }
  }
  return out
}

/** STRUCT: every cell of the official layout is present (guards reports built in code or migrated). */
export function structRule(report: Report): Issue[] {
  const out: Issue[] = []
  for (const table of TABLE_IDS) {
    const missing = TABLES[table].inputs.filter((c) => report[table]?.[c.rowId]?.[c.colId] === undefined)
    if (missing.length === 0) continue
    out.push(issue('STRUCT', 'error', TABLE_SECTION[table], missing.map((c) => cellId(table, c)),
      `${TABLES[table].name}缺少 ${missing.length} 个单元格（如「${missing[0]?.label}」），表格必须与国办公开办函〔2021〕30号格式完全一致`))
  }
  return out
}

export function townRulesRule(report: Report): Issue[] {
  const unit = report.meta.unitType
  if (unit !== 'township' && unit !== 'street') return []
  const cols = ['issued', 'repealed', 'inForce']
  const nonZero = cols.filter((c) => (report.table2.rules?.[c] ?? 0) !== 0)
  if (nonZero.length === 0) return []
  return [issue('W-TOWN-RULES', 'error', 'proactive', nonZero.map((c) => `table2/rules/${c}`),
    `乡镇人民政府和街道办事处无权制定规章（《立法法》第九十一条、第九十三条），表二「规章」三项都应为 0`)]
}

export function zeroEnforcementRule(report: Report): Issue[] {
  const ids = ['licensing', 'penalty', 'coercion'].map((r) => `table2/${r}/decisions`)
  const values = ['licensing', 'penalty', 'coercion'].map((r) => report.table2[r]?.decisions)
  if (!values.every((v) => v === 0)) return []
  return [issue('W-ZERO-ENFORCE', 'warning', 'proactive', ids,
    '行政许可、行政处罚、行政强制均为 0：许多乡镇已承接下放的执法权限，请核实本年处理决定数量（含依法不公开的决定）')]
}

export function pendingRule(totals: Totals): Issue[] {
  const t = (rowId: string) => totals[`table3/${rowId}/total`] ?? 0
  const intake = t(NEW.id) + t(CARRIED.id)
  const forward = t(CARRIED_FORWARD_ROW.id)
  if (intake === 0 || forward <= intake / 2) return []
  return [issue('W-PENDING', 'warning', 'requests', [`table3/${CARRIED_FORWARD_ROW.id}/total`],
    `结转下年度继续办理 ${forward} 件，超过本年应办理申请（${intake} 件）的一半：申请一般应在 20 个工作日内答复，请确认`)]
}

export function appealScaleRule(totals: Totals): Issue[] {
  const cases = TABLE4_GROUPS.reduce((n, g) => n + (totals[`table4/${g.id}/total`] ?? 0), 0)
  const intake = (totals['table3/newReceived/total'] ?? 0) + (totals['table3/carriedOver/total'] ?? 0)
  if (cases === 0 || cases <= intake) return []
  return [issue('W-T4-SCALE', 'warning', 'appeals', TABLE4_GROUPS.map((g) => `table4/${g.id}/total`),
    `行政复议、行政诉讼共 ${cases} 件，多于本年办理的申请 ${intake} 件：若案件源自以前年度的答复可以如此，请确认`)]
}
