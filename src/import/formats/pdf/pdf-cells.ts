// A table row's numbers as cells, using the table's drawn rules where the PDF has them: the
// vertical rules bound each column's box, the horizontal rules bound the row's band. A number
// too wide for its narrow column wraps onto the next lines of the same cell (1234 printed as
// 12 / 34): the pieces in one column box within the row band are joined top to bottom. Without
// rules, the boxes are the pieces' own extents (pieces of one number stand over each other).
import type { PageGraphics } from './pdf-graphics'
import { isNumberToken, type Line, type Token } from './pdf-lines'

export interface Cell {
  token: Token
  /** How many printed pieces the number was joined from. */
  pieces: number
  /** Joined without rules to confirm the cell, or a piece standing across two cells. */
  doubt: boolean
}

/** Column boundaries: the vertical rules crossing the line (x, left to right), or null without rules. */
export function ruleColumns(graphics: PageGraphics | undefined, line: Line): number[] | null {
  if (!graphics) return null
  const y = line.y + line.size * 0.3
  const xs = graphics.verticals.filter((r) => r.from <= y && r.to >= y).map((r) => r.at).sort((a, b) => a - b)
  const merged: number[] = []
  for (const x of xs) if (merged.length === 0 || x - merged[merged.length - 1]! > 1.5) merged.push(x)
  return merged.length >= 3 ? merged : null
}

/** The lines of the row band that starts at `first`: down to the next horizontal rule, or the next lines set close below it. */
export function rowBand(first: Line, following: readonly Line[], graphics: PageGraphics | undefined): Line[] {
  const band = [first]
  const xs = first.tokens.map((t) => (t.x0 + t.x1) / 2)
  const crossing = (graphics?.horizontals ?? []).filter((r) => xs.some((x) => r.from <= x && r.to >= x))
  // The rule under the row: the first one below the first line's text.
  const below = crossing.filter((r) => r.at < first.y - first.size * 0.15).sort((a, b) => b.at - a.at)[0]
  for (const l of following) {
    if (l.page !== first.page) break
    if (below ? l.y <= below.at : band[band.length - 1]!.y - l.y > l.size * 1.3) break
    band.push(l)
  }
  return band
}

const overlaps = (a: Token, b: Token) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0

/**
 * The numbers of a row band as cells, left to right: one per column box (between vertical
 * rules), or one per stack of pieces that stand over each other.
 */
export function rowCells(band: readonly Line[], boundaries: number[] | null): Cell[] {
  const pieces = band.flatMap((l, i) => l.tokens.filter((t) => isNumberToken(t.text)).map((t) => ({ t, i })))
  const groups: { t: Token; i: number }[][] = []
  let doubtAll = false
  if (boundaries) {
    const boxOf = (t: Token) => boundaries.findIndex((x, k) => k + 1 < boundaries.length && t.x0 >= x - 1 && t.x1 <= boundaries[k + 1]! + 1)
    const byBox = new Map<number, { t: Token; i: number }[]>()
    for (const p of pieces) {
      const box = boxOf(p.t)
      // A piece across a rule: its cell is unsure, the rules are not those of this table's grid.
      if (box < 0) doubtAll = true
      const key = box < 0 ? 1000 + groups.length : box
      byBox.set(key, [...(byBox.get(key) ?? []), p])
    }
    groups.push(...[...byBox.entries()].sort((a, b) => a[1][0]!.t.x0 - b[1][0]!.t.x0).map(([, g]) => g))
  } else {
    for (const p of [...pieces].sort((a, b) => a.t.x0 - b.t.x0)) {
      const g = groups.find((gr) => gr.some((q) => overlaps(q.t, p.t)))
      if (g) g.push(p)
      else groups.push([p])
    }
  }
  return groups.map((g) => {
    const sorted = [...g].sort((a, b) => a.i - b.i || a.t.x0 - b.t.x0)
    const lines = new Set(sorted.map((p) => p.i))
    // Two pieces on one line in one cell, or pieces joined with nothing but their positions to go by.
    const doubt = doubtAll || lines.size < sorted.length || (!boundaries && sorted.length > 1)
    const token = { text: sorted.map((p) => p.t.text).join(''), x0: Math.min(...sorted.map((p) => p.t.x0)), x1: Math.max(...sorted.map((p) => p.t.x1)) }
    return { token, pieces: sorted.length, doubt }
  })
}
