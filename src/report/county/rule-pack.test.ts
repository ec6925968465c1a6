// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { FIXTURES } from '../fixtures/test-reports'
import { issue } from '../issue'
import type { Report } from '../schema'
import { SHIPPED_PACKS } from './packs'
import { packIssues, parseRulePack, type RulePack } from './rule-pack'
import { deductionText, scoreReport } from './scoring'

const seed = (): Report => structuredClone(FIXTURES[0]![1])
const SPEC_EXAMPLE = { format: 'gov-info-rule-pack', version: 1, name: '某市年报评分（示例）', start: 100, deadline: '01-31',
  maxChars: { overview: 3000 }, requiredPhrases: { 'otherMatters.text': ['信息处理费'] },
  points: { 'PACK-LATE': 1, 'T3-BALANCE': 0.5, 'T4-TOTAL': 0.5, 'X-COPY-UNIT': 5 } }

const parsed = (data: unknown): RulePack => {
  const r = parseRulePack(JSON.stringify(data))
  if (!r.ok) throw new Error(r.errors.join('\n'))
  return r.pack
}

describe('parseRulePack', () => {
  it('reads the example of report-file.md §12 and the packs that ship', () => {
    expect(parsed(SPEC_EXAMPLE).points?.['X-COPY-UNIT']).toBe(5)
    expect(SHIPPED_PACKS.map((p) => p.id)).toEqual(['national', 'local-example'])
  })

  it('says in Chinese what is wrong with a bad pack', () => {
    const bad = (data: unknown) => { const r = parseRulePack(typeof data === 'string' ? data : JSON.stringify(data)); return r.ok ? [] : r.errors }
    expect(bad('{ not json')).toEqual(['规则包不是有效的 JSON 文件'])
    expect(bad({ ...SPEC_EXAMPLE, format: 'x' })[0]).toBe('不是规则包文件：format 应为 “gov-info-rule-pack”，实际为 "x"')
    expect(bad({ ...SPEC_EXAMPLE, version: 2 })[0]).toBe('不支持的规则包版本：version 应为 1，实际为 2')
    expect(bad({ ...SPEC_EXAMPLE, deadline: '1月31日' })[0]).toBe('截止日期 deadline：格式不正确（"1月31日"），应写成“月-日”，如 "01-31"')
    expect(bad({ ...SPEC_EXAMPLE, start: '100' })[0]).toBe('起始分 start："100" 不是数字，应填写数字')
    expect(bad({ ...SPEC_EXAMPLE, points: { 'T3-BALANCE': -1 } })[0]).toContain('扣分 points（T3-BALANCE）')
    expect(bad({ ...SPEC_EXAMPLE, maxChars: { 总体情况: 100 } })[0]).toContain('不认识的字段或部分：总体情况')
  })

  it('says what a value below its minimum should be, in words, and counts list items from 1', () => {
    const bad = (data: unknown) => { const r = parseRulePack(JSON.stringify({ ...SPEC_EXAMPLE, ...(data as object) })); return r.ok ? [] : r.errors }
    expect(bad({ points: { 'T3-BALANCE': -1 } })).toEqual(['扣分 points（T3-BALANCE）：不能为负数（-1）'])
    expect(bad({ maxChars: { overview: 0 } })).toEqual(['字数上限 maxChars（overview）：应大于 0（0）'])
    expect(bad({ maxChars: { overview: 1.5 } })).toEqual(['字数上限 maxChars（overview）：1.5 带有小数，应为整数'])
    expect(bad({ name: '' })).toEqual(['名称 name：不能为空'])
    expect(bad({ requiredPhrases: { overview: ['依申请公开', ''] } })).toEqual(['必备表述 requiredPhrases（overview 第 2 项）：不能为空'])
  })
})

describe('packIssues', () => {
  const pack = parsed(SPEC_EXAMPLE)

  it('PACK-LATE: a publish date after the deadline of the following year is an error', () => {
    const r = seed()
    r.meta.publishDate = '2025-01-31'
    expect(packIssues(r, pack)).toEqual([])
    r.meta.publishDate = '2025-02-01'
    const [late] = packIssues(r, pack)
    expect(late).toMatchObject({ ruleId: 'PACK-LATE', severity: 'error', cells: ['meta.publishDate'] })
    expect(late!.message).toContain('2025-01-31')
  })

  it('PACK-LENGTH counts a section\'s fields together; PACK-PHRASE names the missing phrase', () => {
    const r = seed()
    r.overview.proactive = '公开'.repeat(1600)
    r.otherMatters.text = '本单位未收取费用。'
    const found = packIssues(r, pack)
    expect(found.map((i) => [i.ruleId, i.severity])).toEqual([['PACK-LENGTH', 'warning'], ['PACK-PHRASE', 'warning']])
    expect(found[0]!.cells).toContain('overview.proactive')
    expect(found[0]!.message).toMatch(/“一、总体情况”共 \d+ 字，超过某市年报评分（示例）规定的 3000 字/)
    expect(found[1]!.message).toContain('“信息处理费”')
    r.otherMatters.text = '本单位未收取信息 处理费。'
    expect(packIssues(r, pack).map((i) => i.ruleId)).toEqual(['PACK-LENGTH'])
  })
})

describe('scoreReport', () => {
  const pack = parsed(SPEC_EXAMPLE)

  it('deducts each rule\'s points once, however often it fires', () => {
    const issues = [issue('T3-BALANCE', 'error', 'requests', [], ''), issue('T3-BALANCE', 'error', 'requests', [], ''),
      issue('PACK-LATE', 'error', 'meta', [], ''), issue('W-PUBDATE', 'warning', 'meta', [], '')]
    const s = scoreReport(issues, pack)
    expect(s).toEqual({ score: 98.5, deductions: [{ rule: 'PACK-LATE', points: 1 }, { rule: 'T3-BALANCE', points: 0.5 }] })
    expect(deductionText(s.deductions)).toBe('公布逾期 −1；表三勾稽关系 −0.5')
    expect(deductionText(s.deductions, { ids: true })).toBe('PACK-LATE −1；T3-BALANCE −0.5')
  })

  it('gives the start with nothing open, and sums fractions exactly', () => {
    expect(scoreReport([], pack)).toEqual({ score: 100, deductions: [] })
    const s = scoreReport(['A', 'B', 'C'].map((r) => ({ ruleId: r })), { start: 1, points: { A: 0.1, B: 0.2, C: 0.3 } })
    expect(s.score).toBe(0.4)
  })
})
