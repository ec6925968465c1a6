// @vitest-environment node
// The one translation of zod's issues: every kind worded in Chinese with the place the caller
// names; no English default, no `null`, no internal path; the report file and the rule pack use it.
import * as z from 'zod/mini'
import { describe, expect, it } from 'vitest'
import { balancedReport } from './fixtures/balanced'
import { parseReport } from './parse-report'
import { describeIssues, quoteValue, type IssueWording } from './zod-messages'

const schema = z.strictObject({
  count: z.nullable(z.int().check(z.minimum(0))),
  year: z.int().check(z.minimum(2000), z.maximum(2100)),
  share: z.number().check(z.positive()),
  name: z.string().check(z.minLength(1), z.maxLength(4)),
  list: z.array(z.string()).check(z.minLength(2), z.maxLength(3)),
  flag: z.boolean(),
  group: z.object({ a: z.string() }),
  date: z.string().check(z.regex(/^\d{2}-\d{2}$/)),
  code: z.string().check(z.regex(/^\d+$/)),
  kind: z.enum(['town', 'county']),
})
const valid = { count: 1, year: 2024, share: 1, name: '某镇', list: ['a', 'b'], flag: true, group: { a: '' }, date: '01-31', code: '7', kind: 'town' }
const NAMES: Record<string, string> = { count: '件数', year: '年度', share: '占比', name: '名称', list: '清单', flag: '落款', group: '分组', date: '日期', code: '代码', kind: '类型' }
const wording: IssueWording = {
  where: (path) => (path.length === 0 ? '文件' : path.map((p) => NAMES[String(p)] ?? String(p)).join('的')),
  formats: { date: '应写作“月-日”' },
  numberHint: '（未填写的留空）',
}

function messages(change: Record<string, unknown>, max = 20): string[] {
  const result = schema.safeParse({ ...valid, ...change }, { reportInput: true })
  if (result.success) throw new Error('accepted')
  return describeIssues(result.error.issues, wording, max)
}

describe('describeIssues', () => {
  it('says what is wrong with a number: missing, a fraction, not a number, out of range', () => {
    expect(messages({ count: undefined })).toEqual(['件数：缺少此项'])
    expect(messages({ count: 1.5 })).toEqual(['件数：1.5 带有小数，应为整数'])
    expect(messages({ count: '7' })).toEqual(['件数："7" 不是数字，应填写数字（未填写的留空）'])
    expect(messages({ count: -2 })).toEqual(['件数：不能为负数（-2）'])
    expect(messages({ year: 1999 })).toEqual(['年度：不能小于 2000（1999）'])
    expect(messages({ year: 2200 })).toEqual(['年度：不能大于 2100（2200）'])
    expect(messages({ year: 1e20 })).toEqual(['年度：数值过大（100000000000000000000）'])
    expect(messages({ share: 0 })).toEqual(['占比：应大于 0（0）'])
  })

  it('never quotes a value as null: an infinite number and null are said in words', () => {
    expect(messages({ count: Number.POSITIVE_INFINITY })).toEqual(['件数：无效的数 不是数字，应填写数字（未填写的留空）'])
    expect(messages({ name: null })).toEqual(['名称：应为文字，实际为 空值'])
    expect(quoteValue(Number.NaN)).toBe('无效的数')
  })

  it('says what is wrong with texts, lists, switches, groups, patterns and choices', () => {
    expect(messages({ name: '' })).toEqual(['名称：不能为空'])
    expect(messages({ name: '某某县某某镇' })).toEqual(['名称：不能超过 4 个字'])
    expect(messages({ list: ['a'] })).toEqual(['清单：至少应有 2 项'])
    expect(messages({ list: ['a', 'b', 'c', 'd'] })).toEqual(['清单：不能超过 3 项'])
    expect(messages({ flag: 'yes' })).toEqual(['落款：应为“是”或“否”（true 或 false），实际为 "yes"'])
    expect(messages({ group: 5 })).toEqual(['分组：应为一组字段（{…}），实际为 5'])
    expect(messages({ date: '1月31日' })).toEqual(['日期：格式不正确（"1月31日"），应写作“月-日”'])
    expect(messages({ code: 'x' })).toEqual(['代码：格式不正确（"x"）'])
    expect(messages({ kind: 'village' })).toEqual(['类型：取值 "village" 不在允许范围内（town、county）'])
    expect(messages({ extra: 1, other: 2 })).toEqual(['文件含有无法识别的字段：extra、other'])
  })

  it('one message per place, at most max places, and the rest counted', () => {
    const all = messages({ count: -1, year: 1, share: -1, name: '' }, 2)
    expect(all).toEqual(['件数：不能为负数（-1）', '年度：不能小于 2000（1）', '……另有 2 处问题未列出'])
  })

  it('no message of any wrong value shows English, null or undefined', () => {
    const junk = [undefined, null, Number.NaN, -1, 0.5, 1e30, '', 'x', [], [1, 2, 3, 4, 5], {}, true]
    for (const key of Object.keys(valid)) {
      for (const value of junk) {
        const result = schema.safeParse({ ...valid, [key]: value }, { reportInput: true })
        if (result.success) continue
        for (const m of describeIssues(result.error.issues, wording, 20)) expect(m).not.toMatch(/[A-Z][a-z]+ [a-z]|null|undefined|NaN/)
      }
    }
  })
})

describe('a report file that went through the translator', () => {
  it('names a cell in Chinese and quotes an infinite number in words', () => {
    const data = balancedReport() as unknown as { table3: Record<string, Record<string, unknown>>; meta: Record<string, unknown> }
    data.table3.granted!.naturalPerson = Number.POSITIVE_INFINITY
    data.meta.year = 1999
    const result = parseReport(data)
    expect(result.ok).toBe(false)
    const errors = result.ok ? [] : result.errors
    expect(errors).toContain('报告年度：不能小于 2000（1999）。')
    expect(errors.find((e) => e.startsWith('表三 “（一）予以公开” 行 “自然人” 列'))).toMatch(/无效的数 不是数字/)
    for (const e of errors) expect(e).not.toMatch(/null|table3|naturalPerson/)
  })
})
