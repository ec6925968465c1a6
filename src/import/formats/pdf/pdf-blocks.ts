// Text lines of a PDF → the shared document model. Tables are found by their captions (never
// by position): a run of lines whose labels are captions of one official table, with their
// number lines, is rebuilt as that table's grid. Rows are matched by their labels, joined
// across wrapped lines (the numbers of a wrapped row sit between its label's lines); numbers
// go to columns by order when a row has them all, else by horizontal position (a doubt, marked).
// Group labels printed one character per line, running headers and repeated header rows inside
// a table are passed over. Every number keeps its page and line.
import type { Issue } from '../../../report/issue'
import { TABLES } from '../../../report/tables/registry'
import type { TableId } from '../../../report/tables/table-def'
import { TABLE2_BLOCKS } from '../../../report/tables/table2'
import { TOTAL_RESULTS_ROW } from '../../../report/tables/table3'
import { normaliseCaption } from '../../caption-match'
import { finding } from '../../import-result'
import type { Block } from '../../read/document'
import type { RawCell, RawRow } from '../../read/table-grid'
import { isNumberToken, type Line, type Token } from './pdf-lines'

const norm = (t: string) => normaliseCaption(t)

/** Every caption printed in an official table, normalised → the tables that print it. */
const CAPTIONS = new Map<string, Set<TableId>>()
for (const table of ['table2', 'table3', 'table4'] as const) {
  const texts = TABLES[table].cells.map((c) => c.text).filter((t): t is string => !!t)
  if (table === 'table2') texts.push(...TABLE2_BLOCKS.map((b) => b.caption))
  if (table === 'table3') texts.push(TOTAL_RESULTS_ROW.caption)
  for (const t of texts) {
    const key = norm(t)
    if (!CAPTIONS.has(key)) CAPTIONS.set(key, new Set())
    CAPTIONS.get(key)!.add(table)
  }
}
const CAPTION_KEYS = [...CAPTIONS.keys()]

/** Row captions a data line's label may be, per table. */
const ROW_CAPTIONS: Record<TableId, string[]> = {
  table2: TABLES.table2.rows.map((r) => r.caption),
  table3: [...TABLES.table3.rows.map((r) => r.caption), TOTAL_RESULTS_ROW.caption, '（六）其他处理'],
  table4: [],
}
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

const labelTokens = (line: Line) => line.tokens.filter((t) => !isNumberToken(t.text))
const numberTokens = (line: Line) => line.tokens.filter((t) => isNumberToken(t.text))
const where = (line: Line) => `第 ${line.page} 页第 ${line.no} 行`

/** Label texts of a line from each token on: the row label is the rightmost part. */
function suffixes(tokens: readonly Token[]): string[] {
  return tokens.map((_t, i) => tokens.slice(i).map((t) => t.text).join(''))
}

/** A caption of an official table exactly, or a piece of one (a wrapped line). */
function captionPart(text: string): 'exact' | 'part' | null {
  const n = norm(text)
  if (!n) return null
  if (CAPTIONS.has(n)) return 'exact'
  if ([...n].length >= 2 && CAPTION_KEYS.some((k) => k.includes(n))) return 'part'
  return null
}

function isTableLine(line: Line): boolean {
  const labels = labelTokens(line)
  if (numberTokens(line).length > 0 && labels.every((t) => [...t.text].length <= 40)) return true
  return labels.length > 0 && labels.every((t) => [...norm(t.text)].length <= 2 || captionPart(t.text) !== null)
}

function isAnchor(line: Line): boolean {
  return suffixes(labelTokens(line)).some((s) => captionPart(s) === 'exact')
}

const HEADING = /^[一二三四五六]、/

/** Index ranges [start, end) of the lines that form tables. */
function tableRegions(lines: readonly Line[]): [number, number][] {
  const regions: [number, number][] = []
  let i = 0
  while (i < lines.length) {
    if (!isAnchor(lines[i]!)) {
      i++
      continue
    }
    // Header lines just above the first anchor (a wrapped corner caption) belong to it.
    let start = i
    while (start > 0 && isTableLine(lines[start - 1]!) && !isAnchor(lines[start - 1]!) && numberTokens(lines[start - 1]!).length === 0
      && i - start < 4 && !(regions.length && regions[regions.length - 1]![1] >= start)) start--
    let end = i + 1
    let gap = 0
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!
      const text = line.tokens.map((t) => t.text).join('')
      if (isTableLine(line)) {
        gap = 0
        end = j + 1
        continue
      }
      // A running header inside a table that crosses a page: passed over; a heading ends it.
      if (HEADING.test(text) || ++gap > 2) break
    }
    regions.push([start, end])
    i = end
  }
  return regions
}

