// The one numeric cell parser: typing, pasting from Excel/WPS and importing .docx all go through
// it, so "０", "1,234", "/" and "无" mean the same thing everywhere.
import type { ValueType } from './tables/table-def'
import { FEE_COLUMN } from './tables/table2'
import { foldText } from './text'

export type CellParse = { ok: true; value: number | null } | { ok: false; message: string }

/** Tokens that published reports and spreadsheets use for an empty cell. */
const BLANK_TOKENS = new Set(['', '/', '-', '—', '——', '–', '无', '空', '－'])

const MAX_COUNT = 1_000_000_000_000

/** Full-width digits and punctuation (from a Chinese IME) to ASCII; strip all kinds of spaces. */
export function normaliseNumberText(raw: string): string {
  return foldText(raw)
    .replace(/，/g, ',')
    .replace(/。/g, '.')
}

/** Plain ASCII digits: what typing and most pastes give, read without normalising (same result). */
const PLAIN_DIGITS = /^\d{1,12}$/

/**
 * Digits on both sides of a space or a line break: several numbers in one piece of text (a table
 * row copied from a PDF viewer or a web page's text comes with spaces, not tabs; a Word or web
 * page cell may hold "1" and "2" as two paragraphs), never one number: "1 2 0 3" must not become
 * 1203, nor "1⏎2" 12.
 */
const SPACED_DIGITS = /\d[ \t\r\n\u00a0\u3000]+\d/

/** Whether the text holds numbers separated by spaces (parseCell refuses it as one number). */
export function hasSpacedDigits(raw: string): boolean {
  return SPACED_DIGITS.test(raw.normalize('NFKC'))
}

export function parseCell(raw: string, type: ValueType = 'integer', maxDecimals: number = FEE_COLUMN.maxDecimals): CellParse {
  if (typeof raw === 'string' && PLAIN_DIGITS.test(raw)) return { ok: true, value: Number(raw) }
  if (hasSpacedDigits(String(raw))) {
    return { ok: false, message: `“${shorten(raw)}”中有几个用空格或换行隔开的数：一个单元格只能填一个数，请分别填入各自的单元格` }
  }
  let text = normaliseNumberText(String(raw))
  if (BLANK_TOKENS.has(text)) return { ok: true, value: null }
  // A unit typed after the number is harmless: "5件", "0.5万元".
  text = text.replace(type === 'integer' ? /件$/ : /万元$/, '')
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '')
  if (/^-\d/.test(text)) return { ok: false, message: `“${raw.trim()}”是负数：这里只能填写不小于 0 的数` }
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text)
  if (!match) {
    const what = type === 'integer' ? '整数件数' : '金额（万元）'
    return { ok: false, message: `“${shorten(raw)}”不是数字：这里只能填写${what}；没有请填 0` }
  }
  const [, whole = '', fraction = ''] = match
  if (type === 'integer') {
    if (/[^0]/.test(fraction)) {
      return { ok: false, message: `“${raw.trim()}”带有小数：件数只能是整数` }
    }
    const value = Number(whole)
    if (value > MAX_COUNT) return { ok: false, message: `“${shorten(raw)}”过大：件数不能超过 ${MAX_COUNT}` }
    return { ok: true, value }
  }
  const trimmed = fraction.replace(/0+$/, '')
  if (trimmed.length > maxDecimals) {
    return { ok: false, message: `“${raw.trim()}”小数位过多：金额以万元为单位，最多保留 ${maxDecimals} 位小数` }
  }
  const value = Number(trimmed ? `${whole}.${trimmed}` : whole)
  if (value > MAX_COUNT) return { ok: false, message: `“${shorten(raw)}”过大` }
  return { ok: true, value }
}

function shorten(raw: string): string {
  const t = raw.trim()
  return t.length > 20 ? `${t.slice(0, 20)}…` : t
}

/** Number of decimals of a finite number as written in shortest form (for 万元 amounts). */
export function decimalPlaces(value: number): number {
  if (!Number.isFinite(value)) return 0
  const s = String(value)
  if (s.includes('e-')) return Number(s.split('e-')[1])
  const dot = s.indexOf('.')
  return dot === -1 ? 0 : s.length - dot - 1
}
