// Text lines of a PDF → the shared document model. Tables are found by their captions (never
// by position): a run of lines whose labels are captions of one official table, with their
// number lines, is rebuilt as that table's grid (pdf-table.ts). Group labels printed one
// character per line, running headers and repeated header rows inside a table are passed over.
// The other lines become paragraphs.
import type { Issue } from '../../../report/issue'
import type { TableId } from '../../../report/tables/table-def'
import type { Block } from '../../read/document'
import { CAPTIONS, isAnchor, isTableLine, labelTokens, norm, numberTokens, suffixes } from './pdf-captions'
import type { PageGraphics } from './pdf-graphics'
import type { Line } from './pdf-lines'
import { tableRows, usesRules } from './pdf-table'

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

/** A picture this large is a table or a page of text (a seal, a logo or a QR code is smaller). */
const PICTURE_WIDTH = 200
const PICTURE_HEIGHT = 60

/**
 * The large pictures among the lines: the index of the first line below each one (reading
 * order) and where it is. Only pictures beside the lines read (the chosen report of a page
 * setting two side by side).
 */
function picturesAt(lines: readonly Line[], graphics: readonly PageGraphics[]): [number, string][] {
  const out: [number, string][] = []
  graphics.forEach((g, i) => {
    const page = i + 1
    const onPage = lines.filter((l) => l.page === page)
    const left = Math.min(...onPage.flatMap((l) => l.tokens.map((t) => t.x0)))
    const right = Math.max(...onPage.flatMap((l) => l.tokens.map((t) => t.x1)))
    for (const im of g.images) {
      if (im.x1 - im.x0 < PICTURE_WIDTH || im.y1 - im.y0 < PICTURE_HEIGHT) continue
      // A page with no lines read (a picture only) belongs to the lines around it; a page with lines, to their side.
      if (onPage.length > 0 && ((im.x0 + im.x1) / 2 < left - 50 || (im.x0 + im.x1) / 2 > right + 50)) continue
      const index = lines.findIndex((l) => l.page > page || (l.page === page && l.y < im.y1))
      out.push([index < 0 ? lines.length : index, `第 ${page} 页的图片`])
    }
  })
  return out.sort((a, b) => a[0] - b[0])
}

/** A run of lines that forms a table: lines[start, end), and the official table its captions name (null: none). */
export interface TableRegion {
  start: number
  end: number
  table: TableId | null
}

/** The tables among the lines, found by their captions. */
export function findTables(lines: readonly Line[]): TableRegion[] {
  return tableRegions(lines).map(([start, end]) => ({ start, end, table: classify(lines.slice(start, end)) }))
}

/** The pages whose drawn rules the table readers use (usesRules): the other pages' rules are not read. */
export function ruledPages(lines: readonly Line[], tables: readonly TableRegion[]): Set<number> {
  return new Set(tables.flatMap(({ start, end, table }) => {
    const region = lines.slice(start, end)
    return table && usesRules(table, region) ? region.map((l) => l.page) : []
  }))
}

/**
 * `graphics`: each page's rules and images (by page number − 1), where the PDF was read with
 * them; `tables`: findTables(lines), when the caller has it already.
 */
export function pdfBlocks(lines: readonly Line[], graphics: readonly PageGraphics[] = [], tables = findTables(lines)): { blocks: Block[]; notes: Issue[] } {
  const blocks: Block[] = []
  const notes: Issue[] = []
  const pictures = picturesAt(lines, graphics)
  // Running text between `from` and `to`, with the pictures standing in it.
  const text = (from: number, to: number) => {
    let at = from
    for (const [index, where] of pictures) {
      if (index < from || index >= to) continue
      for (const p of paragraphs(lines.slice(at, index))) blocks.push({ kind: 'paragraph', text: p })
      blocks.push({ kind: 'picture', where })
      at = index
    }
    for (const p of paragraphs(lines.slice(at, to))) blocks.push({ kind: 'paragraph', text: p })
  }
  let at = 0
  for (const { start, end, table } of tables) {
    text(at, start)
    const region = lines.slice(start, end)
    if (table) blocks.push({ kind: 'table', rows: tableRows(table, region, notes, graphics) })
    else for (const p of paragraphs(region)) blocks.push({ kind: 'paragraph', text: p })
    at = end
  }
  text(at, lines.length)
  return { blocks, notes }
}
