// Page furniture: the "— N —" page number (GB/T 9704 §7.5), the draft header and the section page setup.
import { AlignmentType, DocumentGridType, Footer, Header, LineRuleType, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx'
import { LINE, MARGIN, PAGE, SIHAO_CHAR, SIZE } from '@/report/page-metrics'
import { FONT, fonts, LANGUAGE } from './styles'

const SONG = { ascii: FONT.pageNumber, hAnsi: FONT.pageNumber, eastAsia: FONT.pageNumber, cs: FONT.pageNumber, hint: 'eastAsia' } as const

/** Odd pages right, even pages left, so the numbers sit on the outer edge when printed two-sided. */
export function pageNumberFooter(side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: SIHAO_CHAR } : { left: SIHAO_CHAR },
        // Its own single spacing: an inherited 28.95 pt line would grow the footer into the text block.
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        widowControl: false,
        children: [new TextRun({ font: SONG, size: SIZE.sihao, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  })
}

/** What the header of every page of a draft says (导出草稿, report-file.md §13). */
export function draftHeaderText(errors: number): string {
  return errors > 0 ? `草稿　尚有 ${errors} 个错误未改正，不得作为正式文件发布` : '草稿　不得作为正式文件发布'
}

/**
 * The draft's header, centred in the 37 mm top margin (the official document's header is empty).
 * Single spacing of its own, like the footer, so it never grows into the text block.
 */
export function draftHeader(errors: number): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        widowControl: false,
        children: [new TextRun({ text: draftHeaderText(errors), font: fonts(FONT.h1), size: SIZE.wuhao, language: LANGUAGE })],
      }),
    ],
  })
}

export function sectionProperties(): ISectionOptions['properties'] {
  return {
    page: { size: { width: PAGE.width, height: PAGE.height }, margin: { ...MARGIN } },
    // No line grid: LibreOffice would snap table rows to it and double their height.
    grid: { type: DocumentGridType.DEFAULT, linePitch: LINE },
  }
}
