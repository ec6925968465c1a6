// Test support: minimal .docx files built in memory, for malformed-input and XML-feature tests.
import { strToU8, zipSync } from 'fflate'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`
}

export function docxWith(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])))
}

export function docxFromBody(body: string): Uint8Array {
  return docxWith({ '[Content_Types].xml': '<Types/>', 'word/document.xml': documentXml(body) })
}

export const p = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`

export interface TestCell {
  text: string
  span?: number
  vMerge?: 'restart' | 'continue'
}

export function tbl(rows: (TestCell | string)[][]): string {
  const cell = (c: TestCell | string) => {
    const { text, span, vMerge } = typeof c === 'string' ? { text: c } : c
    const pr = `${span ? `<w:gridSpan w:val="${span}"/>` : ''}${vMerge ? `<w:vMerge w:val="${vMerge}"/>` : ''}`
    return `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${p(text)}</w:tc>`
  }
  return `<w:tbl>${rows.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`
}
