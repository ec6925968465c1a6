// Table 2 — 主动公开政府信息情况 (国办公开办函〔2021〕30号 annex; tables.json). Four blocks keyed
// to 条例 Art. 20 items (一)(五)(六)(八); each block is a caption row, a header row and data rows.
import { gridCell, valueCaptions, type GridCell, type InputCell, type TableDef, type ValueType } from './table-def'

const GRID_COLUMNS = 4
const LABEL_HEADER = '信息内容'

interface BlockSpec {
  id: string
  caption: string
  columns: readonly { id: string; caption: string; valueType: ValueType; maxDecimals?: number }[]
  rows: readonly { id: string; caption: string }[]
}

export const TABLE2_BLOCKS = [
  {
    id: 'art20_1',
    caption: '第二十条第（一）项',
    columns: [
      { id: 'issued', caption: '本年制发件数', valueType: 'integer' },
      { id: 'repealed', caption: '本年废止件数', valueType: 'integer' },
      { id: 'inForce', caption: '现行有效件数', valueType: 'integer' },
    ],
    rows: [
      { id: 'rules', caption: '规章' },
      { id: 'normativeDocs', caption: '行政规范性文件' },
    ],
  },
  {
    id: 'art20_5',
    caption: '第二十条第（五）项',
    columns: [{ id: 'decisions', caption: '本年处理决定数量', valueType: 'integer' }],
    rows: [{ id: 'licensing', caption: '行政许可' }],
  },
  {
    id: 'art20_6',
    caption: '第二十条第（六）项',
    columns: [{ id: 'decisions', caption: '本年处理决定数量', valueType: 'integer' }],
    rows: [
      { id: 'penalty', caption: '行政处罚' },
      { id: 'coercion', caption: '行政强制' },
    ],
  },
  {
    id: 'art20_8',
    caption: '第二十条第（八）项',
    // 万元 to the fen (1 分 = 0.000001 万元): published reports print amounts such as 24252.311082.
    columns: [{ id: 'amountWanYuan', caption: '本年收费金额（单位：万元）', valueType: 'decimal', maxDecimals: 6 }],
    rows: [{ id: 'fees', caption: '行政事业性收费' }],
  },
] as const satisfies readonly BlockSpec[]

type Block = (typeof TABLE2_BLOCKS)[number]
export type Table2RowId = Block['rows'][number]['id']
export type Table2ColId = Block['columns'][number]['id']

/** The rows of 第二十条第（一）项 and its three columns (the in-force identity of W-XYEAR-INFORCE). */
export const RULE_ROWS = TABLE2_BLOCKS[0].rows
export const ISSUED = TABLE2_BLOCKS[0].columns[0].id
export const REPEALED = TABLE2_BLOCKS[0].columns[1].id
export const IN_FORCE = TABLE2_BLOCKS[0].columns[2].id
/** The three enforcement rows (行政许可, 行政处罚, 行政强制), each with one 'decisions' column. */
export const ENFORCEMENT_ROWS = [...TABLE2_BLOCKS[1].rows, ...TABLE2_BLOCKS[2].rows]
export const DECISIONS = TABLE2_BLOCKS[1].columns[0].id
export const FEE_ROW = TABLE2_BLOCKS[3].rows[0]
export const FEE_COLUMN = TABLE2_BLOCKS[3].columns[0]

/** A block with one value column spreads it over the three data grid columns. */
function spanOf(block: BlockSpec): number {
  return (GRID_COLUMNS - 1) / block.columns.length
}

function buildCells(): GridCell<'table2'>[] {
  const cells: GridCell<'table2'>[] = []
  let r = 0
  for (const block of TABLE2_BLOCKS) {
    const span = spanOf(block)
    cells.push(gridCell(r, 0, 'blockCaption', { colSpan: GRID_COLUMNS, text: block.caption }))
    r++
    cells.push(gridCell(r, 0, 'colHeader', { text: LABEL_HEADER }))
    block.columns.forEach((col, i) =>
      cells.push(gridCell(r, 1 + i * span, 'colHeader', { colSpan: span, text: col.caption })),
    )
    r++
    for (const row of block.rows) {
      cells.push(gridCell(r, 0, 'rowLabel', { text: row.caption }))
      block.columns.forEach((col, i) =>
        cells.push(gridCell(r, 1 + i * span, 'input', { colSpan: span, ref: { rowId: row.id, colId: col.id } })),
      )
      r++
    }
  }
  return cells
}

function buildInputs(): InputCell<'table2'>[] {
  return TABLE2_BLOCKS.flatMap((block: Block) =>
    block.rows.flatMap((row) =>
      block.columns.map((col: Block['columns'][number]): InputCell<'table2'> => ({
        kind: 'input', rowId: row.id, colId: col.id, valueType: col.valueType,
        ...('maxDecimals' in col ? { maxDecimals: col.maxDecimals } : {}),
        ...valueCaptions(row.caption, col.caption),
      })),
    ),
  )
}

export const table2: TableDef<'table2'> = {
  id: 'table2',
  name: '表二',
  section: 'proactive',
  gridRows: TABLE2_BLOCKS.reduce((n, b) => n + 2 + b.rows.length, 0),
  gridColumns: GRID_COLUMNS,
  headerRows: 0,
  columnWidths: [1.3, 1, 1, 1],
  cells: buildCells(),
  rows: TABLE2_BLOCKS.flatMap((b: Block) =>
    b.rows.map((r) => ({ id: r.id, caption: r.caption, columns: b.columns.map((c: Block['columns'][number]) => c.id) })),
  ),
  inputs: buildInputs(),
  computed: [],
}
