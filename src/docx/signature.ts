// 发文机关署名 and 成文日期 for an unsealed document (GB/T 9704 §7.3.5.2, docx-format.md §1.8).
import { AlignmentType, Paragraph } from 'docx'
import { signatureLayout, type Placement } from '@/report/page-metrics'
import { blankLine, exact, run } from './styles'

function line(text: string, place: Placement, keepNext: boolean): Paragraph {
  const right = 'right' in place
  return new Paragraph({
    alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: right ? { right: place.right } : { left: Math.round(place.left) },
    spacing: exact(),
    widowControl: false,
    keepNext,
    children: [run(text)],
  })
}

/** One blank line, then the agency and the date, kept together with the end of the body. */
export function signatureParagraphs(agency: string, date: string): Paragraph[] {
  const layout = signatureLayout(agency, date)
  return [
    blankLine(true),
    line(agency, layout.agency, layout.date !== null),
    ...(layout.date ? [line(date, layout.date, false)] : []),
  ]
}
