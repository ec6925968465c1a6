// Text pieces of PDF pages (what pdf.js gives: a string, its position and size) → text lines
// in reading order, each split into tokens at wide gaps. Page numbers (-4-, — 4 —) are dropped,
// and side-by-side reports on one page are told apart by horizontal position.

export interface TextPiece {
  str: string
  /** Left edge and baseline in PDF units (y grows upwards). */
  x: number
  y: number
  width: number
  /** Font size. */
  size: number
}

export interface Token {
  text: string
  x0: number
  x1: number
}

export interface Line {
  page: number
  /** 1-based line number on its page, counted as printed. */
  no: number
  y: number
  size: number
  tokens: Token[]
}

const NUMBER = /^\d+(?:\.\d+)?$/

export function isNumberToken(text: string): boolean {
  return NUMBER.test(text.normalize('NFKC'))
}

/** Splits a piece at runs of two or more spaces (WPS writes a row as one piece), keeping x. */
function tokensOf(piece: TextPiece): Token[] {
  const str = piece.str
  const chars = [...str]
  const step = chars.length > 0 ? piece.width / chars.length : 0
  const out: Token[] = []
  const re = /\S+(?: \S+)*/g
  for (let m = re.exec(str); m; m = re.exec(str)) {
    const at = [...str.slice(0, m.index)].length
    // A single space between a number and the next number is a column gap, not a word gap.
    const parts = /^[\d.\s]+$/.test(m[0]) ? m[0].split(' ') : [m[0]]
    let offset = 0
    for (const p of parts) {
      const pl = [...p].length
      out.push({ text: p, x0: piece.x + (at + offset) * step, x1: piece.x + (at + offset + pl) * step })
      offset += pl + 1
    }
  }
  return out
}

/** Groups one page's pieces into lines: same baseline within a third of the font size. */
export function pageLines(pieces: readonly TextPiece[], page: number): Line[] {
  const sorted = pieces.filter((p) => p.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x)
  const lines: { y: number; size: number; pieces: TextPiece[] }[] = []
  for (const p of sorted) {
    const line = lines.find((l) => Math.abs(l.y - p.y) <= Math.max(l.size, p.size) / 3)
    if (line) line.pieces.push(p)
    else lines.push({ y: p.y, size: p.size, pieces: [p] })
  }
  lines.sort((a, b) => b.y - a.y)
  const out: Line[] = []
  lines.forEach((l, i) => {
    const pieces = l.pieces.sort((a, b) => a.x - b.x)
    const tokens: Token[] = []
    for (const p of pieces) {
      for (const t of tokensOf(p)) {
        const last = tokens[tokens.length - 1]
        // Pieces that touch are one word (a label broken into runs by the producer).
        if (last && t.x0 - last.x1 < l.size * 0.25 && !(isNumberToken(t.text) && isNumberToken(last.text))) {
          last.text += t.text
          last.x1 = t.x1
        } else tokens.push({ ...t })
      }
    }
    out.push({ page, no: i + 1, y: l.y, size: l.size, tokens })
  })
  return out.filter((l) => !isPageNumber(l))
}

/** "-4-", "— 4 —", "第 4 页", "4" alone centred at the foot: printed page numbers. */
function isPageNumber(line: Line): boolean {
  const text = line.tokens.map((t) => t.text).join('')
  return /^[-—–－]+\s*\d{1,3}\s*[-—–－]+$/.test(text) || /^第\d{1,3}页(共\d{1,3}页)?$/.test(text)
}

/**
 * Two reports set side by side (a comparison of two years): lines where a label follows
 * numbers. Returns the x at which the page splits, or null.
 */
export function sideBySideSplit(lines: readonly Line[]): number | null {
  const xs: number[] = []
  for (const line of lines) {
    const firstNumber = line.tokens.findIndex((t) => isNumberToken(t.text))
    if (firstNumber < 1) continue
    const rest = line.tokens.slice(firstNumber)
    const after = rest.findIndex((t) => !isNumberToken(t.text) && [...t.text].length >= 4)
    // label, at least two numbers, then another label: a second table beside the first.
    // Split halfway between the last number of the left table and the right table's label.
    const lastNumber = rest.slice(0, after).findLastIndex((t) => isNumberToken(t.text))
    if (after >= 2) xs.push((rest[lastNumber]!.x1 + rest[after]!.x0) / 2)
  }
  if (xs.length < 3) return null
  xs.sort((a, b) => a - b)
  return xs[Math.floor(xs.length / 2)]!
}

/** The lines of one side of a split page: tokens left of x, or from x on (each side's page number, printed on one line with the other's, dropped). */
export function sideOf(lines: readonly Line[], split: number, right: boolean): Line[] {
  return lines
    .map((l) => ({ ...l, tokens: l.tokens.filter((t) => (t.x0 >= split) === right) }))
    .filter((l) => l.tokens.length > 0 && !isPageNumber(l))
}
