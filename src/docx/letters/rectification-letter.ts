// 整改通知 as a Word document: a short letter in the GB/T 9704 layout of the report export (the
// same page, fonts and line pitch), one per unit.
import { AlignmentType, Document, Packer, Paragraph } from 'docx'
import type { Letter } from '@/report/county/letter-text'
import { formatChineseDate } from '@/report/format'
import { SIZE } from '@/report/page-metrics'
import { pageNumberFooter, sectionProperties } from '../page'
import { FONT, LANGUAGE, blankLine, bodyParagraph, exact, fonts, run, titleParagraph } from '../styles'
import { PACK_OVERRIDES } from '../styles'
import { packageHygiene } from '../package'

const right = (text: string) => new Paragraph({ alignment: AlignmentType.RIGHT, spacing: exact(), widowControl: false, children: [run(text)] })

function letterDocument(letter: Letter, office: string, date: string): Document {
  const items = letter.items.flatMap((item, i) => [
    bodyParagraph([run(`${i + 1}．位置：`, FONT.h1), run(item.where)]),
    bodyParagraph([run('问题：', FONT.h2), run(item.what)]),
    bodyParagraph([run('整改：', FONT.h2), run(item.how)]),
  ])
  return new Document({
    title: letter.title,
    creator: office,
    styles: { default: { document: { run: { font: fonts(FONT.body), size: SIZE.sanhao, language: LANGUAGE } } } },
    sections: [{
      properties: sectionProperties(),
      footers: { default: pageNumberFooter('odd') },
      children: [
        titleParagraph([letter.title]),
        blankLine(),
        new Paragraph({ spacing: exact(), widowControl: false, children: [run(letter.to)] }),
        ...letter.paragraphs.map((p) => bodyParagraph([run(p)])),
        ...items,
        ...letter.closing.map((p) => bodyParagraph([run(p)])),
        blankLine(),
        right(office),
        right(formatChineseDate(date)),
      ],
    }],
  })
}

export async function letterDocxBytes(letter: Letter, office: string, date: string): Promise<Uint8Array<ArrayBuffer>> {
  return packageHygiene(await Packer.toArrayBuffer(letterDocument(letter, office, date), false, PACK_OVERRIDES))
}
