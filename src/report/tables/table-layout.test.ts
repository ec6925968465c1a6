// @vitest-environment node
// The generated grids against tables.json (a verbatim copy is committed beside this test as
// tables.reference.json so CI needs nothing outside the repository).
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sectionById } from '../sections'
import { TABLES, TABLE_IDS, tableSection } from './registry'
import { cellId, parseCellId, type GridCell, type TableId } from './table-def'

interface RefCell {
  r: number
  c: number
  rowSpan?: number
  colSpan?: number
  kind: string
  text?: string
  ref?: string
}
interface RefTable {
  gridRows: number
  gridColumns: number
  sectionHeading: string
  cells: RefCell[]
}

const REFERENCE_PATH = join(__dirname, 'tables.reference.json')
const reference = JSON.parse(readFileSync(REFERENCE_PATH, 'utf8')) as { tables: Record<TableId, RefTable> }

/** table2 "rules.issued" and table4 "review.upheld" are row.col; table3 "rowId|colId". */
function splitRef(table: TableId, ref: string): { rowId: string; colId: string } {
  if (table === 'table3') {
    const [rowId = '', colId = ''] = ref.split('|')
    return { rowId, colId }
  }
  const dot = ref.indexOf('.')
  return { rowId: ref.slice(0, dot), colId: ref.slice(dot + 1) }
}

function normaliseRef(table: TableId, cell: RefCell) {
  const ids = cell.ref === undefined ? {} : splitRef(table, cell.ref)
  return { r: cell.r, c: cell.c, rowSpan: cell.rowSpan ?? 1, colSpan: cell.colSpan ?? 1, kind: cell.kind, text: cell.text, ...ids }
}

function normaliseOwn(cell: GridCell) {
  const ids = cell.ref === undefined ? {} : { rowId: cell.ref.rowId, colId: cell.ref.colId }
  return { r: cell.r, c: cell.c, rowSpan: cell.rowSpan, colSpan: cell.colSpan, kind: cell.kind, text: cell.text, ...ids }
}

const byPosition = (a: { r: number; c: number }, b: { r: number; c: number }) => a.r - b.r || a.c - b.c

const SHARED_SPEC = resolve(__dirname, '../../../../shared/spec/tables.json')
const HAS_SPEC = existsSync(SHARED_SPEC)
if (!HAS_SPEC) console.warn(`table-layout.test.ts: ${SHARED_SPEC} is not beside the repository; the copy check is skipped (the layout is still checked against the committed tables.reference.json).`)

describe('tables.reference.json', () => {
  it.skipIf(!HAS_SPEC)('is a verbatim copy of shared/spec/tables.json (skipped when the spec folder is not beside the repository)', () => {
    expect(readFileSync(REFERENCE_PATH, 'utf8')).toBe(readFileSync(SHARED_SPEC, 'utf8'))
  })
})

describe.each(TABLE_IDS)('%s layout', (table) => {
  const def = TABLES[table]
  const ref = reference.tables[table]

  it('has the grid size of tables.json', () => {
    expect(def.gridRows).toBe(ref.gridRows)
    expect(def.gridColumns).toBe(ref.gridColumns)
    expect(def.columnWidths).toHaveLength(def.gridColumns)
  })

  it('covers every grid slot exactly once', () => {
    const cover: number[][] = Array.from({ length: def.gridRows }, () => Array<number>(def.gridColumns).fill(0))
    for (const cell of def.cells) {
      expect(cell.rowSpan).toBeGreaterThanOrEqual(1)
      expect(cell.colSpan).toBeGreaterThanOrEqual(1)
      for (let r = cell.r; r < cell.r + cell.rowSpan; r++)
        for (let c = cell.c; c < cell.c + cell.colSpan; c++) {
          expect(r < def.gridRows && c < def.gridColumns, `slot (${r},${c}) outside the grid`).toBe(true)
          const row = cover[r]
          if (row) row[c] = (row[c] ?? 0) + 1
        }
    }
    const wrong = cover.flatMap((row, r) => row.flatMap((n, c) => (n === 1 ? [] : [`(${r},${c})×${n}`])))
    expect(wrong).toEqual([])
  })

  it('equals the cells of tables.json exactly (position, spans, kind, text, value ref)', () => {
    const expected = ref.cells.map((c) => normaliseRef(table, c)).sort(byPosition)
    const actual = def.cells.map(normaliseOwn).sort(byPosition)
    expect(actual).toEqual(expected)
  })

  it('lists as inputs and computed cells exactly the value cells of the grid', () => {
    const key = (c: { rowId: string; colId: string }) => `${c.rowId}/${c.colId}`
    const gridInputs = def.cells.flatMap((c) => (c.kind === 'input' && c.ref ? [key(c.ref)] : [])).sort()
    const gridComputed = def.cells.flatMap((c) => (c.kind === 'computed' && c.ref ? [key(c.ref)] : [])).sort()
    expect(def.inputs.map(key).sort()).toEqual(gridInputs)
    expect(def.computed.map(key).sort()).toEqual(gridComputed)
  })

  it('gives every input a unique accessible label made of its row and column captions', () => {
    const labels = def.inputs.map((c) => c.label)
    expect(new Set(labels).size).toBe(labels.length)
    for (const c of def.inputs) {
      expect(c.label).toBe(`${c.rowCaption} ${c.colCaption}`)
      expect(c.label.trim()).not.toBe('')
    }
  })

  it('declares the file rows of its inputs, in order', () => {
    const fromRows = def.rows.flatMap((row) => row.columns.map((colId) => `${row.id}/${colId}`))
    expect(fromRows).toEqual(def.inputs.map((c) => `${c.rowId}/${c.colId}`))
  })

  it('belongs under the section heading of tables.json', () => {
    expect(sectionById(tableSection(table)).heading).toBe(ref.sectionHeading)
  })
})

describe('value cell counts (report-format.md §3)', () => {
  it.each([
    ['table2', 10, 0],
    ['table3', 144, 31],
    ['table4', 12, 3],
  ] as const)('%s has %i inputs and %i computed cells', (table, inputs, computed) => {
    expect(TABLES[table].inputs).toHaveLength(inputs)
    expect(TABLES[table].computed).toHaveLength(computed)
  })

  it('uses one decimal cell only: 行政事业性收费, up to 6 decimals (万元 to the fen)', () => {
    const decimals = TABLE_IDS.flatMap((t) => TABLES[t].inputs.filter((c) => c.valueType === 'decimal').map((c) => cellId(t, c)))
    expect(decimals).toEqual(['table2/fees/amountWanYuan'])
    expect(TABLES.table2.inputs.find((c) => c.colId === 'amountWanYuan')?.maxDecimals).toBe(6)
  })

  it('labels are unique across all three tables', () => {
    const all = TABLE_IDS.flatMap((t) => TABLES[t].inputs.map((c) => `${TABLES[t].name} ${c.label}`))
    expect(new Set(all).size).toBe(all.length)
  })
})

describe('cell ids', () => {
  it('joins and splits table/row/column, keeping dots inside row ids', () => {
    expect(cellId('table3', { rowId: 'denied.stateSecret', colId: 'otherOrg' })).toBe('table3/denied.stateSecret/otherOrg')
    expect(parseCellId('table3/denied.stateSecret/otherOrg')).toEqual({ table: 'table3', rowId: 'denied.stateSecret', colId: 'otherOrg' })
    expect(parseCellId('table3/newReceived')).toBeNull()
    expect(parseCellId('table3//total')).toBeNull()
  })
})
