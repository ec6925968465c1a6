// Table 2 (主动公开政府信息情况): four blocks, each a caption row (第二十条第（X）项), a header
// row (信息内容 | column captions) and data rows. Rows are found by their labels wherever they
// stand, so a table split into four small tables reads the same as one table.
import { inputCell, TABLES, tableSection } from '../../report/tables/registry'
import { TABLE2_BLOCKS } from '../../report/tables/table2'
import { matchCaption, type Candidate } from '../../report/caption-match'
import { finding } from '../import-result'
import { captionWarning, columnsPerCell, mergedValue, missingInput, putInput, rowInputIds, type ReadState } from './read-state'
import { labelOf, valueCellsAfter } from './row-labels'
import { rowCells, type LogicalCell, type LogicalGrid } from '../../report/table-grid'

const T = 'table2'
const SECTION = tableSection(T)
const def = TABLES.table2
const ROWS: Candidate<string>[] = def.rows.map((r) => ({ value: r.id, caption: r.caption }))

function blockOfRow(rowId: string) {
  return TABLE2_BLOCKS.find((b) => b.rows.some((r) => r.id === rowId))!
}

/** Reads the rows of one grid; `seen` collects row ids across the pieces of a split table. */
export function readTable2(grid: LogicalGrid, state: ReadState, seen: Set<string>): void {
  // Header cells of the last header row, per block: they tell the column order of the data rows.
  const headers = new Map<string, { colId: string; cell: LogicalCell }[]>()
  for (let r = 0; r < grid.rowCount; r++) {
    const row = labelOf(grid, r, ROWS)
    if (!row) {
      readHeader(grid, r, state, headers)
      continue
    }
    if (seen.has(row.id)) {
      // A second row of the same name (a table pasted twice, a repeated piece): its numbers are not
      // read over the first row's, and the user is told which row that was.
      state.findings.push(finding('IMPORT-GUESS', 'warning', SECTION, rowInputIds(T, row.id),
        `表二“${row.label.text.trim()}”一行出现了不止一次：已读取第一次出现的数字，其后的未读取，请核对`))
      continue
    }
    seen.add(row.id)
    if (!row.match.exact) captionWarning(state, T, '行标题', row.label.text, row.match.caption, rowInputIds(T, row.id))
    const block = blockOfRow(row.id)
    const values = valueCellsAfter(grid, row)
    const header = headers.get(block.id)
    const order = header?.map((h) => h.colId) ?? block.columns.map((c) => c.id)
    let pairs: { colId: string; cell: LogicalCell | undefined }[]
    if (block.columns.length === 1) {
      // One value spread over three grid columns; some producers write three cells instead.
      const cell = values.find((v) => v.text.trim() !== '') ?? values[0]
      pairs = [{ colId: block.columns[0]!.id, cell }]
    } else if (values.length === order.length || !header) {
      pairs = order.map((colId, i) => ({ colId, cell: values[i] }))
    } else {
      pairs = header.map((h) => {
        const slot = grid.slots[r]?.[h.cell.c]
        return { colId: h.colId, cell: slot && values.includes(slot) ? slot : undefined }
      })
    }
    const spanned = columnsPerCell(pairs)
    for (const { colId, cell } of pairs) {
      const input = inputCell(T, row.id, colId)
      if (!input) continue
      if (!cell) {
        missingInput(state, T, input)
        continue
      }
      const across = spanned.get(cell) ?? 1
      if (across > 1) {
        mergedValue(state, T, input, { cols: across })
        continue
      }
      putInput(state, T, input, cell.text, cell)
    }
  }
}

function readHeader(
  grid: LogicalGrid, r: number, state: ReadState, headers: Map<string, { colId: string; cell: LogicalCell }[]>,
): void {
  for (const block of TABLE2_BLOCKS) {
    const cands = block.columns.map((c) => ({ value: c.id, caption: c.caption }))
    const found: { colId: string; cell: LogicalCell }[] = []
    for (const cell of rowCells(grid, r)) {
      const m = matchCaption(cell.text, cands)
      if (!m || found.some((f) => f.colId === m.value)) continue
      if (!m.exact) captionWarning(state, T, '列标题', cell.text, m.caption, [])
      found.push({ colId: m.value, cell })
    }
    // Only a header naming all of a block's columns is unambiguous ("本年处理决定数量" heads two blocks).
    if (found.length === block.columns.length && block.columns.length > 1) headers.set(block.id, found)
  }
}

export function reportMissingTable2Rows(state: ReadState, seen: Set<string>): void {
  const missing = def.rows.filter((r) => !seen.has(r.id))
  if (missing.length === 0) return
  state.findings.push(finding('STRUCT', 'warning', SECTION, missing.flatMap((r) => rowInputIds(T, r.id)),
    `表二缺少 ${missing.length} 行（${missing.map((r) => `“${r.caption}”`).join('、')}）：这些单元格已留空，请补填`))
}
