// Where the numbers of a copied block land in an official table (report-file.md §9). A block may
// carry row labels, header rows, total columns and computed rows, or be bare numbers:
// - labels and headers place the numbers through the caption matcher (the importer's);
// - without them the block is laid from the focused cell over the grid as the user sees it
//   (computed cells included), and a block as wide as a full official row (7 in table 3, 15 in
//   table 4) is read as full rows from the first column;
// - a number that falls on a computed cell is compared with the sum, never written.
// Where bare numbers could be read two ways (with or without the total columns or the （七）总计
// row), each reading is tried: the one whose totals agree wins; when that does not decide, the
// plan is marked uncertain and the form asks the user before writing.
import { matchCaption, normaliseCaption, type Candidate } from '../caption-match'
import { parseCell } from '../cell-parser'
import { addValues } from '../totals'
import type { CellRef, TableDef } from '../tables/table-def'
import { clipRowCells, type ClipCell, type ClipGrid } from './clip-grid'
import { headerCaptions, valueRows, type ValueRow, type ValueSlot } from './table-slots'

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

export interface PastePlan {
  /** False when the placement is a guess: the form shows it and waits for 确认粘贴. */
  certain: boolean
  /** Why the placement is not certain (Chinese), or null. */
  doubt: string | null
  writes: PasteWrite[]
  /** Numbers that fell on computed cells, compared with the sums after the paste. */
  totals: PasteTotal[]
  /** What was not pasted and where in the copied block it came from (Chinese). */
  ignored: string[]
  /** Copied totals not compared: cells they add up are still blank. */
  unchecked: number
}

export interface PasteInput {
  def: TableDef
  clip: ClipGrid
  /** The input cell that has the focus (cell id). */
  focusId: string
  /** The table's current value of a cell. */
  read(ref: CellRef): number | null | undefined
}

/**
 * `marker`: a sign published tables print for “none” (—, /, 无): a value that leaves its cell blank,
 * never a row label, so a row that starts with one keeps its numbers in their columns.
 */
type Kind = 'blank' | 'marker' | 'number' | 'text'

function kindOf(text: string): Kind {
  if (text.trim() === '') return 'blank'
  const parsed = parseCell(text, 'decimal', 6)
  if (!parsed.ok) return 'text'
  return parsed.value === null ? 'marker' : 'number'
}

const isValue = (kind: Kind | undefined) => kind === 'number' || kind === 'marker'

/** One data row of the block: its row in the block, its value cells and what its label says. */
interface ClipRow {
  r: number
  values: ClipCell[]
  label: string | null
}

/**
 * The reading whose totals agree. Certain when all readings place the numbers alike, when one
 * reading alone has totals that agree and are not all 0.
 */
function choose(plans: Evaluated[]): { chosen: Evaluated; certain: boolean; doubt: string | null } {
  if (new Set(plans.map((p) => p.signature)).size <= 1) return { chosen: plans[0]!, certain: true, doubt: null }
  const clean = plans.filter((p) => p.overflow === 0 && p.mismatch === 0)
  const proven = clean.filter((p) => p.informative > 0)
  if (proven.length > 0 && new Set(proven.map((p) => p.signature)).size === 1) return { chosen: proven[0]!, certain: true, doubt: null }
  // One clean reading without agreeing totals may still be wrong: a mistyped total makes the
  // reading with totals look bad and the one without look clean.
  if (clean.length === 1) return { chosen: clean[0]!, certain: false, doubt: '这些数按不含合计的方式放置（按含合计放置时合计对不上），请核对标出的单元格' }
  if (clean.length > 1) return { chosen: clean[0]!, certain: false, doubt: '这些数既可按含合计、也可按不含合计放置，请核对标出的单元格' }
  const best = [...plans].sort((a, b) => a.overflow * 10 + a.mismatch - (b.overflow * 10 + b.mismatch))[0]!
  return { chosen: best, certain: false, doubt: '这些数无论怎样放置，都有合计对不上或超出表格的数，请核对标出的单元格' }
}

