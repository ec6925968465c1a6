// Page geometry and text metrics of the exported document, as plain numbers (no docx import), so
// the Word export and the HTML preview lay the page out alike. Twips (1/20 pt) unless noted;
// values from shared/spec/docx-format.md §0.

/** A4 portrait. */
export const PAGE = { width: 11906, height: 16838 } as const
/** 37 / 35 / 28 / 26 mm; the footer distance puts the page number 7 mm below the text block. */
export const MARGIN = { top: 2098, bottom: 1984, left: 1587, right: 1474, header: 851, footer: 1434, gutter: 0 } as const
/** Text block: 156 × 225 mm. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right
export const TEXT_HEIGHT = PAGE.height - MARGIN.top - MARGIN.bottom
/** Exact 28.95 pt: 22 lines fill the 225 mm block (29 pt would overflow it by 4 twips). */
export const LINE = 579
export const TITLE_LINE = 700
export const TABLE_LINE = 300
/** One 三号 character, in twips. */
export const CHAR = 320
/** −0.25 pt per character so that 28 三号 characters fit a line (§1.5, method B). */
export const BODY_CHAR_SPACING = -5
/** Advance of one full-width 三号 character with the tightened spacing. */
export const PITCH = CHAR + BODY_CHAR_SPACING
/** Automatic CJK↔digit spacing that Word and LibreOffice add at each boundary (measured). */
export const AUTOSPACE = 70

/** Left/right cell margins: 1 mm for captions, half that for numbers (five digits fit 表四). */
export const CELL_MARGIN = { label: 57, value: 28 } as const

/** Relative widths → whole twips summing exactly to `total` (a fixed layout needs both to agree). */
export function columnWidthsTwips(relative: readonly number[], total: number): number[] {
  const sum = relative.reduce((a, b) => a + b, 0)
  const widths = relative.map((w) => Math.floor((w / sum) * total))
  const last = widths.length - 1
  widths[last] = (widths[last] ?? 0) + total - widths.reduce((a, b) => a + b, 0)
  return widths
}

export const isAscii = (ch: string) => /[\x20-\x7e]/.test(ch)

/** Estimated printed width of a line of text, in twips, at the given character advance. */
export function estimateWidth(text: string, pitch: number = PITCH, autospace: number = AUTOSPACE): number {
  let width = 0
  let prev: string | undefined
  for (const ch of text) {
    width += isAscii(ch) ? pitch / 2 : pitch
    if (prev !== undefined && isAscii(ch) !== isAscii(prev)) width += autospace
    prev = ch
  }
  return Math.round(width)
}

export type Placement = { right: number } | { left: number }

/**
 * GB/T 9704 §7.3.5.2 (unsealed): the agency 2 characters in from the right, the date starting 2
 * characters right of the agency's start. The date is placed by left indent because its rendered
 * width depends on autospacing; when it is too long, it goes 2 characters in and the name moves left.
 */
export function signatureLayout(agency: string, date: string): { agency: Placement; date: Placement | null } {
  if (!date) return { agency: { right: 2 * CHAR }, date: null }
  const nameWidth = estimateWidth(agency)
  const dateWidth = estimateWidth(date)
  if (dateWidth <= nameWidth - 2 * CHAR) return { agency: { right: 2 * CHAR }, date: { left: TEXT_WIDTH - nameWidth } }
  return { agency: { left: Math.max(0, TEXT_WIDTH - 4 * CHAR - dateWidth) }, date: { right: 2 * CHAR } }
}
