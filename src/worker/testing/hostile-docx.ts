// Test support: hostile .docx files, generated rather than committed. Each is small on disk and
// costly to read: `paragraphs` empty paragraphs (millions inflate to tens of MB of XML), or one
// paragraph nested `depth` levels deep (the XML parser's namespace handling grows with its square),
// or a long document that stays within every reader limit but takes seconds to read.
import { strToU8, zipSync } from 'fflate'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

function docx(body: string): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) }, { level: 9 })
}

export const manyParagraphs = (paragraphs: number) => docx('<w:p/>'.repeat(paragraphs))

export const deepNesting = (depth: number) => docx(`${'<w:p>'.repeat(depth)}x${'</w:p>'.repeat(depth)}`)

/** `paragraphs` paragraphs of 60 characters: under the node and size limits, yet seconds of reading. */
export const longDocument = (paragraphs: number) =>
  docx(`<w:p><w:r><w:t>${'本年度政府信息公开工作稳步推进，'.repeat(4)}</w:t></w:r></w:p>`.repeat(paragraphs))
