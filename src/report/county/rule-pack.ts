// Rule packs (report-file.md §12): a region's own demands — a publishing deadline, section
// lengths, phrases that must appear — and its scoring, as a JSON file that tools outside the app
// also write. Read with zod (Chinese messages for a bad pack); applied by packIssues.
import * as z from 'zod/mini'
import { issue, type Issue } from '../issue'
import { NARRATIVE_FIELDS } from '../narrative-fields'
import type { Report } from '../schema'
import { SECTIONS } from '../sections'
import { stripSpaces } from '../text'
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
  format: '格式标识 format', version: '版本 version', name: '名称 name', start: '起始分 start',
  deadline: '截止日期 deadline', maxChars: '字数上限 maxChars', requiredPhrases: '必备表述 requiredPhrases', points: '扣分 points',
}

/** "必备表述 requiredPhrases（overview 第 1 项）": a list position counted from 1, as people count. */
function where(path: readonly PropertyKey[]): string {
  const [head, ...rest] = path
  const name = head === undefined ? '规则包' : KEY_NAMES[String(head)] ?? String(head)
  const parts = rest.map((p) => (typeof p === 'number' ? `第 ${p + 1} 项` : String(p)))
  return `${name}${parts.length ? `（${parts.join(' ')}）` : ''}`
}

const TYPE_NAMES: Record<string, string> = { number: '数字', int: '整数', string: '文字', array: '列表', record: '对象', object: '对象', boolean: '是（true）或否（false）' }

/** What a value below its minimum should have been: a text or list not empty, a number not negative or above 0. */
function tooSmall(i: z.core.$ZodIssueTooSmall): string {
  if (i.origin === 'string' || i.origin === 'array') return '不能为空'
  return Number(i.minimum) === 0 ? (i.inclusive ? '不能为负数' : '应大于 0') : `不能小于 ${i.minimum}`
}

function describe(i: z.core.$ZodIssue): string {
  const at = where(i.path)
  if (i.path[0] === 'format') return `不是规则包文件：format 应为 “${RULE_PACK_FORMAT}”`
  if (i.path[0] === 'version') return '不支持的规则包版本：version 应为 1'
  if (i.path[0] === 'deadline') return `${at}应写成“月-日”，如 "01-31"`
  if (i.code === 'invalid_type') return `${at}：${i.input === undefined ? '缺少此项' : `应为${TYPE_NAMES[i.expected] ?? '其他类型'}`}`
  if (i.code === 'too_small') return `${at}：${tooSmall(i)}`
  return `${at}：格式不正确`
}

export type PackParse = { ok: true; pack: RulePack } | { ok: false; errors: string[] }

export function parseRulePack(text: string): PackParse {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''))
  } catch {
    return { ok: false, errors: ['规则包不是有效的 JSON 文件'] }
  }
  const result = rulePackSchema.safeParse(data, { reportInput: true })
  if (!result.success) return { ok: false, errors: result.error.issues.slice(0, 10).map(describe) }
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
