// Table 4 (行政复议、行政诉讼) from a logical grid: each value column is named by the stack of
// headers above it (group: 行政复议 / 未经复议直接起诉 / 复议后起诉; outcome: 结果维持 … 总计).
import { inputCell, TABLES, tableSection } from '../../report/tables/registry'
import { cellId } from '../../report/tables/table-def'
import { matchCaption, type Candidate, type CaptionMatch } from '../../report/caption-match'
import { headerStack } from './header-columns'
import { finding } from '../import-result'
import { captionWarning, columnsPerCell, mergedValue, missingInput, putInput, putPublishedTotal, type ReadState } from './read-state'
import { cellsStartingIn, rowCells, type LogicalCell, type LogicalGrid } from '../../report/table-grid'

const T = 'table4'
const SECTION = tableSection(T)
const def = TABLES.table4
const GROUPS: Candidate<string>[] = def.rows.map((r) => ({ value: r.id, caption: r.caption }))
const OUTCOMES: Candidate<string>[] = [
  ...def.inputs.filter((i) => i.rowId === def.rows[0]!.id).map((i) => ({ value: i.colId, caption: i.colCaption })),
  ...def.computed.filter((c) => c.rowId === def.rows[0]!.id).map((c) => ({ value: c.colId, caption: c.colCaption })),
]
/** "行政诉讼" heads the two litigation groups; it names no column by itself. */
const SUPER_CAPTIONS: Candidate<string>[] = def.cells
  .filter((c) => c.kind === 'colHeader' && c.text && !GROUPS.some((g) => g.caption === c.text) && !OUTCOMES.some((o) => o.caption === c.text))
  .map((c) => ({ value: c.text!, caption: c.text! }))

interface Column {
  group: string
  outcome: string
  cell: LogicalCell
}

function isHeaderRow(grid: LogicalGrid, r: number): boolean {
  return rowCells(grid, r).some((cell) =>
    cell.r === r && [GROUPS, OUTCOMES, SUPER_CAPTIONS].some((cands) => matchCaption(cell.text, cands)))
}

export function readTable4(grid: LogicalGrid, state: ReadState): void {
  let headerEnd = 0
  for (let r = 0; r < grid.rowCount; r++) if (isHeaderRow(grid, r)) headerEnd = r + 1
  const columns: Column[] = []
  const warned = new Set<LogicalCell>()
  // Header cells span several grid columns: match each once.
  const matches = new Map<LogicalCell, { g: CaptionMatch<string> | null; o: CaptionMatch<string> | null }>()
  const matchOf = (cell: LogicalCell) => {
    let m = matches.get(cell)
    if (!m) {
      const g = matchCaption(cell.text, GROUPS)
      m = { g, o: g ? null : matchCaption(cell.text, OUTCOMES) }
      matches.set(cell, m)
    }
    return m
  }
  for (let c = 0; c < grid.colCount; c++) {
    const stack = headerStack(grid, c, 0, headerEnd)
    let group: string | null = null
    let outcome: { value: string; cell: LogicalCell } | null = null
    for (const cell of stack) {
      const { g, o } = matchOf(cell)
      const m = g ?? o
      if (m && !m.exact && !warned.has(cell)) {
        warned.add(cell)
        captionWarning(state, T, '表头', cell.text, m.caption, [])
      }
      if (g) group = g.value
      if (o) outcome = { value: o.value, cell }
    }
    if (!group || !outcome) continue
    if (columns.some((col) => col.cell === outcome.cell || (col.group === group && col.outcome === outcome.value))) continue
    columns.push({ group, outcome: outcome.value, cell: outcome.cell })
  }
  const dataRows: number[] = []
  for (let r = headerEnd; r < grid.rowCount; r++) {
    if (cellsStartingIn(grid, r).some((cell) => cell.text.trim() !== '')) dataRows.push(r)
  }
  const r = dataRows[0] ?? headerEnd
  if (dataRows.length > 1) {
    state.findings.push(finding('IMPORT-GUESS', 'warning', SECTION, [],
      `表四表头下有 ${dataRows.length} 行数据，规范格式只有一行：已读取第一行，请核对`))
  }
  const values = cellsStartingIn(grid, r)
  const byOrder = values.length === columns.length
  if (!byOrder && columns.length > 0 && values.length > 0) {
    state.findings.push(finding('IMPORT-GUESS', 'warning', SECTION, [],
      `表四数据行有 ${values.length} 个数，表头有 ${columns.length} 列：已按各数所在的列读取，请核对`))
  }
  const found = new Set<string>()
  const pairs = columns.map((col, i) => {
    const slot = grid.slots[r]?.[col.cell.c] ?? null
    return { col, cell: byOrder ? values[i] : slot && values.includes(slot) ? slot : undefined }
  })
  const spanned = columnsPerCell(pairs)
  pairs.forEach(({ col, cell }) => {
    const across = cell ? spanned.get(cell) ?? 1 : 1
    found.add(`${col.group}/${col.outcome}`)
    if (col.outcome === 'total') {
      if (cell && across === 1) putPublishedTotal(state, T, col.group, col.outcome, cell.text)
      return
    }
    const input = inputCell(T, col.group, col.outcome)
    if (!input) return
    if (!cell) {
      missingInput(state, T, input)
      return
    }
    if (across > 1) {
      mergedValue(state, T, input, { cols: across })
      return
    }
    putInput(state, T, input, cell.text, cell)
  })
  const missing = def.inputs.filter((i) => !found.has(`${i.rowId}/${i.colId}`))
  if (missing.length > 0) {
    state.findings.push(finding('STRUCT', 'warning', SECTION, missing.map((i) => cellId(T, i)),
      `表四缺少 ${missing.length} 列（${missing.slice(0, 4).map((i) => `“${i.label}”`).join('、')}${missing.length > 4 ? '等' : ''}）：这些单元格已留空，请补填`))
  }
}
