// Every piece of text that enters the report goes through cleanText (text.ts): typed, pasted,
// read from a .json or a .docx file, or restored from storage. The Word export applies it once
// more, so no report, however it was made, can yield a document Word refuses.
import { NARRATIVE_FIELDS } from './narrative-fields'
import type { Report } from './schema'
import { cleanText } from './text'

export interface CleanedField {
  path: string
  label: string
  removed: number
}

/** The report with its text cleaned (a copy when anything changed), and where characters were removed. */
export function cleanReportText(report: Report): { report: Report; cleaned: CleanedField[] } {
  const cleaned: CleanedField[] = []
  let out = report
  const copy = () => (out === report ? (out = structuredClone(report)) : out)
  const agency = cleanText(report.meta.agency)
  if (agency.text !== report.meta.agency) copy().meta.agency = agency.text
  if (agency.removed > 0) cleaned.push({ path: 'meta.agency', label: '机关全称', removed: agency.removed })
  for (const field of NARRATIVE_FIELDS) {
    const before = field.get(report)
    const after = cleanText(before)
    if (after.text !== before) field.set(copy(), after.text)
    if (after.removed > 0) cleaned.push({ path: field.path, label: field.label, removed: after.removed })
  }
  return { report: out, cleaned }
}

/** "已删除 3 个无法写入 Word 文档的字符（一（一）主动公开 2 个、机关全称 1 个）" or '' when none. */
export function cleanedMessage(cleaned: readonly CleanedField[]): string {
  const total = cleaned.reduce((n, c) => n + c.removed, 0)
  if (total === 0) return ''
  return `已删除 ${total} 个无法写入 Word 文档的字符（控制字符、U+FFFE/U+FFFF 或残缺的代理字符，显示为空白或乱码）：`
    + cleaned.map((c) => `${c.label} ${c.removed} 个`).join('、')
}