function classify(lines: readonly Line[]): TableId | null {
  const score: Record<TableId, Set<string>> = { table2: new Set(), table3: new Set(), table4: new Set() }
  for (const line of lines) {
    for (const s of suffixes(labelTokens(line))) {
      const tables = CAPTIONS.get(norm(s))
      if (tables && tables.size === 1) for (const t of tables) score[t].add(norm(s))
    }
  }
  const best = (['table2', 'table3', 'table4'] as const).map((t) => ({ t, n: score[t].size })).sort((a, b) => b.n - a.n)[0]!
  return best.n >= 2 ? best.t : null
}

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

interface Columns {
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

/** The numbers of a line placed in their columns; `guess` when they were placed by position. */
function placeNumbers(line: Line, columns: Columns): { cells: (Token | null)[]; guess: boolean } {
  const nums = numberTokens(line)
  if (nums.length === columns.count) return { cells: nums, guess: false }
  const cells: (Token | null)[] = columns.centers.map(() => null)
  let guess = false
  for (const t of nums) {
    const c = (t.x0 + t.x1) / 2
    let best = 0
    columns.centers.forEach((x, i) => (Math.abs(x - c) < Math.abs(columns.centers[best]! - c) ? (best = i) : 0))
    if (cells[best]) guess = true
    else cells[best] = t
  }
  return { cells, guess }
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

function numberCell(t: Token | null, line: Line, guess?: string): RawCell {
  return t ? cell(t.text, { source: where(line), ...(guess ? { guess } : {}) }) : cell('', { source: where(line) })
}

function tableRows(table: TableId, lines: readonly Line[], notes: Issue[]): RawRow[] {
  const firstData = lines.findIndex((l) => numberTokens(l).length > 0)
  if (firstData < 0) return lines.map((l) => row(labelTokens(l).map((t) => cell(t.text))))
  const header = lines.slice(0, firstData)
  const data = lines.slice(firstData).filter((l) => numberTokens(l).length > 0)
  const rows: RawRow[] = []
  const name = TABLES[table].name

  if (table === 'table4') {
    const columns = columnsOf(data, T4_OUTCOMES.length * T4_GROUPS.length)
    const texts = headerTexts(header, columns)
    const headerText = header.flatMap((l) => labelTokens(l)).sort((a, b) => a.x0 - b.x0).map((t) => t.text).join('')
    const verified = columns.count === 15 && texts.every((t, i) => t.includes(norm(T4_OUTCOMES[i % 5]!)))
      && T4_GROUPS.every((g) => norm(headerText).includes(norm(g)))
    if (verified) {
      rows.push(row(T4_GROUPS.map((g) => cell(g, { gridSpan: 5 }))))
      rows.push(row(T4_GROUPS.flatMap(() => T4_OUTCOMES.map((o) => cell(o)))))
    } else {
      notes.push(finding('IMPORT-GUESS', 'warning', TABLES.table4.section, [],
        `${name}的表头无法逐列核对（${data[0] ? where(data[0]) : ''}）：已按规范格式的列顺序读取，请逐列核对`))
      rows.push(row(T4_GROUPS.map((g) => cell(g, { gridSpan: 5 }))), row(T4_GROUPS.flatMap(() => T4_OUTCOMES.map((o) => cell(o)))))
    }
    const line = data[0]!
    const placed = placeNumbers(line, { ...columns, count: 15 })
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
  const split = columns ? splitFragments(lines, columns) : { lines: [...lines], pieces: new Map<Line, Line[]>() }
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
    const nums = fragments.has(line) ? joinFragments(line, fragments.get(line)!, columns!) : numberTokens(line)
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
    const placed = placeNumbers({ ...line, tokens: nums }, columns!)
    const guess = placed.guess || nums.length !== columns!.count || fragments.has(line)
      ? `${name}“${label.caption.slice(0, 12)}”一行有 ${nums.length} 个数（${where(line)}），已按各数的位置归入各列，请核对`
      : undefined
    rows.push(row([cell(label.caption), ...placed.cells.map((t) => numberCell(t, line, t ? guess : undefined))]))
  })
  if (collapsed) rows.push(...collapsedOther(collapsed, rows, notes))
  return rows
}

/**
 * Lines with a lone number or two beside a full row are the pieces of numbers wrapped in a
 * narrow column: each piece goes to the nearest full row on its page; the line keeps its label
 * text (often a wrapped label's or a group label's line).
 */
function splitFragments(lines: readonly Line[], columns: Columns): { lines: Line[]; pieces: Map<Line, Line[]> } {
  const few = (l: Line) => numberTokens(l).length > 0 && numberTokens(l).length <= columns.count / 3
  const rows = lines.filter((l) => numberTokens(l).length > columns.count / 3)
  const pieces = new Map<Line, Line[]>()
  const out = lines.map((l) => {
    if (!few(l)) return l
    const near = rows.filter((r) => r.page === l.page).sort((a, b) => Math.abs(a.y - l.y) - Math.abs(b.y - l.y))[0]
    if (!near || Math.abs(near.y - l.y) > near.size * 2.5) return l
    pieces.set(near, [...(pieces.get(near) ?? []), { ...l, tokens: numberTokens(l) }])
    return { ...l, tokens: labelTokens(l) }
  })
  return { lines: out.filter((l) => l.tokens.length > 0), pieces }
}

/** A row's numbers with the pieces printed above and below it joined in their columns, top to bottom. */
function joinFragments(line: Line, pieces: readonly Line[], columns: Columns): Token[] {
  const all = [line, ...pieces].sort((a, b) => b.y - a.y).flatMap((l) => numberTokens(l))
  const byColumn = new Map<number, Token>()
  for (const t of all) {
    const c = (t.x0 + t.x1) / 2
    let best = 0
    columns.centers.forEach((x, i) => (Math.abs(x - c) < Math.abs(columns.centers[best]! - c) ? (best = i) : 0))
    const had = byColumn.get(best)
    byColumn.set(best, had ? { text: had.text + t.text, x0: Math.min(had.x0, t.x0), x1: Math.max(had.x1, t.x1) } : { ...t })
  }
  return [...byColumn.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t)
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

/** Lines outside tables → paragraphs: a new one at an indent, after a short line, or at a heading. */
function paragraphs(lines: readonly Line[]): string[] {
  const out: string[] = []
  if (lines.length === 0) return out
  const left = Math.min(...lines.map((l) => l.tokens[0]!.x0))
  const right = Math.max(...lines.map((l) => l.tokens[l.tokens.length - 1]!.x1))
  // The usual distance between lines: a paragraph break adds space above the next one.
  const pitches = lines.slice(1).flatMap((l, i) => (l.page === lines[i]!.page ? [lines[i]!.y - l.y] : [])).sort((a, b) => a - b)
  const pitch = pitches[Math.floor(pitches.length / 4)] ?? Infinity
  let current = ''
  let previous: Line | null = null
  for (const line of lines) {
    const text = line.tokens.map((t) => t.text).join(' ').trim()
    const x0 = line.tokens[0]!.x0
    // A line ending early because of line-breaking rules is short by a few characters only.
    const short = previous && previous.tokens[previous.tokens.length - 1]!.x1 < right - previous.size * 8
    const spaced = previous && previous.page === line.page && previous.y - line.y > pitch * 1.25
    const starts = !previous || x0 > left + line.size * 1.2 || short || spaced || HEADING.test(text)
    if (starts && current) {
      out.push(current)
      current = ''
    }
    // Chinese lines join without a space; a Latin word broken at the line end keeps one.
    current += current && /[A-Za-z0-9]$/.test(current) && /^[A-Za-z0-9]/.test(text) ? ` ${text}` : text
    previous = line
  }
  if (current) out.push(current)
  return out
}

export function pdfBlocks(lines: readonly Line[]): { blocks: Block[]; notes: Issue[] } {
  const blocks: Block[] = []
  const notes: Issue[] = []
  let at = 0
  for (const [start, end] of tableRegions(lines)) {
    for (const p of paragraphs(lines.slice(at, start))) blocks.push({ kind: 'paragraph', text: p })
    const region = lines.slice(start, end)
    const table = classify(region)
    if (table) blocks.push({ kind: 'table', rows: tableRows(table, region, notes) })
    else for (const p of paragraphs(region)) blocks.push({ kind: 'paragraph', text: p })
    at = end
  }
  for (const p of paragraphs(lines.slice(at))) blocks.push({ kind: 'paragraph', text: p })
  return { blocks, notes }
}
