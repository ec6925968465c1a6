// The one table layout: merges as Word, WPS and LibreOffice write them, as HTML writes them, and
// fuzzing with random gridSpan / vMerge / rowspan structures and random cell text (nothing may
// throw, the grid stays sound). The readers over random grids: import/read/read-any-grid.test.ts.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { rawTable } from './fixtures/raw-tables'
import { buildGrid, cellsStartingIn, gridTexts, rowCells, type RawCell, type RawRow } from './table-grid'

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

describe('buildGrid with HTML rowspan and colspan', () => {
  const h = (text: string, rowSpan = 1, colSpan = 1): RawCell => ({ text, gridSpan: colSpan, rowSpan, vMerge: null })

  it('lays out as an HTML table does: a cell takes the first slot its row has free', () => {
    const grid = buildGrid([
      row(h('', 2, 2), h('申请人情况', 1, 2)),
      row(h('自然人'), h('总计')),
      row(h('a'), h('b'), h('1'), h('2')),
    ])
    expect(gridTexts(grid)).toEqual([['', '', '申请人情况', '申请人情况'], ['', '', '自然人', '总计'], ['a', 'b', '1', '2']])
    expect(grid.cells[0]).toMatchObject({ r: 0, c: 0, rowSpan: 2, colSpan: 2 })
    expect(cellsStartingIn(grid, 1).map((c) => c.text)).toEqual(['自然人', '总计'])
    expect(rowCells(grid, 1).map((c) => c.text)).toEqual(['', '自然人', '总计'])
  })

  it('a rowspan on the right of a shorter row below covers its own column, not the first free one', () => {
    const grid = buildGrid([row(h('x'), h('y'), h('z', 2)), row(h('p'))])
    expect(gridTexts(grid)).toEqual([['x', 'y', 'z'], ['p', '', 'z']])
    expect(grid.slots[1]![1]).toBeNull()
    expect(grid.cells.find((c) => c.text === 'y')).toMatchObject({ rowSpan: 1 })
  })

  it('clamps a rowspan to the rows there are and a damaged span to one slot', () => {
    const grid = buildGrid([row(h('A', 9), h('B', Number.NaN, 0)), row(h('C'))])
    expect(gridTexts(grid)).toEqual([['A', 'B'], ['A', 'C']])
    expect(grid.cells[0]).toMatchObject({ rowSpan: 2, colSpan: 1 })
  })

  it('keeps the width of a row that holds only gridBefore', () => {
    const grid = buildGrid([{ gridBefore: 2, gridAfter: 0, cells: [] }, row(h('A'))])
    expect(grid.colCount).toBe(2)
    expect(gridTexts(grid)).toEqual([['', ''], ['A', '']])
  })
})

describe('fuzzing the layout', () => {
  it('builds a sound grid from any gridSpan / vMerge / rowspan structure', () => {
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
})
