// One table's lines of a PDF → its rows in the shared model: rows matched by their labels,
// joined across wrapped lines (the numbers of a wrapped row sit between its label's lines);
// numbers go to columns by order when a row has them all, else by horizontal position (a doubt,
// marked); pieces of numbers wrapped in a narrow column are joined (marked); table 3 and 4's
// headers are rebuilt only where every column's caption stands above its numbers. Every number
// keeps its page and line.
import type { Issue } from '../../../report/issue'
import { TABLES } from '../../../report/tables/registry'
import type { TableId } from '../../../report/tables/table-def'
import { finding } from '../../import-result'
import type { RawCell, RawRow } from '../../../report/table-grid'
import { isAnchor, labelTokens, norm, numberTokens, ROW_CAPTIONS, suffixes, where } from './pdf-captions'
import { rowBand, rowCells, ruleColumns, type Cell } from './pdf-cells'
import { joinFragments, splitFragments } from './pdf-fragments'
import type { PageGraphics } from './pdf-graphics'
import type { Line, Token } from './pdf-lines'

const OTHER_ROWS = TABLES.table3.rows.filter((r) => r.id.startsWith('other.'))

const T3_COLUMNS = [
  ...TABLES.table3.inputs.filter((i) => i.rowId === TABLES.table3.rows[0]!.id).map((i) => i.colCaption),
  ...TABLES.table3.computed.filter((c) => c.rowId === TABLES.table3.rows[0]!.id).map((c) => c.colCaption),
]
const T4_GROUPS = TABLES.table4.rows.map((r) => r.caption)
const T4_OUTCOMES = [
  ...TABLES.table4.inputs.filter((i) => i.rowId === TABLES.table4.rows[0]!.id).map((i) => i.colCaption),
  ...TABLES.table4.computed.filter((c) => c.rowId === TABLES.table4.rows[0]!.id).map((c) => c.colCaption),
]

/**
 * The row caption a data line stands for: its own label, joined with wrapped label lines above
 * and below it (the numbers of a wrapped row sit on one of its label's lines). A neighbour
 * line gives its rightmost label (the row-label column; group labels stand left of it).
 */
function rowLabel(table: TableId, own: readonly Line[], above: readonly Line[], below: readonly Line[]): { caption: string; below: number; above: number } | null {
  const rows = ROW_CAPTIONS[table].map(norm)
  const last = (l: Line) => labelTokens(l).at(-1)?.text ?? ''
  // The line's own label may be only a group label's character: '' lets the neighbours make the row label.
  const mine = [...suffixes(labelTokens(own[0]!)), '']
  const ups = ['']
  for (let n = 1; n <= above.length; n++) {
    const lines = above.slice(above.length - n)
    for (const s of suffixes(labelTokens(lines[0]!))) ups.push(s + lines.slice(1).map(last).join(''))
  }
  const downs = [''].concat(below.map((_l, i) => below.slice(0, i + 1).map(last).join('')))
  for (const o of mine) {
    for (let u = 0; u < ups.length; u++) {
      for (let d = 0; d < downs.length; d++) {
        const i = rows.indexOf(norm(ups[u]! + o + downs[d]!))
        if (i >= 0) return { caption: ROW_CAPTIONS[table][i]!, above: u, below: d }
      }
    }
  }
  return null
}

export interface Columns {
  centers: number[]
  /** Lines whose numbers are all there: the numbers go by order. */
  count: number
}

function columnsOf(data: readonly Line[], count: number): Columns {
  const full = data.filter((l) => numberTokens(l).length === count)
  const source = full.length > 0 ? full : [data.reduce((a, b) => (numberTokens(b).length > numberTokens(a).length ? b : a))]
  const n = Math.max(...source.map((l) => numberTokens(l).length))
  const centers = Array.from({ length: n }, (_v, i) => {
    const xs = source.map((l) => numberTokens(l)[i]).filter((t): t is Token => !!t).map((t) => (t.x0 + t.x1) / 2)
    return xs.reduce((a, b) => a + b, 0) / xs.length
  })
  return { centers, count: n }
}

/**
 * The numbers of a line placed in their columns; `guess` when they were placed by position. With
 * the table's vertical rules, a number goes to the column whose box (between two rules) holds it,
 * whatever its alignment in the cell; without them, to the nearest column.
 */
