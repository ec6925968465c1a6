// GB/T 9704-2012 typesetting for the Word export: fonts and paragraph styles. The numbers come from
// report/page-metrics.ts (twips and half-points), shared with the preview.
import { AlignmentType, LineRuleType, Paragraph, TextRun, type IParagraphOptions, type IRunOptions } from 'docx'
import { BODY_CHAR_SPACING, CHAR, LINE, SIZE, TITLE_LINE } from '@/report/page-metrics'

export const FONT = {
  latin: 'Times New Roman',
  body: '仿宋_GB2312',
  h1: '黑体',
  h2: '楷体_GB2312',
  title: '方正小标宋简体',
  pageNumber: '宋体',
} as const

/**
 * All four font slots: Latin and digits in Times New Roman, Chinese in `eastAsia`. The hint makes
 * shared punctuation (“ ” — …) use the Chinese font at full width.
 */
export function fonts(eastAsia: string, latin: string = FONT.latin) {
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia, hint: 'eastAsia' } as const
}

export const LANGUAGE = { value: 'en-US', eastAsia: 'zh-CN' } as const

export function exact(line: number = LINE) {
  return { line, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const
}

/** A 三号 run of body text or heading text. */
export function run(text: string, eastAsia: string = FONT.body, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({
    text, font: fonts(eastAsia), size: SIZE.sanhao, characterSpacing: BODY_CHAR_SPACING, language: LANGUAGE, ...extra,
  })
}

/** Body paragraphs and 一、/（一） headings share this: justified, 2-character indent, exact line. */
const bodyProps = {
  alignment: AlignmentType.JUSTIFIED,
  // Written explicitly: LibreOffice turns widow control on when it is absent and loses lines.
  widowControl: false,
  indent: { firstLineChars: 200, firstLine: 2 * CHAR },
  spacing: exact(),
} satisfies Partial<IParagraphOptions>

export function bodyParagraph(runs: TextRun[], keepNext = false): Paragraph {
  return new Paragraph({ ...bodyProps, keepNext, children: runs })
}

export function headingParagraph(text: string): Paragraph {
  return new Paragraph({ ...bodyProps, keepNext: true, outlineLevel: 0, children: [run(text, FONT.h1)] })
}

/** Title lines are one paragraph with line breaks, so the title reads back as one string. */
export function titleParagraph(lines: string[]): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    widowControl: false,
    keepNext: true,
    spacing: exact(TITLE_LINE),
    children: lines.map(
      (line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, font: fonts(FONT.title), size: SIZE.erhao, language: LANGUAGE }),
    ),
  })
}

/** An empty 三号 line (空一行). */
export function blankLine(keepNext = false): Paragraph {
  return new Paragraph({ spacing: exact(), widowControl: false, keepNext, run: { size: SIZE.sanhao }, children: [] })
}

const FONT_TABLE_ENTRIES: Record<string, string> = {
  [FONT.latin]:
    '<w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/>',
  [FONT.body]:
    '<w:altName w:val="仿宋"/><w:panose1 w:val="02010609030101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/>',
  [FONT.h2]:
    '<w:altName w:val="楷体"/><w:panose1 w:val="02010609030101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/>',
  [FONT.h1]:
    '<w:altName w:val="SimHei"/><w:panose1 w:val="02010609060101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/>',
  [FONT.pageNumber]:
    '<w:altName w:val="SimSun"/><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/>',
  [FONT.title]: '<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/>',
}

/**
 * docx writes an empty font table; Word and WPS use these entries (charset 86 = GB2312, panose)
 * to pick a substitute on machines without the GB fonts. Passed to Packer as an override.
 */
const FONT_TABLE_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  Object.entries(FONT_TABLE_ENTRIES).map(([name, body]) => `<w:font w:name="${name}">${body}</w:font>`).join('') +
  '</w:fonts>'

export const PACK_OVERRIDES = [{ path: 'word/fontTable.xml', data: FONT_TABLE_XML }]
