// Numbers as written in Chinese prose and dates: "3", "３", "三", "十二", "一百零五", "零", and the
// positional digits of a year ("二〇二五"). The one Chinese-numeral parser of the app.
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
/** ○ (U+25CB) and the letter O are common stand-ins for 〇 in typed dates. */
const ZERO_LOOKALIKES = /[○OＯ]/g

/** Pattern source for one number in prose (Arabic or Chinese numerals). */
export const NUMBER_PATTERN = '[0-9０-９]+|[零〇一二两三四五六七八九十百千]+'

/** "十二" → 12, "一百零五" → 105, "３" → 3; null when the text is not one number. */
export function parseProseNumber(text: string): number | null {
  const ascii = text.normalize('NFKC')
  if (/^\d+$/.test(ascii)) return Number(ascii)
  if (text === '') return null
  let total = 0
  let digit = 0
  let seen = false
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch] ?? 0
      seen = true
    } else if (ch in UNITS) {
      total += (seen ? digit : 1) * (UNITS[ch] ?? 1)
      digit = 0
      seen = false
    } else return null
  }
  return total + digit
}

/** "二〇二五" → 2025 (digit by digit, as years are written); null when a character is no digit. */
export function parsePositionalNumber(text: string): number | null {
  const ascii = text.normalize('NFKC')
  if (/^\d+$/.test(ascii)) return Number(ascii)
  const digits = [...text.replace(ZERO_LOOKALIKES, '〇')].map((ch) => DIGITS[ch])
  return digits.length > 0 && digits.every((d) => d !== undefined) ? Number(digits.join('')) : null
}
