// X-COPY-UNIT (report-file.md §12): two units of a batch whose narrative text is largely the same.
// Each report's narrative becomes a set of character shingles; a MinHash signature of the set,
// cut into LSH bands, brings together only the pairs likely to be similar, so 500 reports cost
// about 500 signatures instead of 125 000 comparisons. Candidates are then measured exactly
// (Jaccard of the shingle sets) and their matching passages paired sentence by sentence.
import { issue, type Issue } from '../issue'
import { NARRATIVE_FIELDS } from '../narrative-fields'
import type { Report } from '../schema'
import { textSimilarity } from '../similarity'
import { agencyLabel } from '../format'
import { unitKey } from '../region'

const SHINGLE = 5
const HASHES = 64
const BANDS = 16
const ROWS = HASHES / BANDS
/** Jaccard of the shingle sets from which two units count as copied. */
const COPY_THRESHOLD = 0.5

export interface CopyItem {
  id: string
  report: Report
}

interface Passage {
  field: string
  /** The sentence of one report and its counterpart in the other. */
  a: string
  b: string
}

export interface CopyPair {
  a: string
  b: string
  /** Share of the two texts' shingles in common (0 … 1). */
  similarity: number
  passages: Passage[]
}

/**
 * The text compared: digits, spaces and punctuation removed, and each unit's own name (and its
 * short form) blanked, so that "白沙镇" → "半坡镇" over a copied text does not hide it.
 */
