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
import type { CellRef, TableDef } from '../tables/table-def'
import type { LogicalGrid } from '../table-grid'
import { evaluateReading, type Evaluated, type PasteReading } from './evaluate-reading'
import { readPasteBlock } from './paste-block'
import { headerReader, labelledRows, positionalColumns, positionalRows } from './paste-readings'
import { valueRows } from './table-slots'

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
  clip: LogicalGrid
  /** The input cell that has the focus (cell id). */
  focusId: string
  /** The table's current value of a cell. */
  read(ref: CellRef): number | null | undefined
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

  const { kinds, firstData, labelCols, dataRows, matchedRows, doubts } = readPasteBlock(rows, clip)
  const labelled = matchedRows.size > 0

  // Header rows above the first data row name the columns.
  const headerOf = headerReader(def, clip, firstData, labelCols, doubts)
  const rowReadings = labelled ? [labelledRows(rows, matchedRows)] : positionalRows(rows, focusRow)
  const colReadings = headerOf ? [headerOf] : positionalColumns(rows, focusSlot, Math.max(0, ...dataRows.map((row) => row.values.length)))

  const plans = rowReadings.flatMap((rr) => colReadings.map((cr) => {
    const label = readingLabel(rowReadings.length > 1 ? rr.label : null, colReadings.length > 1 ? cr.label : null)
    return evaluateReading(def, dataRows, kinds, rr, cr, read, label)
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
