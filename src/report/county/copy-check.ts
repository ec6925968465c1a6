// X-COPY-UNIT (report-file.md §12): two units of a batch whose narrative text is largely the same.
// Each report's narrative becomes a set of character shingles; a MinHash signature of the set,
// cut into LSH bands, brings together only the pairs likely to be similar, so 500 reports cost
// about 500 signatures instead of 125 000 comparisons, and reports with the very same text (one
// template) are one group, compared once. Candidates are then measured exactly (Jaccard of the
// shingle sets) and their matching passages paired sentence by sentence.
import { issue, type Issue } from '../issue'
import { NARRATIVE_FIELDS } from '../narrative-fields'
import type { Report } from '../schema'
import { bigramSimilarity, bigrams } from '../similarity'
import { agencyLabel } from '../format'
import { unitKey } from '../region'
import { HASHES, jaccard, namesOf, normalize, shingles, signature } from './shingles'

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

/** How many other units each report is paired with by name (with the matching passages). */
const NAMED_PARTNERS = 3

/** The same order as String.prototype.localeCompare, without building a collator per call. */
const byId = new Intl.Collator().compare

export interface CopyResult {
  /** Pairs named with their passages, most similar first: each report's closest units, at most a few. */
  pairs: CopyPair[]
  /** Per report id: how many more units share its text than its named pairs show. */
  more: Map<string, number>
}

/**
 * Units of the same year whose narrative text is largely the same. Reports with the very same text
 * (one template, the names blanked) form one group, compared once: the LSH runs over one report
 * per group. Each report is paired by name with its closest few units (its own group first, in a
 * fixed order starting after itself, so that n copies of one template each name different
 * neighbours); the others are counted. The work and the findings grow with n, not n², however
 * many units share one template.
 */
export function copyCheck(items: readonly CopyItem[], threshold = COPY_THRESHOLD): CopyResult {
  const prepared = items.map((item) => ({ item, ...prepare(item.report) }))
  const groups: { members: number[]; units: Map<string, number> }[] = []
  const groupKey = new Map<string, number>()
  const groupOf: number[] = []
  prepared.forEach((p, i) => {
    if (!p.bands) return void groupOf.push(-1)
    const key = `${p.year}\u0000${p.text}`
    let g = groupKey.get(key)
    if (g === undefined) {
      g = groups.push({ members: [], units: new Map() }) - 1
      groupKey.set(key, g)
    }
    groups[g]!.members.push(i)
    // A report without an agency (unit '') is a unit of its own.
    if (p.unit !== '') groups[g]!.units.set(p.unit, (groups[g]!.units.get(p.unit) ?? 0) + 1)
    groupOf.push(g)
  })
  // Within a group: by unit, then id (the same order in the app and the command line).
  for (const g of groups) g.members.sort((x, y) => byId(prepared[x]!.unit, prepared[y]!.unit) || byId(prepared[x]!.item.id, prepared[y]!.item.id))
  const rep = (g: number) => prepared[groups[g]!.members[0]!]!

  // Groups that are similar enough: LSH over one report per group, then the exact measure.
  const links = groups.map((): { g: number; similarity: number }[] => [])
  const candidates = new Set<number>()
  const m = groups.length
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>()
    groups.forEach((_g, gi) => {
      const key = rep(gi).bands![band]!
      const bucket = buckets.get(key)
      if (bucket) bucket.push(gi)
      else buckets.set(key, [gi])
    })
    for (const bucket of buckets.values()) {
      for (let x = 0; x < bucket.length; x++)
        for (let y = x + 1; y < bucket.length; y++) candidates.add(bucket[x]! * m + bucket[y]!)
    }
  }
  for (const key of candidates) {
    const g = Math.floor(key / m)
    const h = key % m
    const p = rep(g)
    const q = rep(h)
    if (p.year !== q.year) continue
    const similarity = memo(similarityOf, p.item.report, q.item.report, () => jaccard(p.set, q.set))
    if (similarity < threshold) continue
    links[g]!.push({ g: h, similarity })
    links[h]!.push({ g, similarity })
  }
  for (const l of links) l.sort((x, y) => y.similarity - x.similarity || x.g - y.g)

  // Other units in a group, seen from a report of unit `unit`.
  const othersIn = (g: number, unit: string) => groups[g]!.members.length - (unit === '' ? 1 : groups[g]!.units.get(unit) ?? 0)
  const pairKeys = new Map<number, number>()
  const total = new Map<string, number>()
  const n = prepared.length
  prepared.forEach((p, i) => {
    const own = groupOf[i]!
    if (own < 0) return
    const sameUnit = (j: number) => j === i || (p.unit !== '' && prepared[j]!.unit === p.unit)
    const count = othersIn(own, p.unit) + links[own]!.reduce((sum, l) => sum + groups[l.g]!.members.length - (p.unit === '' ? 0 : groups[l.g]!.units.get(p.unit) ?? 0), 0)
    if (count === 0) return
    total.set(p.item.id, count)
    let named = 0
    const name = (g: number, similarity: number) => {
      const members = groups[g]!.members
      const at = Math.max(0, members.indexOf(i))
      for (let k = 1; k <= members.length && named < NAMED_PARTNERS; k++) {
        const j = members[(at + k) % members.length]!
        if (sameUnit(j)) continue
        pairKeys.set(Math.min(i, j) * n + Math.max(i, j), similarity)
        named++
      }
    }
    name(own, 1)
    for (const l of links[own]!) if (named < NAMED_PARTNERS) name(l.g, l.similarity)
  })

  const pairs = [...pairKeys].map(([key, similarity]) => ({ p: prepared[Math.floor(key / n)]!, q: prepared[key % n]!, similarity }))
  pairs.sort((x, y) => y.similarity - x.similarity || byId(x.p.unit, y.p.unit) || byId(x.q.unit, y.q.unit) || byId(x.p.item.id, y.p.item.id) || byId(x.q.item.id, y.q.item.id))
  const named = new Map<string, number>()
  const out = pairs.map(({ p, q, similarity }) => {
    for (const id of [p.item.id, q.item.id]) named.set(id, (named.get(id) ?? 0) + 1)
    const a = p.item.report
    const b = q.item.report
    return { a: p.item.id, b: q.item.id, similarity, passages: memo(passagesOf, a, b, () => passages(a, b)) }
  })
  const more = new Map<string, number>()
  for (const [id, count] of total) if (count > (named.get(id) ?? 0)) more.set(id, count - (named.get(id) ?? 0))
  return { pairs: out, more }
}

