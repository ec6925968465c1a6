// Table 4 — 政府信息公开行政复议、行政诉讼情况 (国办公开办函〔2021〕30号 annex; tables.json).
// Three groups of four outcomes plus a computed 总计; 行政诉讼 spans the two litigation groups.
import { gridCell, TOTAL_COLUMN, valueCaptions, type ComputedCell, type GridCell, type InputCell, type TableDef } from './table-def'

const OUTCOME_COLUMNS = [
  { id: 'upheld', caption: '结果维持' },
  { id: 'corrected', caption: '结果纠正' },
  { id: 'other', caption: '其他结果' },
  { id: 'pending', caption: '尚未审结' },
] as const
const GROUP_WIDTH = OUTCOME_COLUMNS.length + 1

export const TABLE4_GROUPS = [
  { id: 'review', caption: '行政复议', topCaption: null },
  { id: 'litigationDirect', caption: '未经复议直接起诉', topCaption: '行政诉讼' },
  { id: 'litigationAfterReview', caption: '复议后起诉', topCaption: '行政诉讼' },
] as const

type Table4GroupId = (typeof TABLE4_GROUPS)[number]['id']
export type Table4RowId = Table4GroupId
export type Table4ColId = (typeof OUTCOME_COLUMNS)[number]['id'] | typeof TOTAL_COLUMN.id
const HEADER_ROWS = 3

function buildCells(): GridCell<'table4'>[] {
  const leafCaptions = [...OUTCOME_COLUMNS, TOTAL_COLUMN]
  const cells: GridCell<'table4'>[] = [
    gridCell(0, 0, 'colHeader', { colSpan: GROUP_WIDTH, text: TABLE4_GROUPS[0].caption }),
    gridCell(0, GROUP_WIDTH, 'colHeader', { colSpan: GROUP_WIDTH * 2, text: TABLE4_GROUPS[1].topCaption }),
  ]
  // 行政复议 has no sub-group row, so its outcome captions span header rows 1–2.
  leafCaptions.forEach((col, i) => cells.push(gridCell(1, i, 'colHeader', { rowSpan: 2, text: col.caption })))
  TABLE4_GROUPS.slice(1).forEach((group, g) => {
    const c0 = GROUP_WIDTH * (g + 1)
    cells.push(gridCell(1, c0, 'colHeader', { colSpan: GROUP_WIDTH, text: group.caption }))
  })
  TABLE4_GROUPS.slice(1).forEach((_, g) => {
    const c0 = GROUP_WIDTH * (g + 1)
    leafCaptions.forEach((col, i) => cells.push(gridCell(2, c0 + i, 'colHeader', { text: col.caption })))
  })
  TABLE4_GROUPS.forEach((group, g) => {
    OUTCOME_COLUMNS.forEach((col, i) =>
      cells.push(gridCell(HEADER_ROWS, g * GROUP_WIDTH + i, 'input', { ref: { rowId: group.id, colId: col.id } })),
    )
    cells.push(gridCell(HEADER_ROWS, g * GROUP_WIDTH + OUTCOME_COLUMNS.length, 'computed', { ref: { rowId: group.id, colId: TOTAL_COLUMN.id } }))
  })
  return cells
}

const inputs: InputCell<'table4'>[] = TABLE4_GROUPS.flatMap((group) =>
  OUTCOME_COLUMNS.map((col): InputCell<'table4'> => ({
    kind: 'input', rowId: group.id, colId: col.id, valueType: 'integer', ...valueCaptions(group.caption, col.caption),
  })),
)

const computed: ComputedCell<'table4'>[] = TABLE4_GROUPS.map((group) => ({
  kind: 'computed', rowId: group.id, colId: TOTAL_COLUMN.id, valueType: 'integer', ...valueCaptions(group.caption, TOTAL_COLUMN.caption),
  sumOf: OUTCOME_COLUMNS.map((c) => ({ rowId: group.id, colId: c.id })),
}))

export const table4: TableDef<'table4'> = {
  id: 'table4',
  name: '表四',
  section: 'appeals',
  gridRows: HEADER_ROWS + 1,
  gridColumns: GROUP_WIDTH * TABLE4_GROUPS.length,
  headerRows: HEADER_ROWS,
  columnWidths: Array.from({ length: GROUP_WIDTH * TABLE4_GROUPS.length }, () => 1),
  cells: buildCells(),
  rows: TABLE4_GROUPS.map((g) => ({ id: g.id, caption: g.caption, columns: OUTCOME_COLUMNS.map((c) => c.id) })),
  inputs,
  computed,
}
