// Test support for the LibreOffice rendering check: words with their boxes from `pdftotext -bbox`,
// and a caption search that tolerates table cells whose wrapped lines interleave in the text.

export interface PdfWord {
  page: number
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}

export interface PdfPage {
  width: number
  height: number
  words: PdfWord[]
}

const num = (attrs: string, name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(attrs)?.[1] ?? NaN)
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? '')

export function parseBbox(html: string): PdfPage[] {
  return [...html.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)].map((m, i) => ({
    width: num(m[1] ?? '', 'width'),
    height: num(m[1] ?? '', 'height'),
    words: [...(m[2] ?? '').matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map((w) => ({
      page: i + 1,
      text: unescape(w[2] ?? ''),
      xMin: num(w[1] ?? '', 'xMin'),
      yMin: num(w[1] ?? '', 'yMin'),
      xMax: num(w[1] ?? '', 'xMax'),
      yMax: num(w[1] ?? '', 'yMax'),
    })),
  }))
}

/**
 * Whitespace removed, page numbers "— 3 —" cut out of paragraphs that run across pages, and
 * sentence punctuation dropped: LibreOffice 7.4 does not paint a comma that hangs past the margin
 * at the end of a justified line (Word and WPS show it hanging), so it may be missing from the PDF.
 */
export function compact(text: string): string {
  return text.replace(/\s+/g, '').replace(/—\d+—/g, '').replace(/[，。、；：！？]/g, '')
}

/** CJK punctuation may hang one character past the right margin at a line end. */
export const HANGING_PUNCTUATION = /[，。、；：！？”’）》]$/

/**
 * True when `needle` occurs in `haystack`, either as is or with its characters in order within a
 * short window: a caption wrapped inside a table cell is read line by line, interleaved with the
 * lines of the neighbouring cells.
 */
export function containsWrapped(haystack: string, needle: string): boolean {
  if (haystack.includes(needle)) return true
  // Numbers of neighbouring cells sit between the lines of a wrapped caption.
  const text = /\d/.test(needle) ? haystack : haystack.replace(/\d+/g, '')
  const window = needle.length * 6 + 30
  for (let start = text.indexOf(needle[0] ?? ''); start >= 0; start = text.indexOf(needle[0] ?? '', start + 1)) {
    let i = 0
    for (let j = start; j < text.length && j - start < window && i < needle.length; j++) {
      if (text[j] === needle[i]) i++
    }
    if (i === needle.length) return true
  }
  return false
}

/** Distinct line positions (words within 5 pt vertically are one line). */
export function linePositions(words: PdfWord[]): number[] {
  const ys = words.map((w) => w.yMax).sort((a, b) => a - b)
  const lines: number[] = []
  for (const y of ys) if (lines.length === 0 || y - (lines.at(-1) ?? 0) > 5) lines.push(y)
  return lines
}
