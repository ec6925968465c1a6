// Splitting a section's paragraphs into its parts by their sub-headings: "（一）主动公开：…"
// written run-in, or "（三）政府信息管理方面" standing alone, with optional 情况/方面 suffixes.

export interface PartSpec<K extends string> {
  key: K
  ordinal: string
  /** Patterns for the sub-heading words, most specific first (the official title first). */
  titles: RegExp[]
}

export interface SplitResult<K extends string> {
  parts: Partial<Record<K, string[]>>
  /** Paragraphs before the first sub-heading. */
  intro: string[]
  /** Sub-headings recognised only by their number (their words differ from the official title). */
  byOrdinalOnly: { key: K; heading: string }[]
  headingsFound: number
}

const ORDINAL = /^\s*[（(]\s*([一二三四五六七八九十]{1,2})\s*[)）]\s*/
const CN = '一二三四五六七八九十'

/** A title as a pattern tolerant of spaces between characters. */
export function spaced(title: string): string {
  return [...title].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*')
}

/** Heading words followed by an optional suffix and delimiter; the remainder is body text. */
export function titlePattern(title: string, suffixes = '情况|方面|工作'): RegExp {
  return new RegExp(`^${spaced(title)}\\s*(?:${suffixes})?\\s*(?:[:：。.，,、]\\s*|$)`)
}

export function splitParts<K extends string>(paragraphs: readonly string[], specs: readonly PartSpec<K>[]): SplitResult<K> {
  const result: SplitResult<K> = { parts: {}, intro: [], byOrdinalOnly: [], headingsFound: 0 }
  let current: K | null = null
  const push = (key: K | null, text: string) => {
    if (!text) return
    if (key === null) result.intro.push(text)
    else (result.parts[key] ??= []).push(text)
  }
  for (const raw of paragraphs) {
    const text = raw.trim()
    if (!text) continue
    const ord = ORDINAL.exec(text)
    if (!ord) {
      push(current, text)
      continue
    }
    const index = CN.indexOf(ord[1]!)
    const rest = text.slice(ord[0].length)
    let hit: { key: K; body: string } | null = null
    for (const spec of specs) {
      for (const re of spec.titles) {
        const m = re.exec(rest)
        if (m) {
          hit = { key: spec.key, body: rest.slice(m[0].length).trim() }
          break
        }
      }
      if (hit) break
    }
    const byOrdinal = ord[1]!.length === 1 ? specs[index] : undefined
    // A numbered paragraph that names no part and comes out of order is a list item of the current part.
    if (!hit && (!byOrdinal || (current !== null && specs.findIndex((s) => s.key === current) >= index))) {
      push(current, text)
      continue
    }
    if (!hit && byOrdinal) {
      hit = { key: byOrdinal.key, body: rest.trim() }
      result.byOrdinalOnly.push({ key: byOrdinal.key, heading: text.slice(0, 20) })
    }
    current = hit!.key
    result.headingsFound++
    push(current, hit!.body)
  }
  return result
}