export function placePaste({ def, clip, focusId, read }: PasteInput): PastePlan {
  const rows = valueRows(def)
  const focusRow = rows.findIndex((row) => row.slots.some((s) => s.id === focusId))
  const focusSlot = rows[focusRow]?.slots.find((s) => s.id === focusId)
  if (!focusSlot) return { certain: true, doubt: null, writes: [], totals: [], ignored: ['粘贴位置不是本表的单元格'], unchecked: 0 }

  const kinds = clip.slots.map((line) => line.map((cell) => (cell ? kindOf(cell.text) : 'blank')))
  const hasNumber = (r: number) => clipRowCells(clip, r).some((cell) => isValue(kinds[r]![cell.c]))
  const firstData = [...Array(clip.rowCount).keys()].find(hasNumber) ?? clip.rowCount

  // Label columns: text left of the first number of every data row.
  const firstNumberCol = Math.min(...[...Array(clip.rowCount).keys()].filter((r) => r >= firstData).map((r) => {
    const cell = clipRowCells(clip, r).find((c) => isValue(kinds[r]![c.c]))
    return cell ? cell.c : Infinity
  }))
  let labelCols = 0
  for (let r = firstData; r < clip.rowCount; r++) {
    for (const cell of clipRowCells(clip, r)) {
      if (cell.c < firstNumberCol && kinds[r]![cell.c] === 'text') labelCols = Math.max(labelCols, cell.c + cell.colSpan)
    }
  }

  const rowCandidates: Candidate<number>[] = rows.flatMap((row, i) => (row.label ? [{ value: i, caption: row.label }] : []))
  const doubts: string[] = []
  const dataRows: ClipRow[] = []
  const matchedRows = new Map<number, number>()
  for (let r = firstData; r < clip.rowCount; r++) {
    const cells = clipRowCells(clip, r)
    const labels = cells.filter((c) => c.c < labelCols && c.text)
    let label: string | null = null
    for (const cell of [...labels].reverse()) {
      const m = matchCaption(cell.text, rowCandidates)
      if (!m) continue
      matchedRows.set(r, m.value)
      if (!m.exact) doubts.push(`行名“${cell.text}”按“${m.caption}”读取`)
      break
    }
    label = labels.map((c) => c.text).join(' ') || null
    const values = cells.filter((c) => c.c >= labelCols)
    // A row of captions only (table 2's block headers) carries nothing to paste.
    if (!matchedRows.has(r) && values.every((c) => !isValue(kinds[r]![c.c])) && labels.length + values.filter((c) => c.text).length > 0 && r !== firstData) continue
    dataRows.push({ r, values, label })
  }
  const labelled = matchedRows.size > 0

  
  // A label copied as text from merged cells comes with empty cells up to the official label
  // width (3 columns in table 3): columns empty in every row there are part of the label.
  if (labelled) {
    const officialLabelWidth = Math.min(...rows.flatMap((row) => row.slots.map((slot) => slot.c)))
    let pad = 0
    while (labelCols + pad < officialLabelWidth && dataRows.every((row) => !clip.slots[row.r]?.[labelCols + pad]?.text)) pad++
    if (pad > 0) for (const row of dataRows) row.values = row.values.filter((cell) => cell.c >= labelCols + pad)
    labelCols += pad
  }

  // Header rows above the first data row name the columns.
  const headerOf = headerReader(def, clip, firstData, labelCols, doubts)
  const rowReadings = labelled ? [labelledRows(rows, matchedRows)] : positionalRows(rows, focusRow)
  const colReadings = headerOf ? [headerOf] : positionalColumns(rows, focusSlot, Math.max(0, ...dataRows.map((row) => row.values.length)))

  const plans = rowReadings.flatMap((rr) => colReadings.map((cr) => evaluate(def, dataRows, kinds, rr, cr, read)))
  const { chosen, certain, doubt } = choose(plans)
  if (doubt) doubts.push(doubt)
  return { certain: certain && doubts.length === 0, doubt: doubts.length ? doubts.join('；') : null, writes: chosen.writes, totals: chosen.totals, ignored: chosen.ignored, unchecked: chosen.unchecked }
}

interface RowReading {
  name: string
  rowOf(r: number, i: number): ValueRow | null
}

function labelledRows(rows: ValueRow[], matched: Map<number, number>): RowReading {
  return { name: 'labels', rowOf: (r) => { const i = matched.get(r); return i === undefined ? null : rows[i]! } }
}

/** Bare rows from the focused row: over every grid row, or over the rows that hold inputs only. */
function positionalRows(rows: ValueRow[], focusRow: number): RowReading[] {
  const all = rows.slice(focusRow)
  const inputs = all.filter((row) => row.slots.some((s) => s.def.kind === 'input'))
  const readings: RowReading[] = [{ name: 'grid', rowOf: (_r, i) => all[i] ?? null }]
  if (inputs.length !== all.length) readings.push({ name: 'inputs', rowOf: (_r, i) => inputs[i] ?? null })
  return readings
}

type ColReading = { name: string; slotOf(row: ValueRow, cell: ClipCell, k: number): ValueSlot | null | 'unknown' }

function positionalColumns(rows: ValueRow[], focus: ValueSlot, width: number): ColReading[] {
  const from = (row: ValueRow) => row.slots.filter((s) => s.c >= focus.c)
  const readings: ColReading[] = []
  const anyRow = rows.find((row) => row.slots.some((s) => s.id === focus.id))!
  if (width === anyRow.slots.length && anyRow.slots.some((s) => s.def.kind === 'computed')) {
    readings.push({ name: 'full', slotOf: (row, _cell, k) => row.slots[k] ?? null })
    return readings
  }
  readings.push({ name: 'grid', slotOf: (row, _cell, k) => from(row)[k] ?? null })
  if (from(anyRow).slice(0, width).some((s) => s.def.kind === 'computed')) {
    readings.push({ name: 'inputs', slotOf: (row, _cell, k) => from(row).filter((s) => s.def.kind === 'input')[k] ?? null })
  }
  return readings
}

/**
 * Columns named by the block's header rows; null when it has none the table knows. A caption the
 * table has more than once (表四's 结果维持 under 行政复议 and both 行政诉讼 groups) with no group
 * header copied is placed by order: the block's first 结果维持 column goes to the table's first, and
 * so on. That is certain only when the block has as many of them as the table.
 */
function headerReader(def: TableDef, clip: ClipGrid, firstData: number, labelCols: number, doubts: string[]): ColReading | null {
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
    slotOf(row, cell) {
      const col = byColumn.get(cell.c)
      if (!col?.leaf) return 'unknown'
      return fitting(row, col)[order.get(cell.c) ?? 0] ?? null
    },
  }
}

interface Evaluated {
  writes: PasteWrite[]
  totals: PasteTotal[]
  ignored: string[]
  unchecked: number
  overflow: number
  mismatch: number
  /** Totals that agree and are not 0 (a 0 that agrees proves nothing). */
  informative: number
  signature: string
}

function evaluate(def: TableDef, dataRows: ClipRow[], kinds: Kind[][], rr: RowReading, cr: ColReading, read: PasteInput['read']): Evaluated {
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
    const w = writes.get(`${def.id}/${ref.rowId}/${ref.colId}`)
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
  return { writes: [...writes.values()], totals, ignored, unchecked: open, overflow, mismatch, informative, signature }
}
