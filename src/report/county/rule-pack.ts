// Rule packs (report-file.md §12): a region's own demands — a publishing deadline, section
// lengths, phrases that must appear — and its scoring, as a JSON file that tools outside the app
// also write. Read with zod (Chinese messages for a bad pack); applied by packIssues.
import * as z from 'zod/mini'
import { issue, type Issue } from '../issue'
import { NARRATIVE_FIELDS } from '../narrative-fields'
import type { Report } from '../schema'
import { SECTIONS } from '../sections'
import { stripSpaces } from '../text'
import { describeIssues, quoteValue, type IssueWording } from '../zod-messages'
import { narrativeLabel } from '../narrative-fields'

const RULE_PACK_FORMAT = 'gov-info-rule-pack'

const points = z.number().check(z.nonnegative())

export const rulePackSchema = z.object({
  format: z.literal(RULE_PACK_FORMAT),
  version: z.literal(1),
  name: z.string().check(z.minLength(1)),
  start: z.number(),
  deadline: z.optional(z.string().check(z.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/))),
  maxChars: z.optional(z.record(z.string(), z.number().check(z.int(), z.positive()))),
  requiredPhrases: z.optional(z.record(z.string(), z.array(z.string().check(z.minLength(1))))),
  points: z.optional(z.record(z.string(), points)),
})

export type RulePack = z.infer<typeof rulePackSchema>

/** Field paths and section ids a pack may name in maxChars and requiredPhrases. */
const TARGETS = new Set<string>([...NARRATIVE_FIELDS.map((f) => f.path), ...SECTIONS.map((s) => s.id)])

const KEY_NAMES: Record<string, string> = {
  name: '名称 name', start: '起始分 start',
  deadline: '截止日期 deadline', maxChars: '字数上限 maxChars', requiredPhrases: '必备表述 requiredPhrases', points: '扣分 points',
}

/** "必备表述 requiredPhrases（overview 第 1 项）": a list position counted from 1, as people count. */
function where(path: readonly PropertyKey[]): string {
  const [head, ...rest] = path
  const name = head === undefined ? '规则包' : KEY_NAMES[String(head)] ?? String(head)
  const parts = rest.map((p) => (typeof p === 'number' ? `第 ${p + 1} 项` : String(p)))
  return `${name}${parts.length ? `（${parts.join(' ')}）` : ''}`
}

/** A rule pack's fields in messages; the deadline's pattern in words. */
const PACK_WORDING: IssueWording = { where, formats: { deadline: '应写成“月-日”，如 "01-31"' } }

export type PackParse = { ok: true; pack: RulePack } | { ok: false; errors: string[] }

export function parseRulePack(text: string): PackParse {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''))
  } catch {
    return { ok: false, errors: ['规则包不是有效的 JSON 文件'] }
  }
  // Whether this is a rule pack at all, before what is wrong inside one.
  const record = typeof data === 'object' && data !== null ? data as Record<string, unknown> : {}
  if (record.format !== RULE_PACK_FORMAT) return { ok: false, errors: [`不是规则包文件：format 应为 “${RULE_PACK_FORMAT}”，实际为 ${quoteValue(record.format)}`] }
  if (record.version !== 1) return { ok: false, errors: [`不支持的规则包版本：version 应为 1，实际为 ${quoteValue(record.version)}`] }
  const result = rulePackSchema.safeParse(data, { reportInput: true })
  if (!result.success) return { ok: false, errors: describeIssues(result.error.issues, PACK_WORDING, 10) }
  const pack = result.data
  const unknown = [...Object.keys(pack.maxChars ?? {}), ...Object.keys(pack.requiredPhrases ?? {})].filter((k) => !TARGETS.has(k))
  if (unknown.length > 0) {
    return { ok: false, errors: [`规则包中不认识的字段或部分：${[...new Set(unknown)].join('、')}（可用如 overview、problems、otherMatters.text）`] }
  }
  return { ok: true, pack }
}

/** The text of a target: one narrative field, or all fields of a section together. */
function targetText(report: Report, target: string): { text: string; cells: string[]; label: string } {
  const fields = NARRATIVE_FIELDS.filter((f) => f.path === target || (f.section === target && f.path !== 'overview.preface'))
  const section = SECTIONS.find((s) => s.id === target)
  return {
    text: fields.map((f) => f.get(report)).join('\n'),
    cells: fields.map((f) => f.path),
    label: section && !fields.some((f) => f.path === target) ? section.heading : narrativeLabel(target),
  }
}

/** The last day of the deadline for a report year: "01-31" of the year after it. */
function packDeadline(pack: RulePack, year: number): string | null {
  return pack.deadline ? `${year + 1}-${pack.deadline}` : null
}

/** PACK-LATE (error), PACK-LENGTH and PACK-PHRASE (warnings) of one report under a pack. */
export function packIssues(report: Report, pack: RulePack): Issue[] {
  const out: Issue[] = []
  const deadline = packDeadline(pack, report.meta.year)
  const date = report.meta.publishDate
  if (deadline && date && date > deadline) {
    out.push(issue('PACK-LATE', 'error', 'meta', ['meta.publishDate'],
      `成文日期 ${date} 晚于${pack.name}规定的公布期限 ${deadline}：报告应在期限内公布`))
  }
  for (const [target, max] of Object.entries(pack.maxChars ?? {})) {
    const { text, cells, label } = targetText(report, target)
    const length = stripSpaces(text).length
    if (length > max) {
      out.push(issue('PACK-LENGTH', 'warning', cells[0] ? NARRATIVE_FIELDS.find((f) => f.path === cells[0])!.section : 'overview', cells,
        `“${label}”共 ${length} 字，超过${pack.name}规定的 ${max} 字：请精简`))
    }
  }
  for (const [target, phrases] of Object.entries(pack.requiredPhrases ?? {})) {
    const { text, cells, label } = targetText(report, target)
    const flat = stripSpaces(text)
    const missing = phrases.filter((p) => !flat.includes(stripSpaces(p)))
    if (missing.length > 0) {
      out.push(issue('PACK-PHRASE', 'warning', cells[0] ? NARRATIVE_FIELDS.find((f) => f.path === cells[0])!.section : 'overview', cells,
        `“${label}”中没有${pack.name}要求写明的内容：${missing.map((p) => `“${p}”`).join('、')}`))
    }
  }
  return out
}
