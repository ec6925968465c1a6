// Numbers as written in report prose: "3", "３", "三", "十二", "一百零五", "零".
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

/** Pattern source for one number in prose (Arabic or Chinese numerals). */
export const NUMBER_PATTERN = '[0-9０-９]+|[零〇一二两三四五六七八九十百千]+'

export function parseProseNumber(text: string): number | null {
  const ascii = text.normalize('NFKC')
  if (/^\d+$/.test(ascii)) return Number(ascii)
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
