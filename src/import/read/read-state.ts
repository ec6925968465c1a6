// Shared bookkeeping of one import: the report being filled, the findings, and which input
// cells were read. Every number goes through parseCell, the app's one numeric parser.
import { parseCell } from '../../report/cell-parser'
import { fieldLabel } from '../../report/field-labels'
import type { Issue } from '../../report/issue'
import type { Report } from '../../report/schema'
import { computedCell, TABLES, tableSection } from '../../report/tables/registry'
import { cellId, type InputCell, type TableDef, type TableId } from '../../report/tables/table-def'
import { writeValue } from '../../report/values'
import { finding } from '../import-result'

export interface ReadState {
  report: Report
  findings: Issue[]
  /** Ids of input cells whose text was read. */
  read: Set<string>
  tablesFound: Set<TableId>
  /** Where each input cell's text stood in the file (provenance, report-file.md §10). */
  sources: Map<string, string>
  /** Input cells whose cell in the file was blank: named in a finding, never taken as 0. */
  blanks: string[]
}

/** Where a cell's text came from, and why it is doubtful (both optional). */
export interface CellOrigin {
  source?: string | undefined
  guess?: string | undefined
}

export function newReadState(report: Report): ReadState {
  return { report, findings: [], read: new Set(), tablesFound: new Set(), sources: new Map(), blanks: [] }
}

/** One finding per distinct message, naming every cell it concerns. */
function groupFinding(state: ReadState, ruleId: string, table: TableId, id: string, message: string): void {
  const same = state.findings.find((f) => f.ruleId === ruleId && f.message === message)
  if (same) same.cells.push(id)
  else state.findings.push(finding(ruleId, 'warning', tableSection(table), [id], message))
}

/** IMPORT-GUESS on a cell whose number was read with doubt. */
function guessFinding(state: ReadState, table: TableId, id: string, message: string): void {
  groupFinding(state, 'IMPORT-GUESS', table, id, message)
}

/**
 * A value cell merged over several rows (rowspan) or under several columns (colspan): one number
 * cannot belong to each of them, and copying it would count it several times, so every cell it
 * covers is left blank and named.
 */
export function mergedValue(state: ReadState, table: TableId, input: InputCell, span: { rows: number } | { cols: number }): void {
  const [n, unit] = 'rows' in span ? [span.rows, '行'] : [span.cols, '列']
  groupFinding(state, 'IMPORT-CELL', table, cellId(table, input),
    `${TABLES[table].name}有数字单元格跨 ${n} ${unit}合并：一个数不能确定属于哪一${unit}（复制到每一${unit}会重复计数），这些单元格已留空，请按原表逐${unit}填写`)
}

/** How many header columns each value cell stands under: more than one means it is merged across them. */
export function columnsPerCell<C>(pairs: readonly { cell?: C | undefined }[]): Map<C, number> {
  const uses = new Map<C, number>()
  for (const { cell } of pairs) if (cell) uses.set(cell, (uses.get(cell) ?? 0) + 1)
  return uses
}

function shorten(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim()
  return t.length > 24 ? `${t.slice(0, 24)}…` : t
}

/** Reads one input cell; an unreadable text leaves it blank and names the cell. */
export function putInput(state: ReadState, table: TableId, input: InputCell, text: string, origin: CellOrigin = {}): void {
  const id = cellId(table, input)
  if (origin.source) state.sources.set(id, origin.source)
  if (origin.guess) guessFinding(state, table, id, origin.guess)
  const parsed = parseCell(text, input.valueType, input.maxDecimals)
  if (!parsed.ok) {
    writeValue(state.report, table, input, null)
    state.findings.push(finding('IMPORT-CELL', 'warning', tableSection(table), [id],
      `${fieldLabel([table, input.rowId, input.colId])}的内容“${shorten(text)}”无法读取，已留空：${parsed.message}`))
    return
  }
  writeValue(state.report, table, input, parsed.value)
  if (parsed.value === null && text.trim() === '') state.blanks.push(id)
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