function placeNumbers(line: Line, columns: Columns, boundaries: number[] | null = null): { cells: (Token | null)[]; guess: boolean; ruled?: boolean } {
  const nums = numberTokens(line)
  if (nums.length === columns.count) return { cells: nums, guess: false }
  const cells: (Token | null)[] = columns.centers.map(() => null)
  const box = (x: number) => (boundaries ? boundaries.findIndex((b, k) => k + 1 < boundaries.length && x >= b && x <= boundaries[k + 1]!) : -1)
  const columnBoxes = columns.centers.map(box)
  // The rules are this table's grid only when each column has a box of its own.
  const ruled = columnBoxes.every((b) => b >= 0) && new Set(columnBoxes).size === columnBoxes.length
  let guess = !ruled
  for (const t of nums) {
    const c = (t.x0 + t.x1) / 2
    let best = ruled ? columnBoxes.indexOf(box(c)) : -1
    if (best < 0) {
      guess = true
      best = 0
      columns.centers.forEach((x, i) => (Math.abs(x - c) < Math.abs(columns.centers[best]! - c) ? (best = i) : 0))
    }
    if (cells[best]) guess = true
    else cells[best] = t
  }
  return { cells, guess, ruled }
}

/** Header texts per column: the header lines' tokens stacked over the nearest number column. */
function headerTexts(header: readonly Line[], columns: Columns): string[] {
  const texts = columns.centers.map(() => '')
  const spacing = columns.centers.length > 1 ? (columns.centers[columns.centers.length - 1]! - columns.centers[0]!) / (columns.centers.length - 1) : 40
  for (const line of header) {
    for (const t of labelTokens(line)) {
      const c = (t.x0 + t.x1) / 2
      if (c < columns.centers[0]! - spacing / 2) continue
      let best = 0
      columns.centers.forEach((x, i) => (Math.abs(x - c) < Math.abs(columns.centers[best]! - c) ? (best = i) : 0))
      texts[best] += t.text
    }
  }
  return texts.map(norm)
}

const cell = (text: string, extra: Partial<RawCell> = {}): RawCell => ({ text, gridSpan: 1, vMerge: null, ...extra })
const row = (cells: RawCell[]): RawRow => ({ gridBefore: 0, gridAfter: 0, cells })

/** Table 4's fifteen columns from a header line with one caption (or its first line) per column. */
function headerColumns(header: readonly Line[]): { centers: number[]; count: number } | null {
  const line = header.map((l) => labelTokens(l)).find((tokens) => tokens.length === 15)
  return line ? { centers: line.map((t) => (t.x0 + t.x1) / 2), count: 15 } : null
}

function numberCell(t: Token | null, line: Line, guess?: string): RawCell {
  return t ? cell(t.text, { source: where(line), ...(guess ? { guess } : {}) }) : cell('', { source: where(line) })
}

/** Every number of the line narrower than half the distance to its neighbours' centres: none wrapped in its cell (a wrapped piece fills its cell's width). */
function unwrapped(line: Line): boolean {
  const nums = numberTokens(line)
  const centers = nums.map((t) => (t.x0 + t.x1) / 2)
  return nums.every((t, i) => {
    const pitch = Math.min(i > 0 ? centers[i]! - centers[i - 1]! : Infinity, i + 1 < nums.length ? centers[i + 1]! - centers[i]! : Infinity)
    return t.x1 - t.x0 < pitch / 2
  })
}

/** Table 4's header: a caption over each of the fifteen columns, and the three groups' captions. */
function table4HeaderVerified(header: readonly Line[], columns: Columns): boolean {
  const texts = headerTexts(header, columns)
  const headerText = header.flatMap((l) => labelTokens(l)).sort((a, b) => a.x0 - b.x0).map((t) => t.text).join('')
  return columns.count === 15 && texts.every((t, i) => t.includes(norm(T4_OUTCOMES[i % 5]!)))
    && T4_GROUPS.every((g) => norm(headerText).includes(norm(g)))
}

/**
 * Whether reading a table's lines (tableRows) needs the page's drawn rules: only where the text
 * alone leaves a doubt. Table 2's rows go by their labels. Tables 3 and 4 need none when each
 * number line holds all its columns' numbers, none of them wrapped: they go by order (the rules
 * would only confirm it); table 4 also needs its one line of numbers and each header caption
 * over its number. Otherwise the rules place the numbers (a blank cell, a wrapped number).
 */
export function usesRules(table: TableId, lines: readonly Line[]): boolean {
  if (table === 'table2') return false
  const data = lines.filter((l) => numberTokens(l).length > 0)
  const count = table === 'table3' ? T3_COLUMNS.length : 15
  if (!data.every((l) => numberTokens(l).length === count && unwrapped(l))) return true
  if (table === 'table3') return false
  const header = lines.slice(0, lines.indexOf(data[0]!))
  return data.length !== 1 || !table4HeaderVerified(header, { centers: numberTokens(data[0]!).map((t) => (t.x0 + t.x1) / 2), count: 15 })
}

