// Page geometry and text metrics of the printed report (GB/T 9704-2012, shared/spec/docx-format.md
// §0), as plain numbers: the one source for the Word export and the A4 preview, which therefore lay
// the page out alike. Twips (1/20 pt) unless noted; integers, because docx writes strings verbatim.

/** A4 portrait. */
export const PAGE = { width: 11906, height: 16838 } as const
/** 37 / 35 / 28 / 26 mm; the footer distance puts the page number 7 mm below the text block. */
export const MARGIN = { top: 2098, bottom: 1984, left: 1587, right: 1474, header: 851, footer: 1434, gutter: 0 } as const
/** Text block: 156 × 225 mm. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right
export const TEXT_HEIGHT = PAGE.height - MARGIN.top - MARGIN.bottom
/** Tables use one twip less than the text block so rounding never pushes them past the margin. */
export const TABLE_WIDTH = TEXT_WIDTH - 1

/** Font sizes in half-points: 2号 title, 3号 body, 4号 page number, 5号 table text. */
export const SIZE = { erhao: 44, sanhao: 32, sihao: 28, wuhao: 21 } as const
/** One full-width character of a size, in twips (a half-point is 10 twips). */
const charOf = (halfPoints: number): number => halfPoints * 10

/** Exact 28.95 pt: 22 lines fill the 225 mm block (29 pt would overflow it by 4 twips). */
export const LINE = 579
export const TITLE_LINE = 700
export const TABLE_LINE = 300
/** One 三号 character. */
export const CHAR = charOf(SIZE.sanhao)
/** One 五号 character: table text. */
export const TABLE_CHAR = charOf(SIZE.wuhao)
/** One 四号 character: the page number sits this far in from the outer edge. */
export const SIHAO_CHAR = charOf(SIZE.sihao)
/** −0.25 pt per character so that 28 三号 characters fit a line (§1.5, method B). */
export const BODY_CHAR_SPACING = -5
/** Advance of one full-width 三号 character with the tightened spacing. */
export const PITCH = CHAR + BODY_CHAR_SPACING
/** Automatic CJK↔digit spacing that Word and LibreOffice add at each boundary (measured). */
export const AUTOSPACE = 70

/** Left/right cell margins: 1 mm for captions, half that for numbers (five digits fit 表四). */
export const CELL_MARGIN = { label: 57, value: 28 } as const
/** Table rules: 0.5 pt, in eighths of a point as Word counts them. */
export const TABLE_BORDER_EIGHTHS = 4

/** Relative widths → whole twips summing exactly to `total` (a fixed layout needs both to agree). */
export function columnWidthsTwips(relative: readonly number[], total: number): number[] {
  const sum = relative.reduce((a, b) => a + b, 0)
  const widths = relative.map((w) => Math.floor((w / sum) * total))
  const last = widths.length - 1
  widths[last] = (widths[last] ?? 0) + total - widths.reduce((a, b) => a + b, 0)
  return widths
}

const isAscii = (ch: string) => /[\x20-\x7e]/.test(ch)

/**
 * Printed width of `text` set after the character `prev` (undefined at a line start), in twips:
 * half a pitch for ASCII, a full pitch otherwise, and the autospace at every CJK↔ASCII boundary.
 * The one width estimate of the app (line breaking, the signature block).
 */
export function textAdvance(text: string, prev?: string, pitch: number = PITCH, autospace: number = AUTOSPACE): number {
  let width = 0
  let before = prev
  for (const ch of text) {
    width += isAscii(ch) ? pitch / 2 : pitch
    if (before !== undefined && isAscii(ch) !== isAscii(before)) width += autospace
    before = ch
  }
  return width
}

export type Placement = { right: number } | { left: number }

/**
 * GB/T 9704 §7.3.5.2 (unsealed): the agency 2 characters in from the right, the date starting 2
 * characters right of the agency's start. The date is placed by left indent because its rendered
 * width depends on autospacing; when it is too long, it goes 2 characters in and the name moves left.
 */
export function signatureLayout(agency: string, date: string): { agency: Placement; date: Placement | null } {
  if (!date) return { agency: { right: 2 * CHAR }, date: null }
  const nameWidth = Math.round(textAdvance(agency))
  const dateWidth = Math.round(textAdvance(date))
  if (dateWidth <= nameWidth - 2 * CHAR) return { agency: { right: 2 * CHAR }, date: { left: TEXT_WIDTH - nameWidth } }
  return { agency: { left: Math.max(0, TEXT_WIDTH - 4 * CHAR - dateWidth) }, date: { right: 2 * CHAR } }
}
