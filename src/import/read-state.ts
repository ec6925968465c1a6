// Shared bookkeeping of one import: the report being filled, the findings, and which input
// cells were read. Every number goes through parseCell, the app's one numeric parser.
import { parseCell } from '../report/cell-parser'
import { fieldLabel } from '../report/field-labels'
import type { Issue } from '../report/issue'
import type { Report } from '../report/schema'
import { computedCell, TABLES, tableSection } from '../report/tables/registry'
import { cellId, type InputCell, type TableDef, type TableId } from '../report/tables/table-def'
import { writeValue } from '../report/values'
import { finding } from './import-result'

export interface ReadState {
  report: Report
  findings: Issue[]
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
    writeValue(state.report, table, input, null)
    state.findings.push(finding('IMPORT-CELL', 'warning', tableSection(table), [id],
      `${fieldLabel([table, input.rowId, input.colId])}的内容“${shorten(text)}”无法读取，已留空：${parsed.message}`))
    return
  }
  writeValue(state.report, table, input, parsed.value)
  state.read.add(id)
}

/** An input cell the file has no cell for: left blank, and named. */
export function missingInput(state: ReadState, table: TableId, input: InputCell): void {
  state.findings.push(finding('IMPORT-CELL', 'warning', tableSection(table), [cellId(table, input)],
    `${fieldLabel([table, input.rowId, input.colId])}在文件中找不到对应的单元格，已留空`))
}

/**
 * A published total (表三 总计 column or （七）总计 row, 表四 总计) is kept in the report as
 * report-file.md §1 says, so validate() compares it with the computed one on that cell.
 */
export function putPublishedTotal(state: ReadState, table: TableId, rowId: string, colId: string, text: string): void {
  const cell = computedCell(table, { rowId, colId })
  if (!cell) return
  const parsed = parseCell(text, 'integer')
  if (!parsed.ok) {
    state.findings.push(finding('IMPORT-CELL', 'warning', tableSection(table), [cellId(table, cell)],
      `${fieldLabel([table, cell.rowId, cell.colId])}（合计数）的内容“${shorten(text)}”无法读取，未用于核对：${parsed.message}`))
    return
  }
  if (parsed.value === null) return
  writeValue(state.report, table, cell, parsed.value)
}

export function rowInputIds(table: TableId, rowId: string): string[] {
  const def: TableDef = TABLES[table]
  return def.inputs.filter((c) => c.rowId === rowId).map((c) => cellId(table, c))
}

/** W-CAPTION for a caption that was recognised although it differs from the official one. */
export function captionWarning(
  state: ReadState, table: TableId, what: string, found: string, canonical: string, cells: string[],
): void {
  state.findings.push(finding('W-CAPTION', 'warning', tableSection(table), cells,
    `${TABLES[table].name}${what}“${shorten(found)}”与规范格式“${canonical}”不同，已按“${canonical}”读取；导出时将使用规范写法`))
}