export function tableRows(table: TableId, lines: readonly Line[], notes: Issue[], graphics: readonly PageGraphics[] = []): RawRow[] {
  const firstData = lines.findIndex((l) => numberTokens(l).length > 0)
  if (firstData < 0) return lines.map((l) => row(labelTokens(l).map((t) => cell(t.text))))
  const header = lines.slice(0, firstData)
  const data = lines.slice(firstData).filter((l) => numberTokens(l).length > 0)
  const rows: RawRow[] = []
  const name = TABLES[table].name

  if (table === 'table4') {
    // The one data row: its numbers may wrap onto the lines below within the row's band.
    const first = data[0]!
    const g = graphics[first.page - 1]
    const band = rowBand(first, lines.slice(lines.indexOf(first) + 1), g)
    const bounds = ruleColumns(g, first)
    const cells = rowCells(band, bounds)
    // Fifteen boxes between the rules: each number goes to its box, a blank cell stays blank.
    const boxed = bounds?.length === 16
    const columns = boxed
      ? { centers: bounds.slice(1).map((x, i) => (x + bounds[i]!) / 2), count: 15 }
      : cells.length === 15
      ? { centers: cells.map((c) => (c.token.x0 + c.token.x1) / 2), count: 15 }
      // Fewer numbers than columns and no rules: the columns are where the header's fifteen
      // captions stand (a blank cell must not pull the numbers after it one column left).
      : headerColumns(header) ?? columnsOf(data, T4_OUTCOMES.length * T4_GROUPS.length)
    if (table4HeaderVerified(header, columns)) {
      rows.push(row(T4_GROUPS.map((g) => cell(g, { gridSpan: 5 }))))
      rows.push(row(T4_GROUPS.flatMap(() => T4_OUTCOMES.map((o) => cell(o)))))
    } else {
      notes.push(finding('IMPORT-GUESS', 'warning', TABLES.table4.section, [],
        `${name}的表头无法逐列核对（${data[0] ? where(data[0]) : ''}）：已按规范格式的列顺序读取，请逐列核对`))
      rows.push(row(T4_GROUPS.map((g) => cell(g, { gridSpan: 5 }))), row(T4_GROUPS.flatMap(() => T4_OUTCOMES.map((o) => cell(o)))))
    }
    const line = first
    if (boxed || cells.length === 15) {
      const inBox = (c: Cell, k: number) => (c.token.x0 + c.token.x1) / 2 >= bounds![k]! && (c.token.x0 + c.token.x1) / 2 <= bounds![k + 1]!
      const slots = boxed ? columns.centers.map((_x, k) => cells.find((c) => inBox(c, k)) ?? null) : cells
      rows.push(row(slots.map((c) => c === null ? numberCell(null, line) : numberCell(c.token, line, c.doubt
        ? `${name}的数“${c.token.text}”由上下 ${c.pieces} 段拼成（${where(line)}起，列宽不足而折行），可能有其他拆分方式，请核对` : undefined))))
      return rows
    }
    const placed = placeNumbers(line, { ...columns, count: 15 }, ruleColumns(g, line))
    rows.push(row(placed.cells.map((t) => numberCell(t, line, placed.guess ? `${name}这一行的数不足 15 个（${where(line)}），已按各数的位置归入各列，请核对` : undefined))))
    return rows
  }

  const columns = table === 'table3' ? columnsOf(data, T3_COLUMNS.length) : null
  if (table === 'table3' && columns) {
    const texts = headerTexts(header, columns)
    const verified = columns.count === T3_COLUMNS.length && texts.every((t, i) => t.includes(norm(T3_COLUMNS[i]!)))
    // The header is rebuilt only where every column's caption stands above its numbers.
    if (verified) rows.push(row([cell(''), ...T3_COLUMNS.map((c) => cell(c))]))
  }
  if (table === 'table2') for (const l of header) rows.push(row(labelTokens(l).map((t) => cell(t.text))))

  const used = new Set<Line>()
  // A number too wide for its column wraps: its pieces stand on the lines around its row.
  const split = columns ? splitFragments(lines, columns, graphics) : { lines: [...lines], pieces: new Map<Line, Line[]>() }
  const fragments = split.pieces
  // The first line of a wrapped label may stand above the first number line: all lines count.
  const all = split.lines
  // Where row labels start: lines holding only a group label's characters stand left of it.
  const labelXs = all.flatMap((l) => {
    const last = labelTokens(l).at(-1)
    return last && numberTokens(l).length > 0 && ROW_CAPTIONS[table].some((c) => norm(c) === norm(last.text)) ? [last.x0] : []
  }).sort((a, b) => a - b)
  const labelX = labelXs[Math.floor(labelXs.length / 2)] ?? -Infinity
  const groupOnly = (l: Line) => labelTokens(l).every((t) => t.x1 <= labelX + 1)
  let collapsed: { line: Line; values: Token[] } | null = null
  all.forEach((line, i) => {
    if (used.has(line)) return
    const joined = fragments.has(line) ? joinFragments(line, fragments.get(line)!, columns!, ruleColumns(graphics[line.page - 1], line)) : null
    const nums = joined ? joined.tokens : numberTokens(line)
    if (nums.length === 0) {
      // Table 2's block captions and header rows stand between its data rows.
      if (table === 'table2' && i > firstData && isAnchor(line)) rows.push(row(labelTokens(line).map((t) => cell(t.text))))
      return
    }
    const labelOnly = (l: Line | undefined) => !!l && numberTokens(l).length === 0 && !used.has(l) && !isAnchor(l)
    const above: Line[] = []
    for (let k = i - 1; k >= 0 && above.length < 3 && (labelOnly(all[k]) || used.has(all[k]!)); k--) if (labelOnly(all[k]) && !groupOnly(all[k]!)) above.unshift(all[k]!)
    const below: Line[] = []
    for (let k = i + 1; k < all.length && below.length < 3 && (labelOnly(all[k]) || used.has(all[k]!)); k++) if (labelOnly(all[k]) && !groupOnly(all[k]!)) below.push(all[k]!)
    const label = rowLabel(table, [line], above, below)
    if (!label) {
      notes.push(finding('IMPORT-CELL', 'warning', TABLES[table].section, [],
        `${name}中${where(line)}有 ${nums.length} 个数，但认不出这一行的标题（“${labelTokens(line).map((t) => t.text).join('').slice(0, 20)}”），这些数未读取`))
      return
    }
    for (const l of below.slice(0, label.below)) used.add(l)
    if (norm(label.caption) === norm('（六）其他处理')) {
      collapsed = { line, values: nums }
      return
    }
    if (table === 'table2') {
      rows.push(row([cell(label.caption), ...nums.map((t) => numberCell(t, line))]))
      return
    }
    const placed = placeNumbers({ ...line, tokens: nums }, columns!, ruleColumns(graphics[line.page - 1], line))
    // A row short of numbers is a doubt unless the rules placed each one (its blank cells are reported as blanks).
    const guess = placed.guess || (nums.length !== columns!.count && !placed.ruled) || joined?.doubt
      ? `${name}“${label.caption.slice(0, 12)}”一行有 ${nums.length} 个数（${where(line)}），已按各数的位置归入各列，请核对`
      : undefined
    rows.push(row([cell(label.caption), ...placed.cells.map((t) => numberCell(t, line, t ? guess : undefined))]))
  })
  if (collapsed) rows.push(...collapsedOther(collapsed, rows, notes))
  return rows
}

/**
 * Some reports print （六）其他处理 as one row instead of its three sub-rows. All zeros can only
 * mean three rows of zeros (read, marked as a guess); other numbers cannot be split: left blank.
 */
function collapsedOther(c: { line: Line; values: Token[] }, rows: RawRow[], notes: Issue[]): RawRow[] {
  const printed = new Set(rows.map((r) => norm(r.cells[0]?.text ?? '')))
  if (OTHER_ROWS.some((r) => printed.has(norm(r.caption)))) return []
  const allZero = c.values.every((t) => Number(t.text.normalize('NFKC')) === 0)
  if (allZero) {
    const guess = `表三“（六）其他处理”印成了一行（${where(c.line)}，各项均为 0），已按其三个子项均为 0 读取，请核对`
    return OTHER_ROWS.map((r) => row([cell(r.caption), ...c.values.map((t) => numberCell(t, c.line, guess))]))
  }
  notes.push(finding('IMPORT-CELL', 'warning', TABLES.table3.section, [],
    `表三“（六）其他处理”印成了一行（${where(c.line)}：${c.values.map((t) => t.text).join(' ')}），无法分到它的三个子项：这三行已留空，请按原表填写`))
  return []
}
