// Matching captions as published reports write them against the canonical captions of the table
// definitions: full/half-width forms, spaces and line breaks inside a caption, "1、" for "1.",
// and a few known variants. An inexact match is accepted but reported (W-CAPTION).
import { foldText } from './text'
import { bigrams, bigramSimilarity } from './similarity'

/** Texts already normalised: a report's tables repeat the same captions and numbers, and a batch repeats the reports. */
const normalised = new Map<string, string>()
const MAX_NORMALISED = 8192

/** NFKC (full-width → ASCII, （）→ ()), no whitespace at all, one kind of quote, "1、" → "1.". */
export function normaliseCaption(text: string): string {
  let norm = normalised.get(text)
  if (norm === undefined) {
    norm = normalise(text)
    if (normalised.size >= MAX_NORMALISED) normalised.clear()
    normalised.set(text, norm)
  }
  return norm
}

function normalise(text: string): string {
  return foldText(text)
    .replace(/[“”„‟"'‘’「」『』]/g, '')
    .replace(/[〔【［]/g, '[')
    .replace(/[〕】］]/g, ']')
    .replace(/^(\d{1,2})[、,，.．]/, '$1.')
    .replace(/^\((\d{1,2}|[一二三四五六七八九十]{1,2})\)[、.,]?/, '($1)')
    .replace(/[:：。.]+$/, '')
}

/**
 * Published wording that differs from the canonical caption, keyed by the canonical caption.
 * These are deviations reported as W-CAPTION, not alternatives (report-format.md §3.2, §5).
 */
const KNOWN_VARIANTS: Record<string, string[]> = {
  '2.其他法律行政法规禁止公开': ['2.其他法律法规禁止公开', '2.法律行政法规禁止公开'],
  总计: ['合计'],
  '（七）总计': ['（七）合计'],
  行政规范性文件: ['规范性文件', '其他规范性文件'],
  现行有效件数: ['现行有效件'],
}

export interface Candidate<T> {
  value: T
  caption: string
}

export interface CaptionMatch<T> {
  value: T
  caption: string
  exact: boolean
}

const FUZZY_MIN = 0.6
const FUZZY_MARGIN = 0.08
/** The longest official caption has 37 characters; a cell of prose is no caption. */
const MAX_FUZZY_LENGTH = 80

interface Prepared {
  norms: string[]
  variants: string[][]
  /** Each normalised caption's bigrams and leading item number, for the fuzzy comparison. */
  grams: Map<string, number>[]
  numbers: (string | undefined)[]
  /** The answer for a normalised text already asked about (reports repeat the same captions). */
  answers: Map<string, number | null>
}

/** Candidate lists are module constants: their normalised captions are computed once. */
const prepared = new WeakMap<readonly Candidate<unknown>[], Prepared>()
/** How many answers a candidate list keeps (a batch of thousands of reports asks about the same few hundred captions). */
const MAX_ANSWERS = 4096

const itemNumber = (norm: string) => /^(\(?[\d一二三四五六七八九十]+\)?)\.?/.exec(norm)?.[1]

function prepare<T>(candidates: readonly Candidate<T>[]): Prepared {
  let p = prepared.get(candidates)
  if (!p) {
    const norms = candidates.map((c) => normaliseCaption(c.caption))
    p = {
      norms,
      variants: candidates.map((c) => (KNOWN_VARIANTS[c.caption] ?? []).map(normaliseCaption)),
      grams: norms.map(bigrams),
      numbers: norms.map(itemNumber),
      answers: new Map(),
    }
    prepared.set(candidates, p)
  }
  return p
}

/** The candidate whose caption the text is; null when none fits clearly enough. */
export function matchCaption<T>(text: string, candidates: readonly Candidate<T>[]): CaptionMatch<T> | null {
  const norm = normaliseCaption(text)
  if (!norm) return null
  const p = prepare(candidates)
  const exact = p.norms.indexOf(norm)
  if (exact >= 0) return { value: candidates[exact]!.value, caption: candidates[exact]!.caption, exact: true }
  let found = p.answers.get(norm)
  if (found === undefined) {
    found = inexact(norm, p)
    if (p.answers.size >= MAX_ANSWERS) p.answers.clear()
    p.answers.set(norm, found)
  }
  return found === null ? null : { value: candidates[found]!.value, caption: candidates[found]!.caption, exact: false }
}

/** The index of the candidate a text that is none of them exactly stands for, or null. */
function inexact(norm: string, { norms, variants, grams, numbers }: Prepared): number | null {
  const variant = variants.findIndex((v) => v.includes(norm))
  if (variant >= 0) return variant
  // Long captions survive small edits; two-character captions (规章, 其他) must match exactly.
  if (norm.length < 4 || norm.length > MAX_FUZZY_LENGTH) return null
  const own = bigrams(norm)
  const number = itemNumber(norm)
  let best = -1
  let bestScore = -Infinity
  let second = -Infinity
  norms.forEach((_, i) => {
    // Bigram similarity, and a leading item number ("2.") that differs counts against a match.
    const penalty = number && numbers[i] && number !== numbers[i] ? 0.2 : 0
    const score = bigramSimilarity(own, grams[i]!) - penalty
    if (score > bestScore) {
      second = bestScore
      bestScore = score
      best = i
    } else if (score > second) second = score
  })
  if (best < 0 || bestScore < FUZZY_MIN || bestScore - second < FUZZY_MARGIN) return null
  return best
}
