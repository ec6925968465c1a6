// Numbers too wide for their narrow column wrap onto the lines around their row (1234 printed
// as 12 / 34): those pieces found and joined to their row, within the cell's rules where the
// page has them (sure), else by position (a doubt).
import { labelTokens, numberTokens } from './pdf-captions'
import { rowCells } from './pdf-cells'
import type { PageGraphics } from './pdf-graphics'
import type { Line, Token } from './pdf-lines'
import type { Columns } from './pdf-columns'

const overlaps = (a: Token, b: Token) => Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0)

/**
 * Whether a line's numbers are all pieces of numbers wrapped in their cells, told by the text
 * alone: a number wraps only when one more digit would not fit its cell, so its first piece fills
 * the cell (its width and one digit's more than the column's spacing, less the cell's margins),
 * and the rest stands on the next line, under it. A piece is such a first piece with a piece right
 * under it, or a piece right under such a first piece. A short row's numbers beside a full row
 * are neither: a number that fits its cell does not wrap, and nothing wraps upwards.
 */
function wrappedPieces(lines: readonly Line[], columns: Columns) {
  const nearest = (x: number) => columns.centers.reduce((best, c, i) => (Math.abs(c - x) < Math.abs(columns.centers[best]! - x) ? i : best), 0)
  // A column's width: the distance to its nearest neighbour's centre.
  const width = (i: number) => Math.min(i > 0 ? columns.centers[i]! - columns.centers[i - 1]! : Infinity, i + 1 < columns.centers.length ? columns.centers[i + 1]! - columns.centers[i]! : Infinity)
  const fills = (t: Token, size: number) => {
    const w = t.x1 - t.x0
    return w + w / [...t.text].length > width(nearest((t.x0 + t.x1) / 2)) - size * 0.3
  }
  // Lines next to each other: `lower` is the line right under `upper` (a cell's lines are set closer than two lines' height).
  const under = (upper: Line, lower: Line) => upper.page === lower.page && upper.y > lower.y && upper.y - lower.y <= lower.size * 2
  const nums = new Map(lines.map((l) => [l, numberTokens(l)]))
  const numbered = lines.filter((l) => nums.get(l)!.length > 0)
  const below = (l: Line) => numbered.find((m) => under(l, m))
  const first = (t: Token, l: Line) => fills(t, l.size) && numbered.some((m) => under(l, m) && nums.get(m)!.some((r) => overlaps(r, t)))
  const rest = (t: Token, l: Line) => numbered.some((m) => under(m, l) && nums.get(m)!.some((r) => overlaps(r, t) && fills(r, m.size)))
  // Per line: whether each of its numbers is a first piece, and whether each is a rest.
  const kinds = new Map<Line, { firsts: boolean; rests: boolean; pieces: boolean }>()
  const kind = (l: Line) => {
    let k = kinds.get(l)
    if (!k) {
      const ts = nums.get(l) ?? numberTokens(l)
      const f = ts.map((t) => first(t, l))
      const r = ts.map((t) => rest(t, l))
      k = { firsts: f.every(Boolean), rests: r.every(Boolean), pieces: f.every((x, i) => x || r[i]) }
      kinds.set(l, k)
    }
    return k
  }
  return {
    /** Every number of the line is a first piece or the rest of a wrapped number. */
    pieces: (l: Line) => kind(l).pieces,
    /** Every number is a first piece. */
    firsts: (l: Line) => kind(l).firsts,
    /** Every number is the rest of a wrapped number. */
    rests: (l: Line) => kind(l).rests,
    below,
  }
}

/**
 * Lines with a lone number or two beside a full row are the pieces of numbers wrapped in a
 * narrow column: each piece goes to the nearest full row on its page (with the table's rules:
 * only within that row's band, no horizontal rule between them); the line keeps its label text
 * (often a wrapped label's or a group label's line).
 */
