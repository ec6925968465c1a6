// The text of a report as the copy check compares it: names, digits and punctuation taken out,
// cut into character shingles, and a MinHash signature of the shingles (copy-check.ts).
import type { Report } from '../schema'
import { unitKey } from '../region'
import { fnv1a as hash } from '../fnv1a'

const SHINGLE = 5
export const HASHES = 64

/**
 * The text compared: digits, spaces and punctuation removed, and each unit's own name (and its
 * short form) blanked, so that "白沙镇" → "半坡镇" over a copied text does not hide it.
 */
export function normalize(text: string, names: readonly string[]): string {
  let out = text
  for (const n of names) if (n.length >= 2) out = out.split(n).join('')
  return out.replace(/[\s\d０-９，。、；：！？,.;:!?“”"'‘’（）()《》〈〉【】[\]—\-…·]/g, '')
}

export function namesOf(report: Report): string[] {
  const full = report.meta.agency.trim()
  const key = unitKey(full)
  // The bare place name as the text uses it: "伊川县白沙镇" → "白沙镇", "白沙".
  const place = /([^省市县区旗]+[镇乡街道办局委])$/.exec(key)?.[1] ?? ''
  return [full, key, place, place.replace(/(镇|乡|街道)$/, '')].filter(Boolean).sort((x, y) => y.length - x.length)
}

export function shingles(text: string): Set<number> {
  const out = new Set<number>()
  for (let i = 0; i + SHINGLE <= text.length; i++) out.add(hash(text.slice(i, i + SHINGLE)))
  return out
}

// Fixed odd multipliers and offsets: h_k(x) = (a_k·x + b_k) mod 2^32, the same in every run.
const A = Array.from({ length: HASHES }, (_, k) => (hash(`a${k}`) | 1) >>> 0)
const B = Array.from({ length: HASHES }, (_, k) => hash(`b${k}`))

export function signature(set: ReadonlySet<number>): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff)
  for (const x of set) {
    for (let k = 0; k < HASHES; k++) {
      const v = (Math.imul(A[k]!, x) + B[k]!) >>> 0
      if (v < sig[k]!) sig[k] = v
    }
  }
  return sig
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const x of small) if (large.has(x)) shared++
  const union = a.size + b.size - shared
  return union === 0 ? 0 : shared / union
}
