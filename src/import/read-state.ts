// Shared bookkeeping of one import: the report being filled, the findings, and which input
// cells were read. Every number goes through parseCell, the app's one numeric parser.
import { parseCell } from '../report/cell-parser'
import type { Report } from '../report/schema'
import { TABLES, TABLE_SECTION } from '../report/tables/registry'
import { cellId, type InputCell, type TableId } from '../report/tables/table-def'
import { finding, type Finding } from './import-result'

export interface ReadState {
  report: Report
  findings: Finding[]
  /** Ids of input cells whose text was read. */
  read: Set<string>
  tablesFound: Set<TableId>
}

function shorten(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim()
  return t.length > 24 ? `${t.slice(0, 24)}…` : t
}

/** Reads one input cell; an unreadable text leaves it blank and names the cell. */
export function putInput(state: ReadState, table: TableId, input: InputCell, text: string): void {
  const id = cellId(table, input)
  const parsed = parseCell(text, input.valueType, input.maxDecimals)
  if (!parsed.ok) {
    state.report[table][input.rowId]![input.colId] = null
    state.findings.push(finding('IMPORT-CELL', 'error', TABLE_SECTION[table], [id],
      `${TABLES[table].name}「${input.label}」的内容“${shorten(text)}”无法读取，已留空：${parsed.message}`))
    return
  }
  state.report[table][input.rowId]![input.colId] = parsed.value
  state.read.add(id)
}

/**
 * A published total (表三 总计 column or （七）总计 row, 表四 总计) is kept in the report as
 * report-file.md §1 says, so validate() compares it with the computed one on that cell.
 */
export function putPublishedTotal(state: ReadState, table: TableId, rowId: string, colId: string, text: string): void {
  const parsed = parseCell(text, 'integer')
  const def = TABLES[table]
  const label = def.computed.find((c) => c.rowId === rowId && c.colId === colId)?.label ?? `${rowId} ${colId}`
  const id = cellId(table, { rowId, colId })
  if (!parsed.ok) {
    state.findings.push(finding('IMPORT-CELL', 'warning', TABLE_SECTION[table], [id],
      `${def.name}「${label}」（合计数）的内容“${shorten(text)}”无法读取，未用于核对：${parsed.message}`))
    return
  }
  if (parsed.value === null) return
  const row = (state.report[table][rowId] ??= {})
  row[colId] = parsed.value
}

export function inputOf(table: TableId, rowId: string, colId: string): InputCell | undefined {
  return TABLES[table].inputs.find((c) => c.rowId === rowId && c.colId === colId)
}

export function rowInputIds(table: TableId, rowId: string): string[] {
  return TABLES[table].inputs.filter((c) => c.rowId === rowId).map((c) => cellId(table, c))
}

/** W-CAPTION for a caption that was recognised although it differs from the official one. */
export function captionWarning(
  state: ReadState, table: TableId, what: string, found: string, canonical: string, cells: string[],
): void {
  state.findings.push(finding('W-CAPTION', 'warning', TABLE_SECTION[table], cells,
    `${TABLES[table].name}${what}“${shorten(found)}”与规范格式“${canonical}”不同，已按“${canonical}”读取；导出时将使用规范写法`))
}
