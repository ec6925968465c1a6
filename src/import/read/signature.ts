// The signature block that closes a report (seed 003): the agency on one line and the date
// "2025年1月26日" on the next, after section 六. Dates in Chinese numerals ("二〇二五年一月二十六日")
// are read too.
import { parsePositionalNumber, parseProseNumber } from '../../report/cn-number'
import { stripSpaces } from '../../report/text'
import type { Block } from './document'
import type { Outline } from './read-sections'

export interface Signature {
  /** Index of the first block of the signature (agency line, or the date line). */
  start: number
  agency: string | null
  /** ISO date YYYY-MM-DD, or null for a signature without a date. */
  date: string | null
}

/** "2025年1月26日" or "二〇二五年一月二十六日" → "2025-01-26"; null if it is not a valid date. */
export function parseChineseDate(raw: string): string | null {
  const text = raw.normalize('NFKC').replace(/\s+/g, '')
  const m = /^([\d〇零○O一二三四五六七八九]{4})年([\d一二三四五六七八九十]{1,3})月([\d一二三四五六七八九十]{1,3})日$/.exec(text)
  if (!m) return null
  const year = parsePositionalNumber(m[1]!)
  const month = parseProseNumber(m[2]!)
  const day = parseProseNumber(m[3]!)
  if (year === null || month === null || day === null) return null
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const AGENCY = /(人民政府|办事处|委员会|政府|局|办公室|中心|镇|乡|街道|委|办|院|所|站|队)$/

/** The last non-empty paragraphs of the document, if they are an agency line and a date. */
export function readSignature(blocks: readonly Block[], outline: Outline): Signature | null {
  const after = outline.sections.at(-1)?.start ?? 0
  const tail: { text: string; index: number }[] = []
  for (let i = blocks.length - 1; i > after && tail.length < 2; i--) {
    const b = blocks[i]!
    if (b.kind === 'table') break
    // A seal or signature image beside the signature is passed over.
    if (b.kind === 'paragraph' && b.text.trim()) tail.unshift({ text: b.text.trim(), index: i })
  }
  const last = tail.at(-1)
  if (!last) return null
  const date = parseChineseDate(last.text)
  if (!date) {
    // A signature without a date is the agency alone, the same name as in the title.
    const agency = stripSpaces(last.text)
    return outline.title?.agency && agency === outline.title.agency ? { start: last.index, agency, date: null } : null
  }
  const agencyLine = tail.length === 2 ? tail[0]! : null
  const agency = agencyLine && agencyLine.text.length <= 40 && AGENCY.test(stripSpaces(agencyLine.text)) ? stripSpaces(agencyLine.text) : null
  return { start: agency ? agencyLine!.index : last.index, agency, date }
}
