// The ways a copied block's rows and columns can be read onto an official table: by its row
// labels or header captions when it has them; otherwise by position from the focused cell, over
// the grid as the user sees it (total columns and the （七）总计 row take their places) or over the
// input cells only. Each reading carries the name the paste dialog offers it under.
import { matchCaption, normaliseCaption, type Candidate } from '../caption-match'
import type { TableDef } from '../tables/table-def'
import type { LogicalCell, LogicalGrid } from '../table-grid'
import { headerCaptions, valueRows, type ValueRow, type ValueSlot } from './table-slots'

export interface RowReading {
  name: string
  /** How the user would call this reading where there is a choice (Chinese). */
  label: string
  rowOf(r: number, i: number): ValueRow | null
}

export function labelledRows(rows: ValueRow[], matched: Map<number, number>): RowReading {
  return { name: 'labels', label: '行名', rowOf: (r) => { const i = matched.get(r); return i === undefined ? null : rows[i]! } }
}

/** Bare rows from the focused row: over every grid row, or over the rows that hold inputs only. */
export function positionalRows(rows: ValueRow[], focusRow: number): RowReading[] {
  const all = rows.slice(focusRow)
  const inputs = all.filter((row) => row.slots.some((s) => s.def.kind === 'input'))
  const computedRows = all.filter((row) => !inputs.includes(row)).map((row) => `“${row.label ?? '合计'}”`).join('')
  const readings: RowReading[] = [{ name: 'grid', label: `含${computedRows}行`, rowOf: (_r, i) => all[i] ?? null }]
  if (inputs.length !== all.length) readings.push({ name: 'inputs', label: `不含${computedRows}行`, rowOf: (_r, i) => inputs[i] ?? null })
  return readings
}

export type ColReading = { name: string; label: string; slotOf(row: ValueRow, cell: LogicalCell, k: number): ValueSlot | null | 'unknown' }

export function positionalColumns(rows: ValueRow[], focus: ValueSlot, width: number): ColReading[] {
  const from = (row: ValueRow) => row.slots.filter((s) => s.c >= focus.c)
  const readings: ColReading[] = []
  const anyRow = rows.find((row) => row.slots.some((s) => s.id === focus.id))!
  if (width === anyRow.slots.length && anyRow.slots.some((s) => s.def.kind === 'computed')) {
    readings.push({ name: 'full', label: '整行', slotOf: (row, _cell, k) => row.slots[k] ?? null })
    return readings
  }
  readings.push({ name: 'grid', label: '含合计', slotOf: (row, _cell, k) => from(row)[k] ?? null })
  if (from(anyRow).slice(0, width).some((s) => s.def.kind === 'computed')) {
    readings.push({ name: 'inputs', label: '不含合计', slotOf: (row, _cell, k) => from(row).filter((s) => s.def.kind === 'input')[k] ?? null })
  }
  return readings
}

/**
 * Columns named by the block's header rows; null when it has none the table knows. A caption the
 * table has more than once (表四's 结果维持 under 行政复议 and both 行政诉讼 groups) with no group
 * header copied is placed by order: the block's first 结果维持 column goes to the table's first, and
 * so on. That is certain only when the block has as many of them as the table.
 */
export function headerReader(def: TableDef, clip: LogicalGrid, firstData: number, labelCols: number, doubts: string[]): ColReading | null {
  if (firstData === 0) return null
  const captions: Candidate<string>[] = headerCaptions(def).map((caption) => ({ value: caption, caption }))
  const byColumn = new Map<number, { leaf: string | null; context: string[]; text: string }>()
  let named = 0
  for (let c = labelCols; c < clip.colCount; c++) {
    const stack: string[] = []
    for (let r = 0; r < firstData; r++) {
      const cell = clip.slots[r]?.[c]
      if (cell && cell.text && !stack.includes(cell.text)) stack.push(cell.text)
    }
    if (stack.length === 0) continue
    const matched = stack.map((t) => matchCaption(t, captions)?.value ?? null)
    const leaf = matched[matched.length - 1] ?? null
    if (leaf) named++
    byColumn.set(c, { leaf, context: matched.slice(0, -1).filter((m): m is string => m !== null), text: stack[stack.length - 1]! })
  }
  if (named === 0) return null
  const norm = (s: string) => normaliseCaption(s)
  const sameHeader = (c: number) => {
    const col = byColumn.get(c)!
    return `${norm(col.leaf ?? '')}|${col.context.map(norm).join('|')}`
  }
  const fitting = (row: ValueRow, col: { leaf: string | null; context: string[] }) => row.slots.filter((s) =>
    norm(s.headers[s.headers.length - 1] ?? '') === norm(col.leaf!) && col.context.every((g) => s.headers.some((h) => norm(h) === norm(g))))
  // The k-th block column with a given header, counted from the left.
  const order = new Map<number, number>()
  const seen = new Map<string, number>()
  for (const c of [...byColumn.keys()].sort((a, b) => a - b)) {
    if (!byColumn.get(c)!.leaf) continue
    const key = sameHeader(c)
    order.set(c, seen.get(key) ?? 0)
    seen.set(key, (seen.get(key) ?? 0) + 1)
  }
  const anyRow = valueRows(def).find((row) => row.slots.length > 0)
  for (const [c, col] of byColumn) {
    if (!col.leaf || !anyRow || order.get(c) !== 0) continue
    const fits = fitting(anyRow, col).length
    const copies = seen.get(sameHeader(c)) ?? 0
    if (fits > 1 && copies !== fits) doubts.push(`表头“${col.text}”在${def.name}中有 ${fits} 列，复制内容中有 ${copies} 列，按从左到右的次序放置`)
  }
  return {
    name: 'headers',
    label: '表头',
    slotOf(row, cell) {
      const col = byColumn.get(cell.c)
      if (!col?.leaf) return 'unknown'
      return fitting(row, col)[order.get(cell.c) ?? 0] ?? null
    },
  }
}
