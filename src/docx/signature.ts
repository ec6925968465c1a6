// 发文机关署名 and 成文日期 for an unsealed document (GB/T 9704 §7.3.5.2, docx-format.md §1.8).
import { AlignmentType, Paragraph } from 'docx'
import { blankLine, BODY_CHAR_SPACING, CHAR, exact, run, TEXT_WIDTH } from './styles'

const PITCH = CHAR + BODY_CHAR_SPACING
/** Automatic CJK↔digit spacing that Word and LibreOffice add at each boundary (measured). */
const AUTOSPACE = 70
const isAscii = (ch: string) => /[\x20-\x7e]/.test(ch)

/** Estimated printed width of a 三号 line, in twips. */
export function estimateWidth(text: string): number {
  let width = 0
  let prev: string | undefined
  for (const ch of text) {
    width += isAscii(ch) ? PITCH / 2 : PITCH
    if (prev !== undefined && isAscii(ch) !== isAscii(prev)) width += AUTOSPACE
    prev = ch
  }
  return Math.round(width)
}

function line(text: string, place: { right: number } | { left: number }, keepNext: boolean): Paragraph {
  const right = 'right' in place
  return new Paragraph({
    alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: right ? { right: place.right } : { left: Math.max(0, Math.round(place.left)) },
    spacing: exact(),
    widowControl: false,
    keepNext,
    children: [run(text)],
  })
}

/**
 * One blank line, then the agency 2 characters in from the right and the date starting 2
 * characters right of the agency's start. The date is placed by left indent because its rendered
 * width depends on autospacing; when it is too long, it goes 2 characters in and the name moves left.
 */
export function signatureParagraphs(agency: string, date: string): Paragraph[] {
  if (!date) return [blankLine(true), line(agency, { right: 2 * CHAR }, false)]
  const nameWidth = estimateWidth(agency)
  const dateWidth = estimateWidth(date)
  const lines =
    dateWidth <= nameWidth - 2 * CHAR
      ? [line(agency, { right: 2 * CHAR }, true), line(date, { left: TEXT_WIDTH - nameWidth }, false)]
      : [line(agency, { left: TEXT_WIDTH - 4 * CHAR - dateWidth }, true), line(date, { right: 2 * CHAR }, false)]
  return [blankLine(true), ...lines]
}
