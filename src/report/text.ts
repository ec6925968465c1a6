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
