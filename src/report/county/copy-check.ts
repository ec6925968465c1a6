// X-COPY-UNIT (report-file.md §12): two units of a batch whose narrative text is largely the same.
// Each report's narrative becomes a set of character shingles; a MinHash signature of the set,
// cut into LSH bands, brings together only the pairs likely to be similar, so 500 reports cost
// about 500 signatures instead of 125 000 comparisons. Candidates are then measured exactly
// (Jaccard of the shingle sets) and their matching passages paired sentence by sentence.
import { issue, type Issue } from '../issue'
import { NARRATIVE_FIELDS } from '../narrative-fields'
import type { Report } from '../schema'
import { bigramSimilarity, bigrams } from '../similarity'
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

interface Sentence {
  s: string
  /** Normalised (normalize), its shingles and (when first compared) its bigrams. */
  n: string
  shingles: Set<number>
  grams?: Map<string, number>
}

const gramsOf = (x: Sentence) => (x.grams ??= bigrams(x.n))

/** What is compared of one report, worked out once per report object. */
interface Prepared {
  unit: string
  year: number
  /** The normalised narrative: two reports with the same one share all their shingles. */
  text: string
  set: Set<number>
  /** The LSH band keys of its MinHash signature; null for a text too short to compare. */
  bands: string[] | null
  /** Each narrative field's sentences, for the matching passages (worked out when first needed). */
  fields?: Sentence[][]
}

// The county review lists its batch again as files arrive (and the January view asks again for
// the same batch): a report's shingles and signature, a pair's similarity and a pair's passages
// are each worked out once per report object (reports are never changed in place), so that a
// growing batch costs the new reports' work, not the whole batch's again.
const preparedOf = new WeakMap<Report, Prepared>()
const similarityOf = new WeakMap<Report, WeakMap<Report, number>>()
const passagesOf = new WeakMap<Report, WeakMap<Report, Passage[]>>()

function prepare(report: Report): Prepared {
  let p = preparedOf.get(report)
  if (p) return p
  const names = namesOf(report)
  const text = NARRATIVE_FIELDS.map((f) => normalize(f.get(report), names)).join('\n')
  const set = shingles(text)
  let bands: string[] | null = null
  if (set.size >= 20) {
    const sig = signature(set)
    bands = Array.from({ length: BANDS }, (_, band) => Array.from(sig.subarray(band * ROWS, band * ROWS + ROWS)).join(','))
  }
  p = { unit: unitKey(report.meta.agency), year: report.meta.year, text, set, bands }
  preparedOf.set(report, p)
  return p
}

function fieldsOf(report: Report, p: Prepared): Sentence[][] {
  if (!p.fields) {
    const names = namesOf(report)
    p.fields = NARRATIVE_FIELDS.map((f) => sentences(f.get(report)).map((s) => {
      const n = normalize(s, names)
      return { s, n, shingles: shingles(n) }
    }))
  }
  return p.fields
}

/** A value of the pair (a, b), computed once and kept while both reports live. */
function memo<T>(cache: WeakMap<Report, WeakMap<Report, T>>, a: Report, b: Report, compute: () => T): T {
  let inner = cache.get(a)
  if (!inner) cache.set(a, (inner = new WeakMap()))
  let value = inner.get(b)
  if (value === undefined) inner.set(b, (value = compute()))
  return value
}

/** A field's sentences by shingle (which sentences have it), built once per field of a report. */
const indexOf = new WeakMap<Sentence[], Map<number, number[]>>()
function sentenceIndex(sentences: Sentence[]): Map<number, number[]> {
  let index = indexOf.get(sentences)
  if (!index) {
    index = new Map()
    for (const [i, x] of sentences.entries()) {
      for (const sh of x.shingles) {
        const at = index.get(sh)
        if (at) at.push(i)
        else index.set(sh, [i])
      }
    }
    indexOf.set(sentences, index)
  }
  return index
}

/** The sentences of a field in report a with a near-identical sentence in the same field of b. */
function passages(a: Report, b: Report): Passage[] {
  const inA = fieldsOf(a, prepare(a))
  const inB = fieldsOf(b, prepare(b))
  const out: Passage[] = []
  NARRATIVE_FIELDS.forEach((field, f) => {
    const those = inB[f]!
    if (those.length === 0) return
    const index = sentenceIndex(those)
    for (const sentence of inA[f]!) {
      const votes = new Map<number, number>()
      for (const sh of sentence.shingles) for (const i of index.get(sh) ?? []) votes.set(i, (votes.get(i) ?? 0) + 1)
      let best = -1
      let bestScore = 0
      for (const [i, v] of votes) if (v > bestScore) { best = i; bestScore = v }
      // textSimilarity of the two normalised sentences, each one's bigrams worked out once.
      if (best >= 0 && bigramSimilarity(gramsOf(sentence), gramsOf(those[best]!)) >= 0.8) out.push({ field: field.path, a: sentence.s, b: those[best]!.s })
    }
  })
  return out
}

/** How many most-similar partners of each report get their matching passages listed. */
const PASSAGE_PARTNERS = 3

/** The same order as String.prototype.localeCompare, without building a collator per call. */
const byId = new Intl.Collator().compare

/** Pairs of different units of the same year whose narrative text is largely the same, most similar first. */
export function copyPairs(items: readonly CopyItem[], threshold = COPY_THRESHOLD): CopyPair[] {
  const prepared = items.map((item) => ({ item, ...prepare(item.report) }))
  const n = prepared.length
  const candidates = new Set<number>()
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>()
    prepared.forEach((p, i) => {
      if (!p.bands) return
      const key = p.bands[band]!
      const bucket = buckets.get(key)
      if (bucket) bucket.push(i)
      else buckets.set(key, [i])
    })
    for (const bucket of buckets.values()) {
      for (let x = 0; x < bucket.length; x++)
        for (let y = x + 1; y < bucket.length; y++) candidates.add(bucket[x]! * n + bucket[y]!)
    }
  }
  const found: { p: (typeof prepared)[number]; q: (typeof prepared)[number]; similarity: number }[] = []
  for (const key of candidates) {
    const p = prepared[Math.floor(key / n)]!
    const q = prepared[key % n]!
    // Across units of one year: a unit's own last year is the cross-year check's (W-COPY).
    // A report without an agency (unit '') is a unit of its own: never 'the same unit' as another.
    if ((p.unit !== '' && p.unit === q.unit) || p.year !== q.year) continue
    // The same text (one template, the names blanked): the same shingles, no need to count them.
    const similarity = memo(similarityOf, p.item.report, q.item.report, () => (p.text === q.text ? 1 : jaccard(p.set, q.set)))
    if (similarity >= threshold) found.push({ p, q, similarity })
  }
  found.sort((x, y) => y.similarity - x.similarity || byId(x.p.item.id, y.p.item.id) || byId(x.q.item.id, y.q.item.id))
  // Many units sharing one template make every pair of them a copy: the matching passages (the
  // costly part) are set side by side for each report's most similar partners only, so that a
  // batch of n look-alike reports costs n passage comparisons, not n².
  const shown = new Map<string, number>()
  const wanted = (id: string) => (shown.get(id) ?? 0) < PASSAGE_PARTNERS
  return found.map(({ p, q, similarity }) => {
    const side = wanted(p.item.id) || wanted(q.item.id)
    if (side) for (const id of [p.item.id, q.item.id]) shown.set(id, (shown.get(id) ?? 0) + 1)
    const a = p.item.report
    const b = q.item.report
    return { a: p.item.id, b: q.item.id, similarity, passages: side ? memo(passagesOf, a, b, () => passages(a, b)) : [] }
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
