// Table 3 — 收到和处理政府信息公开申请情况 (国办公开办函〔2021〕30号 annex; layout per
// tables.json / S8 template). Declared as a column list and a row tree; the merged grid is
// derived from them.
import { gridCell, TOTAL_COLUMN, valueCaptions, type ComputedCell, type GridCell, type InputCell, type TableDef } from './table-def'

const TABLE3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'

export const APPLICANT_COLUMNS = [
  { id: 'naturalPerson', caption: '自然人' },
  { id: 'commercial', caption: '商业企业' },
  { id: 'research', caption: '科研机构' },
  { id: 'publicInterest', caption: '社会公益组织' },
  { id: 'legalService', caption: '法律服务机构' },
  { id: 'otherOrg', caption: '其他' },
] as const

export type ApplicantColumnId = (typeof APPLICANT_COLUMNS)[number]['id']
const APPLICANT_GROUP = '申请人情况'
const LEGAL_GROUP = '法人或其他组织'

interface LeafRow {
  readonly id: string
  readonly caption: string
}
interface ResultGroup extends LeafRow {
  readonly rows: readonly LeafRow[]
}

/** Result rows of 三、本年度办理结果: single rows span both label columns, groups stand on the left. */
const RESULT_ITEMS = [
  { id: 'granted', caption: '（一）予以公开' },
  { id: 'partial', caption: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
  {
    id: 'denied',
    caption: '（三）不予公开',
    rows: [
      { id: 'denied.stateSecret', caption: '1.属于国家秘密' },
      { id: 'denied.lawForbidden', caption: '2.其他法律行政法规禁止公开' },
      { id: 'denied.threeSafetyOneStability', caption: '3.危及“三安全一稳定”' },
      { id: 'denied.thirdPartyRights', caption: '4.保护第三方合法权益' },
      { id: 'denied.internalAffairs', caption: '5.属于三类内部事务信息' },
      { id: 'denied.processInfo', caption: '6.属于四类过程性信息' },
      { id: 'denied.enforcementFile', caption: '7.属于行政执法案卷' },
      { id: 'denied.adminQuery', caption: '8.属于行政查询事项' },
    ],
  },
  {
    id: 'unable',
    caption: '（四）无法提供',
    rows: [
      { id: 'unable.notHeld', caption: '1.本机关不掌握相关政府信息' },
      { id: 'unable.needCreation', caption: '2.没有现成信息需要另行制作' },
      { id: 'unable.unclearAfterCorrection', caption: '3.补正后申请内容仍不明确' },
    ],
  },
  {
    id: 'notProcessed',
    caption: '（五）不予处理',
    rows: [
      { id: 'notProcessed.petitionComplaint', caption: '1.信访举报投诉类申请' },
      { id: 'notProcessed.duplicate', caption: '2.重复申请' },
      { id: 'notProcessed.publication', caption: '3.要求提供公开出版物' },
      { id: 'notProcessed.massRepeated', caption: '4.无正当理由大量反复申请' },
      { id: 'notProcessed.confirmOrReissue', caption: '5.要求行政机关确认或重新出具已获取信息' },
    ],
  },
  {
    id: 'other',
    caption: '（六）其他处理',
    rows: [
      { id: 'other.overdueCorrection', caption: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
      { id: 'other.overdueFee', caption: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
      { id: 'other.other', caption: '3.其他' },
    ],
  },
] as const satisfies readonly (LeafRow | ResultGroup)[]

type ResultItem = (typeof RESULT_ITEMS)[number]

/** The six outcome groups of 三、本年度办理结果, （一） to （六）, in the table's order. */
export const RESULT_GROUPS: readonly { id: ResultItem['id']; caption: string }[] = RESULT_ITEMS.map(({ id, caption }) => ({ id, caption }))
type ResultLeaf = Exclude<ResultItem, { rows: unknown }> | Extract<ResultItem, { rows: unknown }>['rows'][number]

export const INTAKE_ROWS = [
  { id: 'newReceived', caption: '一、本年新收政府信息公开申请数量' },
  { id: 'carriedOver', caption: '二、上年结转政府信息公开申请数量' },
] as const
const RESULTS_GROUP_CAPTION = '三、本年度办理结果'
export const TOTAL_RESULTS_ROW = { id: 'totalResults', caption: '（七）总计' } as const
export const CARRIED_FORWARD_ROW = { id: 'carriedForward', caption: '四、结转下年度继续办理' } as const

export const RESULT_LEAF_ROWS: readonly ResultLeaf[] = RESULT_ITEMS.flatMap((item: ResultItem): readonly ResultLeaf[] =>
  'rows' in item ? item.rows : [item])

/** Rows that hold input cells, in file order. */
export const TABLE3_INPUT_ROWS = [...INTAKE_ROWS, ...RESULT_LEAF_ROWS, CARRIED_FORWARD_ROW] as const

type Table3InputRowId = (typeof TABLE3_INPUT_ROWS)[number]['id']
export type Table3RowId = Table3InputRowId | typeof TOTAL_RESULTS_ROW.id
export type Table3ColId = ApplicantColumnId | typeof TOTAL_COLUMN.id

const HEADER_ROWS = 3
const LABEL_COLS = 3
const TOTAL_COL = LABEL_COLS + APPLICANT_COLUMNS.length
type Cell = GridCell<'table3'>

function buildCells(): Cell[] {
  const cells: Cell[] = [
    gridCell(0, 0, 'note', { rowSpan: HEADER_ROWS, colSpan: LABEL_COLS, text: TABLE3_NOTE }),
    gridCell(0, LABEL_COLS, 'colHeader', { colSpan: APPLICANT_COLUMNS.length + 1, text: APPLICANT_GROUP }),
    gridCell(1, LABEL_COLS, 'colHeader', { rowSpan: 2, text: APPLICANT_COLUMNS[0].caption }),
    gridCell(1, LABEL_COLS + 1, 'colHeader', { colSpan: APPLICANT_COLUMNS.length - 1, text: LEGAL_GROUP }),
    gridCell(1, TOTAL_COL, 'colHeader', { rowSpan: 2, text: TOTAL_COLUMN.caption }),
    ...APPLICANT_COLUMNS.slice(1).map((col, i): Cell => gridCell(2, LABEL_COLS + 1 + i, 'colHeader', { text: col.caption })),
  ]
  let r = HEADER_ROWS
  const dataRow = (rowId: Table3RowId, kind: 'input' | 'computed') => {
    APPLICANT_COLUMNS.forEach((col, i) => cells.push(gridCell(r, LABEL_COLS + i, kind, { ref: { rowId, colId: col.id } })))
    cells.push(gridCell(r, TOTAL_COL, 'computed', { ref: { rowId, colId: TOTAL_COLUMN.id } }))
  }
  for (const row of INTAKE_ROWS) {
    cells.push(gridCell(r, 0, 'rowLabel', { colSpan: LABEL_COLS, text: row.caption }))
    dataRow(row.id, 'input')
    r++
  }
  const resultRowCount = RESULT_LEAF_ROWS.length + 1
  cells.push(gridCell(r, 0, 'rowGroupLabel', { rowSpan: resultRowCount, text: RESULTS_GROUP_CAPTION }))
  for (const item of RESULT_ITEMS as readonly ResultItem[]) {
    if ('rows' in item) {
      cells.push(gridCell(r, 1, 'rowGroupLabel', { rowSpan: item.rows.length, text: item.caption }))
      for (const row of item.rows) {
        cells.push(gridCell(r, 2, 'rowLabel', { text: row.caption }))
        dataRow(row.id, 'input')
        r++
      }
    } else {
      cells.push(gridCell(r, 1, 'rowLabel', { colSpan: 2, text: item.caption }))
      dataRow(item.id, 'input')
      r++
    }
  }
  cells.push(gridCell(r, 1, 'rowLabel', { colSpan: 2, text: TOTAL_RESULTS_ROW.caption }))
  dataRow(TOTAL_RESULTS_ROW.id, 'computed')
  r++
  cells.push(gridCell(r, 0, 'rowLabel', { colSpan: LABEL_COLS, text: CARRIED_FORWARD_ROW.caption }))
  dataRow(CARRIED_FORWARD_ROW.id, 'input')
  return cells
}

type Row = { readonly id: Table3RowId; readonly caption: string }

function buildValueCells(): { inputs: InputCell<'table3'>[]; computed: ComputedCell<'table3'>[] } {
  const inputs: InputCell<'table3'>[] = TABLE3_INPUT_ROWS.flatMap((row: Row) =>
    APPLICANT_COLUMNS.map((col): InputCell<'table3'> => ({
      kind: 'input', rowId: row.id, colId: col.id, valueType: 'integer', ...valueCaptions(row.caption, col.caption),
    })))
  const computed: ComputedCell<'table3'>[] = []
  const rowTotal = (row: Row): ComputedCell<'table3'> => ({
    kind: 'computed', rowId: row.id, colId: TOTAL_COLUMN.id, valueType: 'integer',
    ...valueCaptions(row.caption, TOTAL_COLUMN.caption),
    sumOf: APPLICANT_COLUMNS.map((c) => ({ rowId: row.id, colId: c.id })),
  })
  for (const row of [...INTAKE_ROWS, ...RESULT_LEAF_ROWS]) computed.push(rowTotal(row))
  for (const col of [...APPLICANT_COLUMNS, TOTAL_COLUMN]) {
    const cols: Table3ColId[] = col.id === TOTAL_COLUMN.id ? APPLICANT_COLUMNS.map((c) => c.id) : [col.id]
    computed.push({
      kind: 'computed', rowId: TOTAL_RESULTS_ROW.id, colId: col.id, valueType: 'integer',
      ...valueCaptions(TOTAL_RESULTS_ROW.caption, col.caption),
      sumOf: RESULT_LEAF_ROWS.flatMap((row) => cols.map((colId) => ({ rowId: row.id, colId }))),
    })
  }
  computed.push(rowTotal(CARRIED_FORWARD_ROW))
  return { inputs, computed }
}

const values = buildValueCells()

export const table3: TableDef<'table3'> = {
  id: 'table3',
  name: '表三',
  section: 'requests',
  gridRows: HEADER_ROWS + TABLE3_INPUT_ROWS.length + 1,
  gridColumns: TOTAL_COL + 1,
  headerRows: HEADER_ROWS,
  columnWidths: [1.1, 1.5, 4.2, 1, 1, 1, 1, 1, 1, 1],
  cells: buildCells(),
  rows: TABLE3_INPUT_ROWS.map((r: Row) => ({ id: r.id, caption: r.caption, columns: APPLICANT_COLUMNS.map((c) => c.id) })),
  inputs: values.inputs,
  computed: values.computed,
}
