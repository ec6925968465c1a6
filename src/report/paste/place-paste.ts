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
import { matchCaption, type Candidate } from '../caption-match'
import { parseCell } from '../cell-parser'
import { addValues } from '../totals'
import { cellId, type CellRef, type TableDef } from '../tables/table-def'
import { clipRowCells, type ClipCell, type ClipGrid } from './clip-grid'
import { headerReader, labelledRows, positionalColumns, positionalRows, type ColReading, type RowReading } from './paste-readings'
import { valueRows, type ValueSlot } from './table-slots'

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

export interface PastePlan extends Omit<PasteReading, 'label' | 'note'> {
  /** False when the placement is a guess: the form shows it and waits for 确认粘贴. */
  certain: boolean
  /** Why the placement is not certain (Chinese), or null. */
  doubt: string | null
  /**
   * Every distinct way the block can be read (bare numbers with or without the total columns or
   * the （七）总计 row), in a fixed order; one when its labels, headers or width decide it. The
   * plan's own writes, totals and ignored are those of readings[chosen].
   */
  readings: PasteReading[]
  chosen: number
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
 * The reading whose totals agree. Certain when all readings place the numbers alike, or when one
 * reading alone is clean and its totals agree and are not all 0. A reading whose totals agree is
 * never certain while another clean reading places the numbers elsewhere: a total can agree by
 * coincidence (1 0 0 0 1 read with 总计 or as the next group's first cell), and a reading that
 * crosses no total has nothing to contradict it.
 */
function choose(plans: Evaluated[]): { chosen: Evaluated; certain: boolean; doubt: string | null } {
  if (new Set(plans.map((p) => p.signature)).size <= 1) return { chosen: plans[0]!, certain: true, doubt: null }
  const clean = plans.filter((p) => p.overflow === 0 && p.mismatch === 0)
  const cleanPlacements = new Set(clean.map((p) => p.signature)).size
  const proven = clean.filter((p) => p.informative > 0)
  if (proven.length > 0 && cleanPlacements === 1) return { chosen: proven[0]!, certain: true, doubt: null }
  if (proven.length > 0 && new Set(proven.map((p) => p.signature)).size === 1) {
    return { chosen: proven[0]!, certain: false, doubt: `这些数${proven[0]!.label}时合计对得上，但也可以按其他方式读取，请核对标出的单元格，或改选读取方式` }
  }
  // One clean reading without agreeing totals may still be wrong: a mistyped total makes the
  // reading with totals look bad and the one without look clean.
  if (clean.length === 1) return { chosen: clean[0]!, certain: false, doubt: `这些数${clean[0]!.label}较合适（其他读法有合计对不上或超出表格的数），请核对标出的单元格，或改选读取方式` }
  if (clean.length > 1) return { chosen: clean[0]!, certain: false, doubt: '这些数可以有不止一种读法，合计都对得上，请选择读取方式并核对标出的单元格' }
  const best = [...plans].sort((a, b) => a.overflow * 10 + a.mismatch - (b.overflow * 10 + b.mismatch))[0]!
  return { chosen: best, certain: false, doubt: '这些数无论怎样读取，都有合计对不上或超出表格的数，请选择读取方式并核对标出的单元格' }
}

/** The distinct readings (one per placement), in the order tried, and the chosen one's index. */
function distinct(plans: Evaluated[], chosen: Evaluated): { readings: PasteReading[]; chosen: number } {
  const kept: Evaluated[] = []
  for (const p of plans) if (!kept.some((k) => k.signature === p.signature)) kept.push(p)
  const readings = kept.map(({ label, note, writes, totals, ignored, unchecked }) => ({ label, note, writes, totals, ignored, unchecked }))
  return { readings, chosen: kept.findIndex((k) => k.signature === chosen.signature) }
}

export function placePaste({ def, clip, focusId, read }: PasteInput): PastePlan {
  const rows = valueRows(def)
  const focusRow = rows.findIndex((row) => row.slots.some((s) => s.id === focusId))
  const focusSlot = rows[focusRow]?.slots.find((s) => s.id === focusId)
  if (!focusSlot) {
    const none = { label: '', note: '', writes: [], totals: [], ignored: ['粘贴位置不是本表的单元格'], unchecked: 0 }
    return { certain: true, doubt: null, writes: [], totals: [], ignored: none.ignored, unchecked: 0, readings: [none], chosen: 0 }
  }

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

  const plans = rowReadings.flatMap((rr) => colReadings.map((cr) => {
    const label = readingLabel(rowReadings.length > 1 ? rr.label : null, colReadings.length > 1 ? cr.label : null)
    return evaluate(def, dataRows, kinds, rr, cr, read, label)
  }))
  const { chosen, certain, doubt } = choose(plans)
  if (doubt) doubts.push(doubt)
  const { readings, chosen: index } = distinct(plans, chosen)
  return {
    certain: certain && doubts.length === 0,
    doubt: doubts.length ? doubts.join('；') : null,
    writes: chosen.writes, totals: chosen.totals, ignored: chosen.ignored, unchecked: chosen.unchecked,
    readings, chosen: index,
  }
}

function readingLabel(row: string | null, col: string | null): string {
  const parts = [col, row].filter((p): p is string => p !== null)
  return parts.length ? `按${parts.join('、')}读取` : '按此方式读取'
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

interface Evaluated extends PasteReading {
  overflow: number
  mismatch: number
  /** Totals that agree and are not 0 (a 0 that agrees proves nothing). */
  informative: number
  signature: string
}

function evaluate(def: TableDef, dataRows: ClipRow[], kinds: Kind[][], rr: RowReading, cr: ColReading, read: PasteInput['read'], label: string): Evaluated {
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
