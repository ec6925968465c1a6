// Any rectangular part of a filled table, copied in any shape, pasted into an empty table gives
// exactly its cells back; never a wrong placement presented as certain; a changed total is
// reported on its cell.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TABLES } from '../tables/registry'
import type { TableId } from '../tables/table-def'
import { buildClipGrid, type ClipCellInput } from './clip-grid'
import { placePaste } from './place-paste'
import { valueRows, type ValueSlot } from './table-slots'

interface Shape {
  table: 'table3' | 'table4'
  labels: boolean
  headers: boolean
  totals: boolean
  html: boolean
}

function sums(table: TableId, values: Map<string, number>): Map<string, number> {
  const out = new Map(values)
  for (const c of TABLES[table].computed) out.set(`${table}/${c.rowId}/${c.colId}`, c.sumOf.reduce((n, r) => n + (values.get(`${table}/${r.rowId}/${r.colId}`) ?? 0), 0))
  return out
}

function copy(shape: Shape, all: Map<string, number>, r0: number, r1: number, c0: number, c1: number, bump: string | null): ClipCellInput[][] {
  const rows = valueRows(TABLES[shape.table]).slice(r0, r1 + 1)
  const keep = (s: ValueSlot) => shape.totals || s.def.kind === 'input'
  const keptRows = rows.filter((row) => row.slots.slice(c0, c1 + 1).some(keep))
  const columns = rows[0]!.slots.map((_s, i) => i).filter((i) => i >= c0 && i <= c1 && rows.some((row) => keep(row.slots[i]!)))
  const out: ClipCellInput[][] = []
  const labelCell = (text: string): ClipCellInput[] => (shape.labels ? (shape.html ? [{ text, colSpan: 3 }] : [{ text }, { text: '' }, { text: '' }]) : [])
  if (shape.headers) {
    const stacks = columns.map((i) => keptRows[0]!.slots[i]!.headers)
    const depth = Math.max(...stacks.map((s) => s.length))
    for (let level = 0; level < depth; level++) {
      const texts = stacks.map((s) => s[level - (depth - s.length)] ?? '')
      const line: ClipCellInput[] = [...labelCell('')]
      texts.forEach((text, i) => {
        const prev = line[line.length - 1]
        if (shape.html && i > 0 && texts[i - 1] === text && prev) prev.colSpan = (prev.colSpan ?? 1) + 1
        else line.push({ text })
      })
      out.push(line)
    }
  }
  for (const row of keptRows) {
    const line: ClipCellInput[] = [...labelCell(row.label ?? '')]
    for (const i of columns) {
      const slot = row.slots[i]!
      if (!keep(slot)) continue
      const v = all.get(slot.id)!
      line.push({ text: String(slot.id === bump ? v + 1 : v) })
    }
    out.push(line)
  }
  return out
}

const shapeArb = fc.record({
  table: fc.constantFrom('table3' as const, 'table4' as const),
  labels: fc.boolean(),
  headers: fc.boolean(),
  totals: fc.boolean(),
  html: fc.boolean(),
})

describe('paste property', () => {
  it('a rectangle of a filled table comes back exactly, or the placement is asked', () => {
    fc.assert(fc.property(shapeArb, fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 150, maxLength: 150 }), fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.boolean(),
      (shape, numbers, a, b, c, d, changeTotal) => {
        const def = TABLES[shape.table]
        const rows = valueRows(def)
        if (shape.table === 'table4') shape.labels = false
        const inputs = new Map(def.inputs.map((cell, i) => [`${def.id}/${cell.rowId}/${cell.colId}`, numbers[i % numbers.length]!]))
        const all = sums(def.id, inputs)
        const r0 = a % rows.length
        const r1 = r0 + (b % (rows.length - r0))
        const width = rows[0]!.slots.length
        const c0 = c % width
        const c1 = c0 + (d % (width - c0))
        const rect = rows.slice(r0, r1 + 1).flatMap((row) => row.slots.slice(c0, c1 + 1))
        const kept = rect.filter((s) => shape.totals || s.def.kind === 'input')
        fc.pre(kept.some((s) => s.def.kind === 'input'))
        const bump = changeTotal && shape.totals ? kept.find((s) => s.def.kind === 'computed')?.id ?? null : null
        // Without labels the rows start at the focused cell's row; without headers the columns at its column.
        const keptRows = rows.slice(r0, r1 + 1).filter((row) => row.slots.slice(c0, c1 + 1).some((s) => kept.includes(s)))
        const firstCol = [...Array(c1 - c0 + 1).keys()].map((i) => c0 + i).find((i) => keptRows.some((row) => kept.includes(row.slots[i]!)))!
        const row0 = shape.labels ? rows.find((row) => row.slots[firstCol]?.def.kind === 'input')! : keptRows[0]!
        const focus: ValueSlot | undefined = shape.headers ? row0.slots.find((s) => s.def.kind === 'input') : row0.slots[firstCol]
        fc.pre(focus !== undefined && focus.def.kind === 'input')
        const rawRows = copy(shape, all, r0, r1, c0, c1, bump)
        const clip = buildClipGrid(rawRows)
        const plan = placePaste({ def, clip, focusId: focus.id, read: () => null })
        const expectedWrites = kept.filter((s) => s.def.kind === 'input').map((s) => [s.id, inputs.get(s.id)]).sort()
        const got = plan.writes.map((w) => [w.id, w.value]).sort()
        const exact = JSON.stringify(got) === JSON.stringify(expectedWrites)
        // Labels with headers, or a full official row, leave nothing to guess.
        const determined = (shape.labels || shape.table === 'table4') && shape.headers
        if (determined) expect(plan.certain).toBe(true)
        if (plan.certain || determined) {
          expect(got).toEqual(expectedWrites)
          const differ = plan.totals.filter((t) => t.stated !== t.computed).map((t) => t.id)
          const complete = (id: string) => def.computed.find((x) => `${def.id}/${x.rowId}/${x.colId}` === id)!.sumOf
            .every((r) => kept.some((s) => s.id === `${def.id}/${r.rowId}/${r.colId}`))
          expect(differ).toEqual(bump && complete(bump) ? [bump] : [])
        } else expect(plan.doubt).toBeTruthy()
        return exact || !plan.certain
      }), { numRuns: 400 })
  })
})
