// The table-grid reader: merges as Word, WPS and LibreOffice write them, and fuzzing with random
// gridSpan / vMerge structures and random cell text (nothing may throw, the grid stays sound).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createEmptyReport } from '@/report/default-report'
import { reportSchema } from '@/report/schema'
import { TABLES, TABLE_IDS } from '@/report/tables/registry'
import { classifyGrid } from './locate-tables'
import { newReadState, type ReadState } from './read-state'
import { readTable2 } from './read-table2'
import { readTable3 } from './read-table3'
import { readTable4 } from './read-table4'
import { buildGrid, gridTexts, rowCells, type RawCell, type RawRow } from './table-grid'

const cell = (text: string, gridSpan = 1, vMerge: RawCell['vMerge'] = null): RawCell => ({ text, gridSpan, vMerge })
const row = (...cells: RawCell[]): RawRow => ({ gridBefore: 0, gridAfter: 0, cells })

describe('buildGrid', () => {
  it('rebuilds gridSpan and vMerge restart/continue', () => {
    const grid = buildGrid([
      row(cell('A', 2, 'restart'), cell('B')),
      row(cell('', 2, 'continue'), cell('C')),
      row(cell('D'), cell('E'), cell('F')),
    ])
    expect(gridTexts(grid)).toEqual([['A', 'A', 'B'], ['A', 'A', 'C'], ['D', 'E', 'F']])
    expect(grid.cells[0]).toMatchObject({ r: 0, c: 0, rowSpan: 2, colSpan: 2 })
    expect(rowCells(grid, 1).map((c) => c.text)).toEqual(['A', 'C'])
  })

  it('treats a continue cell with nothing above as a new cell, and pads short rows', () => {
    const grid = buildGrid([row(cell('X', 1, 'continue')), row(cell('Y'), cell('Z', 3))])
    expect(gridTexts(grid)).toEqual([['X', '', '', ''], ['Y', 'Z', 'Z', 'Z']])
    expect(grid.slots[0]![1]).toBeNull()
  })

  it('honours gridBefore and legacy hMerge', () => {
    const grid = buildGrid([
      { gridBefore: 1, gridAfter: 0, cells: [cell('A')] },
      row(cell('B'), { ...cell('b'), hMergeContinue: true }),
    ])
    expect(gridTexts(grid)).toEqual([['', 'A'], ['B\nb', 'B\nb']])
    expect(grid.cells[1]).toMatchObject({ colSpan: 2 })
  })

  it('keeps text typed into a continuation cell', () => {
    const grid = buildGrid([row(cell('上', 1, 'restart')), row(cell('下', 1, 'continue'))])
    expect(grid.cells).toHaveLength(1)
    expect(grid.cells[0]!.text).toBe('上\n下')
  })
})

/** Captions of the real tables mixed with numbers, blanks and noise, so the readers get exercised. */
const CAPTIONS = TABLE_IDS.flatMap((t) => TABLES[t].cells.map((c) => c.text ?? '')).filter(Boolean)
const text = fc.oneof(
  fc.constantFrom(...CAPTIONS),
  fc.constantFrom('', '0', '１２', '/', '—', '无', '3件', '0.5', '-1', '1,234', '见附件', '\n'),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: 0, max: 50 }).map(String),
)
const rawCell = fc.record({
  text,
  gridSpan: fc.oneof(fc.constant(1), fc.integer({ min: -2, max: 20 }), fc.constant(Number.NaN), fc.constant(1e9)),
  vMerge: fc.constantFrom<RawCell['vMerge']>(null, null, 'restart', 'continue'),
  hMergeContinue: fc.boolean().map((b) => b && Math.random() < 0.1),
})
const rawRow = fc.record({
  gridBefore: fc.oneof(fc.constant(0), fc.integer({ min: -1, max: 4 })),
  gridAfter: fc.constant(0),
  cells: fc.array(rawCell, { maxLength: 10 }),
})
const rawTable = fc.array(rawRow, { maxLength: 24 })

function freshState(): ReadState {
  return newReadState(createEmptyReport(2024))
}

describe('fuzzing the table reader', () => {
  it('builds a sound grid from any gridSpan / vMerge structure', () => {
    fc.assert(
      fc.property(rawTable, (rows) => {
        const grid = buildGrid(rows)
        const known = new Set(grid.cells)
        // Plain checks in the loops: expect() per slot would dominate the run time.
        if (grid.slots.length !== rows.length) return false
        for (const [r, line] of grid.slots.entries()) {
          if (line.length !== grid.colCount) return false
          for (const slot of line) {
            if (slot && (!known.has(slot) || slot.r > r || slot.r + slot.rowSpan <= r)) return false
          }
          const cells = rowCells(grid, r)
          if (new Set(cells).size !== cells.length) return false
        }
        return true
      }),
      { numRuns: 400 },
    )
  }, 30_000)

  it('reads any grid as any table without throwing, leaving a schema-valid report', () => {
    fc.assert(
      fc.property(rawTable, (rows) => {
        const grid = buildGrid(rows)
        classifyGrid(grid)
        const state = freshState()
        readTable2(grid, state, new Set())
        readTable3(grid, state)
        readTable4(grid, state)
        expect(reportSchema.safeParse(state.report).success).toBe(true)
        for (const f of state.findings) expect(f.message.length).toBeGreaterThan(0)
      }),
      { numRuns: 300 },
    )
  }, 30_000)
})
