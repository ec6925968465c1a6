// Paste from Excel/WPS, with random blocks: splitClipboard keeps every cell of the block, and
// pasteBlock fills exactly the cells at and after the focus, keeps every value it refuses or
// does not reach, and reports the counts it really applied.
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { parseCell } from '@/report/cell-parser'
import { pasteBlock, splitClipboard } from './grid-keyboard'

/** Cell text as a spreadsheet copies it: anything but tabs and line breaks. */
const cellText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 8 }).map((s) => s.replace(/[\t\r\n]/g, '')),
  fc.integer({ min: 0, max: 1e9 }).map(String),
  fc.constantFrom('', '0', '１２', '1,234', '-3', '2.5', '/', '无', '1e3', '٣', '\u3000'),
)
const grid = fc.array(fc.array(cellText, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 })
const join = (rows: string[][], eol: string) => rows.map((r) => r.join('\t')).join(eol)

describe('splitClipboard', () => {
  it('gives back every row and cell of a copied block, with LF, CRLF or CR and a trailing break', () => {
    fc.assert(
      fc.property(grid, fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), (rows, eol, trailing) => {
        // A spreadsheet never copies a trailing empty row: a block ending in one is not a real copy.
        fc.pre(rows.length === 1 || rows.at(-1)!.join('') !== '' || rows.at(-1)!.length > 1)
        expect(splitClipboard(join(rows, eol) + (trailing ? eol : ''))).toEqual(rows)
      }),
      { numRuns: 1000 },
    )
  })

  it('never throws and never returns an empty block, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const rows = splitClipboard(text)
        expect(rows.length).toBeGreaterThan(0)
        for (const row of rows) expect(row.length).toBeGreaterThan(0)
      }),
      { numRuns: 1000 },
    )
  })
})

interface Layout {
  /** Input cells by grid row: the columns that hold an input (others are labels or totals). */
  rows: number[][]
  focus: { row: number; index: number }
}

const layout: fc.Arbitrary<Layout> = fc
  .array(fc.uniqueArray(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 })
  .map((rows) => rows.map((cols) => [...cols].sort((a, b) => a - b)))
  .chain((rows) => fc.integer({ min: 0, max: rows.length - 1 }).chain((row) =>
    fc.integer({ min: 0, max: rows[row]!.length - 1 }).map((index) => ({ rows, focus: { row, index } }))))

/** A table of inputs as the form renders it: data-cell-id, data-r, data-c, an accessible name. */
function render({ rows }: Layout): HTMLInputElement[][] {
  const table = document.createElement('table')
  const inputs = rows.map((cols, i) => {
    const tr = table.insertRow()
    // Grid rows are spaced out: a header or label row between input rows must not count.
    const r = i * 2 + 1
    return cols.map((c) => {
      const input = document.createElement('input')
      input.dataset.cellId = `t/r${r}/c${c}`
      input.dataset.r = String(r)
      input.dataset.c = String(c)
      input.setAttribute('aria-label', `第${r}行第${c}列`)
      tr.insertCell().append(input)
      return input
    })
  })
  document.body.append(table)
  return inputs
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('pasteBlock', () => {
  it('fills the block from the focus, keeps refused and unreached values, and reports true counts', () => {
    fc.assert(
      fc.property(layout, grid, fc.constantFrom('\n', '\r\n'), (shape, block, eol) => {
        const inputs = render(shape)
        const values = new Map<string, string>()
        for (const input of inputs.flat()) values.set(input.dataset.cellId!, `old:${input.dataset.cellId}`)
        const before = new Map(values)
        const calls: string[] = []
        let accepted = 0
        let refused = 0
        const focus = inputs[shape.focus.row]![shape.focus.index]!
        const summary = pasteBlock(focus, join(block, eol), (id, raw) => {
          calls.push(id)
          const parsed = parseCell(raw)
          if (!parsed.ok) {
            refused++
            return parsed.message
          }
          accepted++
          values.set(id, String(parsed.value))
          return null
        })

        // The model: row i of the block → the i-th input row from the focus down; column j → the
        // j-th input at or right of the focus column in that row.
        const focusC = Number(focus.dataset.c)
        // Blank last lines are line breaks after the block, not rows that would clear cells.
        const rows = [...block]
        while (rows.length > 1 && rows.at(-1)!.length === 1 && rows.at(-1)![0] === '') rows.pop()
        const expected = new Map<string, string>()
        rows.forEach((cells, i) => {
          const row = inputs[shape.focus.row + i]?.filter((el) => Number(el.dataset.c) >= focusC) ?? []
          cells.forEach((raw, j) => {
            const target = row[j]
            if (target) expected.set(target.dataset.cellId!, raw)
          })
        })
        expect(calls.sort()).toEqual([...expected.keys()].sort())
        for (const [id, old] of before) {
          const raw = expected.get(id)
          const parsed = raw === undefined ? null : parseCell(raw)
          // Nothing already entered is lost: only an accepted value replaces a cell.
          expect(values.get(id), id).toBe(parsed?.ok ? String(parsed.value) : old)
        }
        expect(summary).toContain(`已粘贴 ${accepted} 个单元格`)
        if (refused > 0) expect(summary).toContain(`${refused} 个未粘贴（原值保留）`)
        else expect(summary).not.toContain('未粘贴')
        document.body.innerHTML = ''
      }),
      { numRuns: 500 },
    )
  })

  it('names the refused cell and the reason, and counts values beyond the table', () => {
    const [[first, second]] = render({ rows: [[1, 2]], focus: { row: 0, index: 0 } }) as [[HTMLInputElement, HTMLInputElement]]
    const summary = pasteBlock(first!, '5\tabc\t7\n8', (_, raw) => {
      const parsed = parseCell(raw)
      return parsed.ok ? null : parsed.message
    })
    expect(second).toBeDefined()
    expect(summary).toMatch(/^已粘贴 1 个单元格；1 个未粘贴（原值保留）：第1行第2列：“abc”不是数字/)
    expect(summary).toContain('2 个值超出表格范围，已忽略')
  })
})
