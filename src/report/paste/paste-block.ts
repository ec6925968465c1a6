// A copied block as placePaste reads it, before any placement is tried: what each cell holds
// (blank, a number, a sign for “none”, text), which row holds the first number, how many columns on
// the left are row labels, the rows that carry values, and which of them are named by a row label
// the table knows (matched with the caption matcher, an inexact match noted as a doubt).
import { matchCaption, type Candidate } from '../caption-match'
import { hasSpacedDigits, parseCell } from '../cell-parser'
import { cellsStartingIn, type LogicalCell, type LogicalGrid } from '../table-grid'
import type { ValueRow } from './table-slots'

/**
 * `marker`: a sign published tables print for “none” (—, /, 无): a value that leaves its cell blank,
 * never a row label, so a row that starts with one keeps its numbers in their columns.
 */
export type Kind = 'blank' | 'marker' | 'number' | 'text'

function kindOf(text: string): Kind {
  if (text.trim() === '') return 'blank'
  const parsed = parseCell(text, 'decimal', 6)
  // Numbers run together with spaces stay where the numbers are (and are named as not pasted), never a row label.
  if (!parsed.ok) return hasSpacedDigits(text) ? 'number' : 'text'
  return parsed.value === null ? 'marker' : 'number'
}

const isValue = (kind: Kind | undefined) => kind === 'number' || kind === 'marker'

/** One data row of the block: its row in the block, its value cells and what its label says. */
export interface ClipRow {
  r: number
  values: LogicalCell[]
  label: string | null
}

export interface PasteBlock {
  /** kinds[r][c]: what the slot's cell holds. */
  kinds: Kind[][]
  /** The block's first row with a number (the rows above it are header rows). */
  firstData: number
  /** How many columns on the left hold row labels. */
  labelCols: number
  dataRows: ClipRow[]
  /** Block row → index in `rows` of the table row its label names. */
  matchedRows: Map<number, number>
  /** Doubts about the reading so far (Chinese): row labels matched inexactly. */
  doubts: string[]
}

export function readPasteBlock(rows: ValueRow[], clip: LogicalGrid): PasteBlock {
  const kinds = clip.slots.map((line) => line.map((cell) => (cell ? kindOf(cell.text) : 'blank')))
  const hasNumber = (r: number) => cellsStartingIn(clip, r).some((cell) => isValue(kinds[r]![cell.c]))
  const firstData = [...Array(clip.rowCount).keys()].find(hasNumber) ?? clip.rowCount

  // Label columns: text left of the first number of every data row.
  const firstNumberCol = Math.min(...[...Array(clip.rowCount).keys()].filter((r) => r >= firstData).map((r) => {
    const cell = cellsStartingIn(clip, r).find((c) => isValue(kinds[r]![c.c]))
    return cell ? cell.c : Infinity
  }))
  let labelCols = 0
  for (let r = firstData; r < clip.rowCount; r++) {
    for (const cell of cellsStartingIn(clip, r)) {
      if (cell.c < firstNumberCol && kinds[r]![cell.c] === 'text') labelCols = Math.max(labelCols, cell.c + cell.colSpan)
    }
  }

  const rowCandidates: Candidate<number>[] = rows.flatMap((row, i) => (row.label ? [{ value: i, caption: row.label }] : []))
  const doubts: string[] = []
  const dataRows: ClipRow[] = []
  const matchedRows = new Map<number, number>()
  for (let r = firstData; r < clip.rowCount; r++) {
    const cells = cellsStartingIn(clip, r)
    const labels = cells.filter((c) => c.c < labelCols && c.text)
    for (const cell of [...labels].reverse()) {
      const m = matchCaption(cell.text, rowCandidates)
      if (!m) continue
      matchedRows.set(r, m.value)
      if (!m.exact) doubts.push(`行名“${cell.text}”按“${m.caption}”读取`)
      break
    }
    const label = labels.map((c) => c.text).join(' ') || null
    const values = cells.filter((c) => c.c >= labelCols)
    // A row of captions only (table 2's block headers) carries nothing to paste.
    if (!matchedRows.has(r) && values.every((c) => !isValue(kinds[r]![c.c])) && labels.length + values.filter((c) => c.text).length > 0 && r !== firstData) continue
    dataRows.push({ r, values, label })
  }

  // A label copied as text from merged cells comes with empty cells up to the official label
  // width (3 columns in table 3): columns empty in every row there are part of the label.
  if (matchedRows.size > 0) {
    const officialLabelWidth = Math.min(...rows.flatMap((row) => row.slots.map((slot) => slot.c)))
    let pad = 0
    while (labelCols + pad < officialLabelWidth && dataRows.every((row) => !clip.slots[row.r]?.[labelCols + pad]?.text)) pad++
    if (pad > 0) for (const row of dataRows) row.values = row.values.filter((cell) => cell.c >= labelCols + pad)
    labelCols += pad
  }
  return { kinds, firstData, labelCols, dataRows, matchedRows, doubts }
}
