// Numbers too wide for their narrow column wrap onto the lines around their row (1234 printed
// as 12 / 34): those pieces found and joined to their row, within the cell's rules where the
// page has them (sure), else by position (a doubt).
import { labelTokens, numberTokens } from './pdf-captions'
import { rowCells } from './pdf-cells'
import type { PageGraphics } from './pdf-graphics'
import type { Line, Token } from './pdf-lines'
import type { Columns } from './pdf-table'

/**
 * Lines with a lone number or two beside a full row are the pieces of numbers wrapped in a
 * narrow column: each piece goes to the nearest full row on its page (with the table's rules:
 * only within that row's band, no horizontal rule between them); the line keeps its label text
 * (often a wrapped label's or a group label's line).
 */
export function splitFragments(lines: readonly Line[], columns: Columns, graphics: readonly PageGraphics[]): { lines: Line[]; pieces: Map<Line, Line[]> } {
  const few = (l: Line) => numberTokens(l).length > 0 && numberTokens(l).length <= columns.count / 3
  const rows = lines.filter((l) => numberTokens(l).length > columns.count / 3)
  const pieces = new Map<Line, Line[]>()
  const ruleBetween = (a: Line, b: Line) => {
    const xs = numberTokens(b).map((t) => (t.x0 + t.x1) / 2)
    const [hi, lo] = a.y > b.y ? [a, b] : [b, a]
    return (graphics[a.page - 1]?.horizontals ?? []).some((r) => r.at < hi.y - hi.size * 0.15 && r.at > lo.y + lo.size * 0.85 && xs.some((x) => r.from <= x && r.to >= x))
  }
  const ruled = (l: Line) => (graphics[l.page - 1]?.horizontals.length ?? 0) > 0
  // With the table's rules: number lines with no rule between them are one row's band (every
  // number of a row may wrap, leaving two full lines), joined to the band's fullest line.
  const bandOf = new Map<Line, Line>()
  // A row label printed between the band's number lines (all its numbers wrapped): moved to the band's main line.
  const labelOf = new Map<Line, Line[]>()
  let band: Line[] = []
  const close = () => {
    const main = band.reduce((a, b) => (numberTokens(b).length > numberTokens(a).length ? b : a), band[0]!)
    for (const l of band) if (l !== main) bandOf.set(l, main)
    const [top, bottom] = [band[0]!.y, band[band.length - 1]!.y]
    if (band.length > 1 && labelTokens(main).length === 0) {
      labelOf.set(main, lines.filter((l) => l.page === main.page && l.y < top && l.y > bottom && numberTokens(l).length === 0))
    }
    band = []
  }
  for (const l of lines) {
    if (numberTokens(l).length === 0 || !ruled(l)) continue
    const last = band[band.length - 1]
    if (last && !(last.page === l.page && last.y - l.y <= last.size * 2.5 && !ruleBetween(last, l))) close()
    band.push(l)
  }
  if (band.length > 0) close()
  const moved = new Set([...labelOf.values()].flat())
  const renamed = new Map<Line, Line>()
  const out = lines.map((l) => {
    if (moved.has(l)) return { ...l, tokens: [] }
    if (numberTokens(l).length === 0) return l
    if (ruled(l)) {
      const main = bandOf.get(l)
      const label = labelOf.get(l)
      if (label) {
        const relabelled = { ...l, tokens: [...label.flatMap((m) => m.tokens), ...l.tokens] }
        renamed.set(l, relabelled)
        return relabelled
      }
      if (!main) return l
      pieces.set(main, [...(pieces.get(main) ?? []), { ...l, tokens: numberTokens(l) }])
      return { ...l, tokens: labelTokens(l) }
    }
    if (!few(l)) return l
    const near = rows.filter((r) => r.page === l.page && !ruleBetween(r, l)).sort((a, b) => Math.abs(a.y - l.y) - Math.abs(b.y - l.y))[0]
    if (!near || Math.abs(near.y - l.y) > near.size * 2.5) return l
    pieces.set(near, [...(pieces.get(near) ?? []), { ...l, tokens: numberTokens(l) }])
    return { ...l, tokens: labelTokens(l) }
  })
  for (const [from, to] of renamed) {
    const p = pieces.get(from)
    if (p) {
      pieces.delete(from)
      pieces.set(to, p)
    }
  }
  return { lines: out.filter((l) => l.tokens.length > 0), pieces }
}

/**
 * A row's numbers with the pieces printed above and below it joined in their columns, top to
 * bottom. With the table's vertical rules, pieces join within one cell's box (sure); without, in
 * the nearest column (a doubt).
 */
export function joinFragments(line: Line, pieces: readonly Line[], columns: Columns, boundaries: number[] | null): { tokens: Token[]; doubt: boolean } {
  const band = [line, ...pieces].sort((a, b) => b.y - a.y)
  if (boundaries) {
    const cells = rowCells(band, boundaries)
    return { tokens: cells.map((c) => c.token), doubt: cells.some((c) => c.doubt) }
  }
  const all = band.flatMap((l) => numberTokens(l))
  const byColumn = new Map<number, Token>()
  for (const t of all) {
    const c = (t.x0 + t.x1) / 2
    let best = 0
    columns.centers.forEach((x, i) => (Math.abs(x - c) < Math.abs(columns.centers[best]! - c) ? (best = i) : 0))
    const had = byColumn.get(best)
    byColumn.set(best, had ? { text: had.text + t.text, x0: Math.min(had.x0, t.x0), x1: Math.max(had.x1, t.x1) } : { ...t })
  }
  return { tokens: [...byColumn.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t), doubt: true }
}
