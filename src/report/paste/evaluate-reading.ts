// One reading of a copied block tried on the table: where its numbers land, which of them fall on
// computed cells (compared with the sums after the paste, never written), what is left out and
// where it came from, and how its totals and edges fare (placePaste chooses by that).
import { parseCell } from '../cell-parser'
import { addValues } from '../totals'
import { cellId, type CellRef, type TableDef } from '../tables/table-def'
import type { ClipRow, Kind } from './paste-block'
import type { ColReading, RowReading } from './paste-readings'
import type { ValueSlot } from './table-slots'

interface PasteWrite {
  id: string
  ref: CellRef
  value: number | null
}

interface PasteTotal {
  id: string
  ref: CellRef
  stated: number
  computed: number
}

/** One way of reading the block: where its numbers land. */
export interface PasteReading {
  /** The reading's name for the user (Chinese), e.g. 按含合计读取. */
  label: string
  /** How its totals and edges fare (Chinese), e.g. 比对 7 个合计，全部相符. */
  note: string
  writes: PasteWrite[]
  /** Numbers that fell on computed cells, compared with the sums after the paste. */
  totals: PasteTotal[]
  /** What was not pasted and where in the copied block it came from (Chinese). */
  ignored: string[]
  /** Copied totals not compared: cells they add up are still blank. */
  unchecked: number
}

export interface Evaluated extends PasteReading {
  overflow: number
  mismatch: number
  /** Totals that agree and are not 0 (a 0 that agrees proves nothing). */
  informative: number
  signature: string
}

/** How a reading's totals and edges fare, for the choice in the dialog. */
function readingNote(e: Pick<Evaluated, 'totals' | 'mismatch' | 'overflow' | 'writes'>): string {
  const parts = [`写入 ${e.writes.length} 个数`]
  if (e.totals.length > 0) parts.push(e.mismatch === 0 ? `${e.totals.length} 个合计${e.totals.length > 1 ? '全部' : ''}相符` : `${e.mismatch} 个合计不符`)
  if (e.overflow > 0) parts.push(`${e.overflow} 个数超出表格`)
  return parts.join('，')
}

/** Cell ids of the refs that totals sum, made once: each reading looks up every part of every total. */
const ids = new WeakMap<CellRef, string>()
function refId(def: TableDef, ref: CellRef): string {
  let id = ids.get(ref)
  if (id === undefined) ids.set(ref, (id = cellId(def.id, ref)))
  return id
}

/** `read`: the table's current value of a cell. */
export function evaluateReading(def: TableDef, dataRows: ClipRow[], kinds: Kind[][], rr: RowReading, cr: ColReading,
  read: (ref: CellRef) => number | null | undefined, label: string): Evaluated {
  const writes = new Map<string, PasteWrite>()
  const stated: { slot: ValueSlot; value: number }[] = []
  const ignored: string[] = []
  let overflow = 0
  const right: { r: number; c: number; n: number }[] = []
  let below = 0
  let belowFrom = -1
  const unknownCols = new Map<number, number>()
  const unknownRows: string[] = []
  const used = new Set<string>()
  dataRows.forEach((row, i) => {
    const target = rr.rowOf(row.r, i)
    const numbers = row.values.filter((c) => kinds[row.r]![c.c] !== 'blank')
    if (!target) {
      if (numbers.length === 0) return
      if (rr.name === 'labels') unknownRows.push(`第 ${row.r + 1} 行${row.label ? `“${row.label}”` : ''}（${numbers.length} 个数）`)
      else {
        below += numbers.length
        if (belowFrom < 0) belowFrom = row.r + 1
      }
      overflow += numbers.length
      return
    }
    let outRight = 0
    let firstOut = -1
    row.values.forEach((cell, k) => {
      const slot = cr.slotOf(target, cell, k)
      const blank = kinds[row.r]![cell.c] === 'blank'
      if (slot === 'unknown') {
        if (!blank) unknownCols.set(cell.c, (unknownCols.get(cell.c) ?? 0) + 1)
        return
      }
      if (!slot) {
        if (!blank) {
          outRight++
          if (firstOut < 0) firstOut = cell.c + 1
        }
        return
      }
      if (used.has(slot.id)) {
        if (!blank) ignored.push(`第 ${row.r + 1} 行第 ${cell.c + 1} 列“${cell.text}”与前面的数落在同一单元格，未粘贴`)
        return
      }
      used.add(slot.id)
      if (slot.def.kind === 'computed') {
        if (blank || kinds[row.r]![cell.c] === 'marker') return
        const parsed = parseCell(cell.text, 'integer')
        if (parsed.ok && parsed.value !== null) stated.push({ slot, value: parsed.value })
        else ignored.push(`第 ${row.r + 1} 行第 ${cell.c + 1} 列（${slot.def.label}）：${parsed.ok ? '空白' : parsed.message}`)
        return
      }
      const parsed = parseCell(cell.text, slot.def.valueType, slot.def.maxDecimals)
      if (!parsed.ok) ignored.push(`第 ${row.r + 1} 行第 ${cell.c + 1} 列（${slot.def.label}）：${parsed.message}`)
      else writes.set(slot.id, { id: slot.id, ref: slot.ref, value: parsed.value })
    })
    if (outRight > 0) {
      right.push({ r: row.r + 1, c: firstOut, n: outRight })
      overflow += outRight
    }
  })
  if (right.length > 0) {
    const n = right.reduce((a, b) => a + b.n, 0)
    ignored.unshift(`复制内容第 ${right[0]!.r} 行第 ${right[0]!.c} 列起 ${n} 个数在表格右边之外`)
  }
  if (below > 0) ignored.unshift(`复制内容第 ${belowFrom} 行起 ${below} 个数在表格最后一行之下`)
  if (unknownRows.length > 0) ignored.unshift(`行名不是${def.name}的行：${unknownRows.slice(0, 3).join('、')}${unknownRows.length > 3 ? '等' : ''}`)
  for (const [c, n] of unknownCols) ignored.unshift(`复制内容第 ${c + 1} 列的表头不是${def.name}的列（${n} 个数）`)
  overflow += [...unknownCols.values()].reduce((a, b) => a + b, 0)

  const after = (ref: CellRef) => {
    const w = writes.get(refId(def, ref))
    return w ? w.value : read(ref)
  }
  let mismatch = 0
  let informative = 0
  const totals: PasteTotal[] = []
  let open = 0
  for (const { slot, value } of stated) {
    if (slot.def.kind !== 'computed') continue
    const parts = slot.def.sumOf.map(after)
    // A total over cells still blank (part of a row copied into an empty table) cannot be checked yet.
    if (parts.some((v) => v === null || v === undefined)) {
      open++
      continue
    }
    const computed = addValues(parts)
    if (computed !== value) mismatch++
    else if (value !== 0) informative++
    totals.push({ id: slot.id, ref: slot.ref, stated: value, computed })
  }
  const signature = [...writes.keys(), '|', ...totals.map((t) => t.id)].join(',')
  const written = [...writes.values()]
  const note = readingNote({ writes: written, totals, mismatch, overflow })
  return { label, note, writes: written, totals, ignored, unchecked: open, overflow, mismatch, informative, signature }
}
