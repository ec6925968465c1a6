// Character-bigram similarity of two texts (Dice coefficient over bigram multisets), used to
// warn about text copied from last year's report (reviewers deduct points for 内容雷同).

/** A text's bigram multiset, for comparing one text with many (bigramSimilarity). */
export function bigrams(text: string): Map<string, number> {
  const clean = text.replace(/[\s，。、；：,.;:“”"'（）()《》\d]/g, '')
  const out = new Map<string, number>()
  for (let i = 0; i < clean.length - 1; i++) {
    const g = clean.slice(i, i + 2)
    out.set(g, (out.get(g) ?? 0) + 1)
  }
  return out
}

/** 0 (nothing shared) … 1 (the same text, ignoring spaces, punctuation and digits). */
export function textSimilarity(a: string, b: string): number {
  return bigramSimilarity(bigrams(a), bigrams(b))
}

/** textSimilarity of two texts from their bigrams (each text's bigrams worked out once). */
export function bigramSimilarity(ga: ReadonlyMap<string, number>, gb: ReadonlyMap<string, number>): number {
  let sizeA = 0
  let sizeB = 0
  let shared = 0
  for (const n of ga.values()) sizeA += n
  for (const [g, n] of gb) {
    sizeB += n
    shared += Math.min(n, ga.get(g) ?? 0)
  }
  if (sizeA + sizeB === 0) return 0
  return (2 * shared) / (sizeA + sizeB)
}