/** The partner of the one X-COPY-UNIT finding that stands for all units not named. */
const MORE_PARTNERS = '（其他单位）'

/**
 * The X-COPY-UNIT warnings of each report (by id): one per unit it is paired with by name, and one
 * more saying how many other units share its text when there are more than those.
 */
export function copyIssues(items: readonly CopyItem[], { pairs, more }: CopyResult): Map<string, Issue[]> {
  const byId = new Map(items.map((i) => [i.id, i.report]))
  const out = new Map<string, Issue[]>()
  const push = (id: string, found: Issue) => out.set(id, [...(out.get(id) ?? []), found])
  const add = (id: string, other: Report, otherId: string, pair: CopyPair) => {
    const fields = [...new Set(pair.passages.map((p) => p.field))]
    const message = `文字与${agencyLabel(other.meta.agency)}${other.meta.year}年的报告大部分相同（约 ${Math.round(pair.similarity * 100)}%，`
      + `${pair.passages.length} 处相同段落）：请核实是否照抄其他单位，并按本单位实际情况撰写`
    push(id, { ...issue('X-COPY-UNIT', 'warning', 'overview', fields.length ? fields : ['overview'], message), partner: unitKey(other.meta.agency) || otherId })
  }
  for (const pair of pairs) {
    const a = byId.get(pair.a)
    const b = byId.get(pair.b)
    if (!a || !b) continue
    add(pair.a, b, pair.b, pair)
    add(pair.b, a, pair.a, pair)
  }
  for (const [id, count] of more) {
    if (!byId.has(id)) continue
    // One finding for them all (its triage mark stays with it as the batch grows).
    push(id, { ...issue('X-COPY-UNIT', 'warning', 'overview', ['overview'],
      `另有 ${count} 个单位的报告与本报告文字大部分相同（多为套用同一模板）：请核实是否照抄，并按本单位实际情况撰写`), partner: MORE_PARTNERS })
  }
  return out
}
