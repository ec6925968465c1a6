// The report as a docx Document, built from the shared render model. DOM-free, so it runs in
// node for the tests and the LibreOffice rendering check.
import { Document, Packer, type Paragraph, type Table } from 'docx'
import { DOCX_PROPERTIES } from '@/report/docx-properties'
import { toRenderModel, type RenderBlock } from '@/report/render-model'
import type { Report } from '@/report/schema'
import { cleanText } from '@/report/text'
import { packageHygiene } from './package'
import { draftHeader, pageNumberFooter, sectionProperties } from './page'
import { signatureParagraphs } from './signature'
import { SIZE } from '@/report/page-metrics'
import { blankLine, bodyParagraph, FONT, fonts, headingParagraph, LANGUAGE, PACK_OVERRIDES, run, titleParagraph } from './styles'
import { buildTable } from './table'

function blockChildren(block: RenderBlock, next: RenderBlock | undefined): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      // The title is followed by one blank 三号 line.
      return [titleParagraph(block.lines), blankLine(true)]
    case 'heading':
      return [headingParagraph(block.text)]
    case 'paragraph': {
      const runs = block.runIn ? [run(block.runIn, FONT.h2), run(block.text)] : [run(block.text)]
      // Keeps the last body lines with the signature so it never stands alone on a page (§7.3.5.5).
      return [bodyParagraph(runs, next?.kind === 'signature')]
    }
    case 'table':
      return [buildTable(block)]
    case 'signature':
      return signatureParagraphs(block.agency, block.date)
  }
}

/** 导出草稿: the same document, every page headed 草稿 with the number of errors still open. */
export interface DraftOptions {
  draft?: { errors: number }
}

export function buildReportDocument(report: Report, { draft }: DraftOptions = {}): Document {
  // The render model cleans the text it carries; the agency also goes into docProps/core.xml
  // (creator), outside the render model, so it is cleaned here too.
  const blocks = toRenderModel(report)
  const agency = cleanText(report.meta.agency).text.trim()
  const title = blocks[0]?.kind === 'title' ? blocks[0].text : ''
  return new Document({
    title,
    customProperties: [
      { name: DOCX_PROPERTIES.unitType, value: report.meta.unitType },
      ...(report.meta.publishDate ? [{ name: DOCX_PROPERTIES.publishDate, value: report.meta.publishDate }] : []),
    ],
    creator: agency || title,
    lastModifiedBy: agency || title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      // Run defaults only: a paragraph default would leak the 28.95 pt line into footers and cells.
      default: { document: { run: { font: fonts(FONT.body), size: SIZE.sanhao, language: LANGUAGE } } },
    },
    sections: [
      {
        properties: sectionProperties(),
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        // Odd and even pages have their own headers (evenAndOddHeaders): both carry the mark.
        ...(draft ? { headers: { default: draftHeader(draft.errors), even: draftHeader(draft.errors) } } : {}),
        children: blocks.flatMap((block, i) => blockChildren(block, blocks[i + 1])),
      },
    ],
  })
}

/** The finished .docx as bytes: the font table filled in, the package tidied (node and browser alike). */
export async function reportDocxBytes(report: Report, options: DraftOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  return packageHygiene(await Packer.toArrayBuffer(buildReportDocument(report, options), false, PACK_OVERRIDES))
}