function normalize(text: string, names: readonly string[]): string {
  let out = text
  for (const n of names) if (n.length >= 2) out = out.split(n).join('')
  return out.replace(/[\s\d０-９，。、；：！？,.;:!?“”"'‘’（）()《》〈〉【】[\]—\-…·]/g, '')
}

function namesOf(report: Report): string[] {
  const full = report.meta.agency.trim()
  const key = unitKey(full)
  // The bare place name as the text uses it: "伊川县白沙镇" → "白沙镇", "白沙".
  const place = /([^省市县区旗]+[镇乡街道办局委])$/.exec(key)?.[1] ?? ''
  return [full, key, place, place.replace(/(镇|乡|街道)$/, '')].filter(Boolean).sort((x, y) => y.length - x.length)
}

/** FNV-1a, 32 bits. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

function shingles(text: string): Set<number> {
  const out = new Set<number>()
  for (let i = 0; i + SHINGLE <= text.length; i++) out.add(hash(text.slice(i, i + SHINGLE)))
  return out
}

// Fixed odd multipliers and offsets: h_k(x) = (a_k·x + b_k) mod 2^32, the same in every run.
const A = Array.from({ length: HASHES }, (_, k) => (hash(`a${k}`) | 1) >>> 0)
const B = Array.from({ length: HASHES }, (_, k) => hash(`b${k}`))

function signature(set: ReadonlySet<number>): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff)
  for (const x of set) {
    for (let k = 0; k < HASHES; k++) {
      const v = (Math.imul(A[k]!, x) + B[k]!) >>> 0
      if (v < sig[k]!) sig[k] = v
    }
  }
  return sig
}

function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const x of small) if (large.has(x)) shared++
  const union = a.size + b.size - shared
  return union === 0 ? 0 : shared / union
}

const sentences = (text: string) => text.split(/(?<=[。！？；!?;])|\n+/).map((s) => s.trim()).filter((s) => s.length >= 12)

/** The sentences of a field in report a with a near-identical sentence in the same field of b. */
function passages(a: Report, b: Report): Passage[] {
  const namesA = namesOf(a)
  const namesB = namesOf(b)
  const out: Passage[] = []
  for (const field of NARRATIVE_FIELDS) {
    const inB = sentences(field.get(b)).map((s) => ({ s, n: normalize(s, namesB) }))
    if (inB.length === 0) continue
    const index = new Map<number, number[]>()
    inB.forEach((x, i) => { for (const sh of shingles(x.n)) index.set(sh, [...(index.get(sh) ?? []), i]) })
    for (const s of sentences(field.get(a))) {
      const n = normalize(s, namesA)
      const votes = new Map<number, number>()
      for (const sh of shingles(n)) for (const i of index.get(sh) ?? []) votes.set(i, (votes.get(i) ?? 0) + 1)
      let best = -1
      let bestScore = 0
      for (const [i, v] of votes) if (v > bestScore) { best = i; bestScore = v }
      if (best >= 0 && textSimilarity(n, inB[best]!.n) >= 0.8) out.push({ field: field.path, a: s, b: inB[best]!.s })
    }
  }
  return out
}

/** How many most-similar partners of each report get their matching passages listed. */
const PASSAGE_PARTNERS = 3

/** Pairs of different units of the same year whose narrative text is largely the same, most similar first. */
export function copyPairs(items: readonly CopyItem[], threshold = COPY_THRESHOLD): CopyPair[] {
  const prepared = items.map((item) => {
    const names = namesOf(item.report)
    const text = NARRATIVE_FIELDS.map((f) => normalize(f.get(item.report), names)).join('\n')
    const set = shingles(text)
    return { item, unit: unitKey(item.report.meta.agency), set, sig: set.size >= 20 ? signature(set) : null }
  })
  const candidates = new Set<string>()
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>()
    prepared.forEach((p, i) => {
      if (!p.sig) return
      const key = Array.from(p.sig.subarray(band * ROWS, band * ROWS + ROWS)).join(',')
      const bucket = buckets.get(key)
      if (bucket) bucket.push(i)
      else buckets.set(key, [i])
    })
    for (const bucket of buckets.values()) {
      for (let x = 0; x < bucket.length; x++)
        for (let y = x + 1; y < bucket.length; y++) candidates.add(`${bucket[x]} ${bucket[y]}`)
    }
  }
  const found: { p: (typeof prepared)[number]; q: (typeof prepared)[number]; similarity: number }[] = []
  for (const key of candidates) {
    const [i, j] = key.split(' ').map(Number) as [number, number]
    const p = prepared[i]!
    const q = prepared[j]!
    // Across units of one year: a unit's own last year is the cross-year check's (W-COPY).
    if ((p.unit !== '' && p.unit === q.unit) || p.item.report.meta.year !== q.item.report.meta.year) continue
    const similarity = jaccard(p.set, q.set)
    if (similarity >= threshold) found.push({ p, q, similarity })
  }
  found.sort((x, y) => y.similarity - x.similarity || x.p.item.id.localeCompare(y.p.item.id) || x.q.item.id.localeCompare(y.q.item.id))
  // Many units sharing one template make every pair of them a copy: the matching passages (the
  // costly part) are set side by side for each report's most similar partners only, so that a
  // batch of n look-alike reports costs n passage comparisons, not n².
  const shown = new Map<string, number>()
  const wanted = (id: string) => (shown.get(id) ?? 0) < PASSAGE_PARTNERS
  return found.map(({ p, q, similarity }) => {
    const side = wanted(p.item.id) || wanted(q.item.id)
    if (side) for (const id of [p.item.id, q.item.id]) shown.set(id, (shown.get(id) ?? 0) + 1)
    return { a: p.item.id, b: q.item.id, similarity, passages: side ? passages(p.item.report, q.item.report) : [] }
  })
}

/** The X-COPY-UNIT warnings of each report (by id), one per other unit it shares its text with. */
export function copyIssues(items: readonly CopyItem[], pairs: readonly CopyPair[]): Map<string, Issue[]> {
  const byId = new Map(items.map((i) => [i.id, i.report]))
  const out = new Map<string, Issue[]>()
  const add = (id: string, other: Report, otherId: string, pair: CopyPair) => {
    const fields = [...new Set(pair.passages.map((p) => p.field))]
    const message = `文字与${agencyLabel(other.meta.agency)}${other.meta.year}年的报告大部分相同（约 ${Math.round(pair.similarity * 100)}%，`
      + `${pair.passages.length > 0 ? `${pair.passages.length} 处相同段落` : '相同段落见与其最相近单位的对照'}）：请核实是否照抄其他单位，并按本单位实际情况撰写`
    out.set(id, [...(out.get(id) ?? []), { ...issue('X-COPY-UNIT', 'warning', 'overview', fields.length ? fields : ['overview'], message), partner: unitKey(other.meta.agency) || otherId }])
  }
  for (const pair of pairs) {
    const a = byId.get(pair.a)
    const b = byId.get(pair.b)
    if (!a || !b) continue
    add(pair.a, b, pair.b, pair)
    add(pair.b, a, pair.a, pair)
  }
  return out
}
