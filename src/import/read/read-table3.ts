// Table 3 (收到和处理政府信息公开申请情况) from a logical grid: rows by their labels, columns by
// the header above the first data row. A missing column (seed 004 drops 其他) leaves its cells
// blank with a STRUCT warning that names it.
import { inputCell, TABLES, tableSection } from '../../report/tables/registry'
import { cellId } from '../../report/tables/table-def'
import { TOTAL_RESULTS_ROW } from '../../report/tables/table3'
import type { Candidate } from '../../report/caption-match'
import { finding } from '../import-result'
import { captionWarning, columnsPerCell, mergedValue, missingInput, putInput, putPublishedTotal, rowInputIds, type ReadState } from './read-state'
import { findDataRows, valueCellsAfter, type DataRow } from './row-labels'
import { leafColumns, type HeaderColumn } from './header-columns'
import type { LogicalCell, LogicalGrid } from '../../report/table-grid'

const T = 'table3'
const SECTION = tableSection(T)
const def = TABLES.table3

const ROW_CANDIDATES: Candidate<string>[] = [
  ...def.rows.map((r) => ({ value: r.id, caption: r.caption })),
  { value: TOTAL_RESULTS_ROW.id, caption: TOTAL_RESULTS_ROW.caption },
]

/** Applicant columns from the first row's inputs, then the computed 总计 column. */
const COLUMN_CANDIDATES: Candidate<string>[] = [
  ...def.inputs.filter((i) => i.rowId === def.rows[0]!.id).map((i) => ({ value: i.colId, caption: i.colCaption })),
  ...def.computed.filter((c) => c.rowId === def.rows[0]!.id).map((c) => ({ value: c.colId, caption: c.colCaption })),
]

export function readTable3(grid: LogicalGrid, state: ReadState): void {
  const rows = findDataRows(grid, ROW_CANDIDATES)
  const firstData = rows[0]?.r ?? grid.rowCount
  const columns = leafColumns(grid, 0, firstData, COLUMN_CANDIDATES)
  if (columns.length === 0) {
    state.findings.push(finding('IMPORT-GUESS', 'warning', SECTION, [],
      '表三没有可识别的表头（自然人、商业企业……总计），已按规范格式的列顺序读取，请逐列核对'))
  }
  for (const col of columns) {
    if (!col.match.exact) captionWarning(state, T, '列标题', col.cell.text, col.match.caption, [])
  }
  reportMissingColumns(state, columns)
  for (const row of rows) {
    if (!row.match.exact) captionWarning(state, T, '行标题', row.label.text, row.match.caption, rowInputIds(T, row.id))
    readRow(grid, state, row, columns)
  }
  const seen = new Set(rows.map((r) => r.id))
  const missing = def.rows.filter((r) => !seen.has(r.id))
  if (missing.length > 0) {
    state.findings.push(finding('STRUCT', 'warning', SECTION, missing.flatMap((r) => rowInputIds(T, r.id)),
      `表三缺少 ${missing.length} 行（${missing.map((r) => `“${r.caption}”`).slice(0, 4).join('、')}${missing.length > 4 ? '等' : ''}）：这些单元格已留空，请补填`))
  }
}

function reportMissingColumns(state: ReadState, columns: HeaderColumn<string>[]): void {
  if (columns.length === 0) return
  const found = new Set(columns.map((c) => c.value))
  for (const cand of COLUMN_CANDIDATES) {
    if (found.has(cand.value)) continue
    const input = def.inputs.find((i) => i.colId === cand.value)
    if (!input) {
      state.findings.push(finding('IMPORT-MISSING', 'info', SECTION, [],
        `表三没有“${cand.caption}”列：合计数由本程序计算`))
      continue
    }
    const ids = def.inputs.filter((i) => i.colId === cand.value).map((i) => cellId(T, i))
    state.findings.push(finding('STRUCT', 'warning', SECTION, ids,
      `表三缺少“${cand.caption}”列（申请人情况 · 法人或其他组织 · ${cand.caption}）：该列 ${ids.length} 个单元格已留空，请按实际情况补填（没有请填 0）`))
  }
}

/** Canonical column order, used when a table has no readable header. */
const CANONICAL = COLUMN_CANDIDATES.map((c) => c.value)

function readRow(grid: LogicalGrid, state: ReadState, row: DataRow<string>, columns: HeaderColumn<string>[]): void {
  const values = valueCellsAfter(grid, row, columns[0]?.cell.c ?? 0)
  const order = columns.length > 0 ? columns.map((c) => c.value) : CANONICAL
  const pairs: { colId: string; text: string | null; cell?: LogicalCell | undefined }[] = []
  if (values.length === order.length || columns.length === 0) {
    order.forEach((colId, i) => pairs.push({ colId, text: values[i] ? values[i]!.text : null, cell: values[i] }))
  } else {
    // Cell count and header disagree: read each value under the header it stands below.
    let coveredFromAbove = 0
    for (const col of columns) {
      const cell = grid.slots[row.r]?.[col.cell.c]
      const own = cell && values.includes(cell) ? cell : undefined
      if (!own && cell && cell.rowSpan > 1 && cell.r < row.r) coveredFromAbove++
      pairs.push({ colId: col.value, text: own ? own.text : null, cell: own ?? (cell && cell.rowSpan > 1 ? cell : undefined) })
    }
    if (coveredFromAbove < columns.length - values.length) {
      state.findings.push(finding('IMPORT-GUESS', 'warning', SECTION, rowInputIds(T, row.id),
        `表三“${row.label.text.trim()}”一行有 ${values.length} 个数，表头有 ${order.length} 列：已按各数所在的列读取，请核对`))
    }
  }
  const spanned = columnsPerCell(pairs)
  for (const { colId, text, cell } of pairs) {
    const across = cell ? spanned.get(cell) ?? 1 : 1
    if (colId === 'total' || row.id === TOTAL_RESULTS_ROW.id) {
      if (text !== null && !(cell && cell.rowSpan > 1) && across === 1) putPublishedTotal(state, T, row.id, colId, text)
      continue
    }
    const input = inputCell(T, row.id, colId)
    if (!input) continue
    if (cell && cell.rowSpan > 1 && cell.c > row.label.c) {
      mergedValue(state, T, input, { rows: cell.rowSpan })
      continue
    }
    if (across > 1) {
      mergedValue(state, T, input, { cols: across })
      continue
    }
    if (text === null) {
      missingInput(state, T, input)
      continue
    }
    putInput(state, T, input, text, cell)
  }
}