export function splitFragments(lines: readonly Line[], columns: Columns, graphics: readonly PageGraphics[], ownsRow: (l: Line) => boolean): { lines: Line[]; pieces: Map<Line, Line[]> } {
  const few = (l: Line) => numberTokens(l).length > 0 && numberTokens(l).length <= columns.count / 3
  const wrapped = wrappedPieces(lines, columns)
  // A row whose every number wrapped leaves two lines of numbers: the one without the row's caption
  // is pieces. Its last pieces (the row's caption on its first line or between them) go up to the
  // first; its first pieces (the caption beside the last, the numbers set low in their cells) down.
  const up = (l: Line) => !ownsRow(l) && wrapped.rests(l)
  const down = (l: Line) => !ownsRow(l) && wrapped.firsts(l) && !!wrapped.below(l) && ownsRow(wrapped.below(l)!)
  const wholes = new Set(lines.filter((l) => numberTokens(l).length > columns.count / 3 && (up(l) || down(l))))
  const whole = (l: Line) => wholes.has(l)
  const rows = lines.filter((l) => numberTokens(l).length > columns.count / 3 && !wholes.has(l))
  const pieces = new Map<Line, Line[]>()
  const ruleBetween = (a: Line, b: Line) => {
    const xs = numberTokens(b).map((t) => (t.x0 + t.x1) / 2)
    const [hi, lo] = a.y > b.y ? [a, b] : [b, a]
    return (graphics[a.page - 1]?.horizontals ?? []).some((r) => r.at < hi.y - hi.size * 0.15 && r.at > lo.y + lo.size * 0.85 && xs.some((x) => r.from <= x && r.to >= x))
  }
  // A grid draws a rule between each row and the next; a 三线表 only over and under its header and
  // under the table: its rows are not bands between rules, and its pages are read by the text alone.
  const gridPages = new Set<number>()
  lines.filter((l) => numberTokens(l).length > 0).forEach((l, i, all) => {
    const previous = all[i - 1]
    if (previous && previous.page === l.page && ruleBetween(previous, l)) gridPages.add(l.page)
  })
  const ruled = (l: Line) => gridPages.has(l.page)
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
  // Without a grid: each line of pieces goes to the nearest row (a row's caption printed between
  // its two lines of pieces moves to the row, as in a band).
  for (const l of lines) {
    if (numberTokens(l).length === 0 || ruled(l) || (!few(l) && !whole(l))) continue
    const side = whole(l) ? (up(l) ? (r: Line) => r.y > l.y : (r: Line) => r.y < l.y) : () => true
    const near = rows.filter((r) => r.page === l.page && side(r) && !ruleBetween(r, l)).sort((a, b) => Math.abs(a.y - l.y) - Math.abs(b.y - l.y))[0]
    if (!near || Math.abs(near.y - l.y) > near.size * 2.5 || !wrapped.pieces(l)) continue
    bandOf.set(l, near)
    if (up(l) && labelTokens(near).length === 0) labelOf.set(near, lines.filter((m) => m.page === l.page && m.y < near.y && m.y > l.y && numberTokens(m).length === 0))
  }
  const moved = new Set([...labelOf.values()].flat())
  const renamed = new Map<Line, Line>()
  const out = lines.map((l) => {
    if (moved.has(l)) return { ...l, tokens: [] }
    if (numberTokens(l).length === 0) return l
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
 * the nearest column (a doubt). `doubts`: each number joined with doubt, and of how many pieces.
 */
export function joinFragments(line: Line, pieces: readonly Line[], columns: Columns, boundaries: number[] | null): { tokens: Token[]; doubts: Map<Token, number> } {
  const band = [line, ...pieces].sort((a, b) => b.y - a.y)
  if (boundaries) {
    const cells = rowCells(band, boundaries)
    return { tokens: cells.map((c) => c.token), doubts: new Map(cells.filter((c) => c.doubt).map((c) => [c.token, c.pieces])) }
  }
  const byColumn = new Map<number, { token: Token; pieces: number; moved: boolean }>()
  for (const l of band) {
    for (const t of numberTokens(l)) {
      const c = (t.x0 + t.x1) / 2
      let best = 0
      columns.centers.forEach((x, i) => (Math.abs(x - c) < Math.abs(columns.centers[best]! - c) ? (best = i) : 0))
      const had = byColumn.get(best)
      byColumn.set(best, had
        ? { token: { text: had.token.text + t.text, x0: Math.min(had.token.x0, t.x0), x1: Math.max(had.token.x1, t.x1) }, pieces: had.pieces + 1, moved: had.moved || l !== line }
        : { token: { ...t }, pieces: 1, moved: l !== line })
    }
  }
  const joined = [...byColumn.entries()].sort((a, b) => a[0] - b[0]).map(([, j]) => j)
  // A number with a piece from another line: nothing but its position says it belongs to this row.
  return { tokens: joined.map((j) => j.token), doubts: new Map(joined.filter((j) => j.moved).map((j) => [j.token, j.pieces])) }
}
