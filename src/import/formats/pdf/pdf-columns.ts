// Where a table's value columns stand on the page, and a line's numbers placed in them. The
// columns come from the table's header (each column's caption stands over its numbers, whatever
// is printed in the rows) or, failing that, from the rows that hold all their numbers. A number
// of a row short of numbers goes to the column it stands under: sure when it stands right under
// one column's centre (or in its box between the table's vertical rules), a doubt otherwise.
import { labelTokens, norm, numberTokens } from './pdf-captions'
import type { Line, Token } from './pdf-lines'

export interface Columns {
  centers: number[]
  /** Lines whose numbers are all there: the numbers go by order. */
  count: number
  /** The centres were measured (the header's captions, or rows holding every number), not guessed from a row short of numbers. */
  measured?: boolean
}

const center = (t: Token) => (t.x0 + t.x1) / 2

/** The columns from the rows that hold all `count` numbers; without any, from the fullest row (not measured). */
export function columnsOf(data: readonly Line[], count: number): Columns {
  const full = data.filter((l) => numberTokens(l).length === count)
  const source = full.length > 0 ? full : [data.reduce((a, b) => (numberTokens(b).length > numberTokens(a).length ? b : a))]
  const n = Math.max(...source.map((l) => numberTokens(l).length))
  const centers = Array.from({ length: n }, (_v, i) => {
    const xs = source.map((l) => numberTokens(l)[i]).filter((t): t is Token => !!t).map(center)
    return xs.reduce((a, b) => a + b, 0) / xs.length
  })
  return { centers, count: n, measured: full.length > 0 }
}

/**
 * The header's captions stacked over each other (a caption wrapped in its cell, a group's caption
 * centred over the columns it spans): tokens whose centres stand within half a character of each
 * other, top to bottom, as one text at one centre.
 */
function headerStacks(header: readonly Line[]): { text: string; center: number }[] {
  const stacks: { text: string; center: number; size: number }[] = []
  for (const line of header) {
    for (const t of labelTokens(line)) {
      const c = center(t)
      const stack = stacks.find((s) => Math.abs(s.center - c) < Math.min(s.size, line.size) / 2)
      if (stack) stack.text += t.text
      else stacks.push({ text: t.text, center: c, size: line.size })
    }
  }
  return stacks.sort((a, b) => a.center - b.center).map((s) => ({ text: norm(s.text), center: s.center }))
}

/**
 * The centres of the value columns from the header: the stacks ending with a column's caption,
 * left to right, must be exactly `captions` (a group caption above one is part of its stack).
 */
export function captionColumns(header: readonly Line[], captions: readonly string[]): Columns | null {
  const wanted = captions.map(norm)
  const found = headerStacks(header).filter((s) => wanted.some((w) => s.text.endsWith(w)))
  if (found.length !== wanted.length || !found.every((s, i) => s.text.endsWith(wanted[i]!))) return null
  return { centers: found.map((s) => s.center), count: wanted.length, measured: true }
}

/** Header texts per column: the header lines' tokens stacked over the nearest number column. */
export function headerTexts(header: readonly Line[], columns: Columns): string[] {
  const texts = columns.centers.map(() => '')
  const spacing = columns.centers.length > 1 ? (columns.centers[columns.centers.length - 1]! - columns.centers[0]!) / (columns.centers.length - 1) : 40
  for (const line of header) {
    for (const t of labelTokens(line)) {
      const c = center(t)
      if (c < columns.centers[0]! - spacing / 2) continue
      texts[nearest(columns, c)] += t.text
    }
  }
  return texts.map(norm)
}

function nearest(columns: Columns, x: number): number {
  let best = 0
  columns.centers.forEach((c, i) => (Math.abs(c - x) < Math.abs(columns.centers[best]! - x) ? (best = i) : 0))
  return best
}

/** The narrowest distance between two neighbouring columns. */
function pitch(columns: Columns): number {
  return Math.min(...columns.centers.slice(1).map((c, i) => c - columns.centers[i]!), Infinity)
}

/**
 * The numbers of a line placed in their columns; `guess` when a number's column is not sure. With
 * the table's vertical rules, a number goes to the column whose box (between two rules) holds it,
 * whatever its alignment in the cell; without them, to the nearest column: sure only where the
 * columns were measured and the number stands within a quarter of the columns' spacing of its
 * column's centre (centred in its cell, as a number under its caption is).
 */
export function placeNumbers(line: Line, columns: Columns, boundaries: number[] | null = null): { cells: (Token | null)[]; guess: boolean } {
  const nums = numberTokens(line)
  if (nums.length === columns.count) return { cells: nums, guess: false }
  const cells: (Token | null)[] = columns.centers.map(() => null)
  const box = (x: number) => (boundaries ? boundaries.findIndex((b, k) => k + 1 < boundaries.length && x >= b && x <= boundaries[k + 1]!) : -1)
  const columnBoxes = columns.centers.map(box)
  // The rules are this table's grid only when each column has a box of its own.
  const ruled = columnBoxes.every((b) => b >= 0) && new Set(columnBoxes).size === columnBoxes.length
  const near = columns.measured ? pitch(columns) / 4 : -1
  let guess = false
  for (const t of nums) {
    const c = center(t)
    let best = ruled ? columnBoxes.indexOf(box(c)) : -1
    if (best < 0) {
      best = nearest(columns, c)
      if (!(Math.abs(columns.centers[best]! - c) <= near)) guess = true
    }
    if (cells[best]) guess = true
    else cells[best] = t
  }
  return { cells, guess }
}
