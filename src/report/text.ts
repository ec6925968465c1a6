// Text normalisation shared by the number parser, the importer and the rules: the one place that
// knows which characters count as spaces.

/** Every kind of space a Word, WPS or web copy may carry: ASCII, no-break, ideographic, zero-width, BOM. */
const ALL_SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g

export function stripSpaces(text: string): string {
  return text.replace(ALL_SPACES, '')
}

/** Full-width forms folded to ASCII (NFKC: （）→ ()，１→1) and every space removed, for matching. */
export function foldText(text: string): string {
  return stripSpaces(text.normalize('NFKC'))
}

/**
 * Characters XML 1.0 forbids (docx-format.md §2.16 item 6): C0 controls other than tab, line feed
 * and carriage return; U+FFFE and U+FFFF; surrogates that are not part of a pair. One of them in
 * document.xml makes Word and WPS refuse the whole file.
 */
// oxlint-disable-next-line no-control-regex -- matching the control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Whether a text may hold one of them (a quick scan: almost no text does, and the full pattern is slower). */
// oxlint-disable-next-line no-control-regex -- as above
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/

/** Removes the characters XML 1.0 forbids; nothing else changes. */
export function removeForbidden(text: string): { text: string; removed: number } {
  if (!MAYBE_FORBIDDEN.test(text)) return { text, removed: 0 }
  let removed = 0
  const out = text.replace(FORBIDDEN, () => {
    removed++
    return ''
  })
  return { text: out, removed }
}

/** Text as the report may hold it: forbidden characters removed, line ends as "\n" (a lone "\r" too). */
export function cleanText(text: string): { text: string; removed: number } {
  return removeForbidden(text.replace(/\r\n?/g, '\n'))
}

/** Whether a code point may appear in an XML 1.0 document (as a character or a reference). */
export function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff)
    || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
}
