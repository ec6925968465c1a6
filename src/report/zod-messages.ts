// Zod's issues as Chinese clauses that say where and what, for every file read with a schema: a
// report file (parse-report.ts) and a rule pack (county/rule-pack.ts). Naming the place a path
// points to is the caller's (a report's cells in Chinese, never `table2/fees/amountWanYuan`);
// what is wrong is worded here, once. A value is quoted as the file writes it, never as `null`.
import type { z } from 'zod/mini'

export interface IssueWording {
  /** The place a path points to, in the user's words. */
  where: (path: readonly PropertyKey[]) => string
  /** How a text that must match a pattern is written, by its dotted path ("meta.publishDate"). */
  formats?: Readonly<Record<string, string>>
  /** Said after "应填写数字" (a report's unfilled cells are left empty). */
  numberHint?: string
}

/** A value as a message quotes it: JSON as in the file, cut short; no value and null in words. */
export function quoteValue(value: unknown): string {
  if (value === undefined) return '（缺失）'
  if (value === null) return '空值'
  if (typeof value === 'number' && !Number.isFinite(value)) return '无效的数'
  return JSON.stringify(value)?.slice(0, 40) ?? String(value)
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字', boolean: '“是”或“否”（true 或 false）', array: '列表（[…]）', object: '一组字段（{…}）', record: '一组字段（{…}）',
}

function wrongType(issue: z.core.$ZodIssueInvalidType, wording: IssueWording): string {
  const value = quoteValue(issue.input)
  if (issue.input === undefined) return '缺少此项'
  if (issue.expected === 'int' && typeof issue.input === 'number') return `${value} 带有小数，应为整数`
  if (issue.expected === 'number' || issue.expected === 'int') return `${value} 不是数字，应填写数字${wording.numberHint ?? ''}`
  const name = TYPE_NAMES[issue.expected]
  return name ? `应为${name}，实际为 ${value}` : `类型不正确，实际为 ${value}`
}

/** A text or list below its minimum length, or a number below its minimum, in words. */
function tooSmall(issue: z.core.$ZodIssueTooSmall): string {
  const min = Number(issue.minimum)
  if (issue.origin === 'string') return min <= 1 ? '不能为空' : `至少应有 ${min} 个字`
  if (issue.origin === 'array') return min <= 1 ? '不能为空' : `至少应有 ${min} 项`
  const bound = min === 0 ? (issue.inclusive ? '不能为负数' : '应大于 0') : issue.inclusive ? `不能小于 ${min}` : `应大于 ${min}`
  return `${bound}（${quoteValue(issue.input)}）`
}

function tooBig(issue: z.core.$ZodIssueTooBig): string {
  const max = Number(issue.maximum)
  if (issue.origin === 'string') return `不能超过 ${max} 个字`
  if (issue.origin === 'array') return `不能超过 ${max} 项`
  // The safe-integer bound of z.int() is no limit a person set: the number is simply too large.
  const bound = max >= Number.MAX_SAFE_INTEGER ? '数值过大' : issue.inclusive ? `不能大于 ${max}` : `应小于 ${max}`
  return `${bound}（${quoteValue(issue.input)}）`
}

/** One issue as "where：what", without closing punctuation (callers join or end it). */
function describeIssue(issue: z.core.$ZodIssue, wording: IssueWording): string {
  const where = wording.where(issue.path)
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${where}含有无法识别的字段：${issue.keys.join('、')}`
    case 'invalid_type':
      return `${where}：${wrongType(issue, wording)}`
    case 'too_small':
      return `${where}：${tooSmall(issue)}`
    case 'too_big':
      return `${where}：${tooBig(issue)}`
    case 'invalid_format': {
      const hint = wording.formats?.[issue.path.map(String).join('.')]
      return `${where}：格式不正确（${quoteValue(issue.input)}）${hint ? `，${hint}` : ''}`
    }
    case 'invalid_value':
      return `${where}：取值 ${quoteValue(issue.input)} 不在允许范围内（${issue.values.map((v) => String(v)).join('、')}）`
    default:
      return `${where}：取值不正确（${quoteValue(issue.input)}）`
  }
}

/** The first `max` places with a problem, one message each (its first issue), then one line counting the rest. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], wording: IssueWording, max: number): string[] {
  const seen = new Set<string>()
  const first = issues.filter((issue) => {
    const key = JSON.stringify(issue.path.map(String))
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  const out = first.slice(0, max).map((issue) => describeIssue(issue, wording))
  if (first.length > max) out.push(`……另有 ${first.length - max} 处问题未列出`)
  return out
}
