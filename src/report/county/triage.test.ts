// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { FIXTURES } from '../fixtures/test-reports'
import { issue } from '../issue'
import type { Report } from '../schema'
import { copyIssues } from './copy-check'
import { findingFingerprint, openIssues, triageIssues, withMark } from './triage'

const balance = issue('T3-BALANCE', 'error', 'requests', ['table3/carriedForward/naturalPerson', 'table3/newReceived/naturalPerson'], '自然人列不平衡：一+二=12，三+四=10')

describe('findingFingerprint', () => {
  it('is the same for the same unit, year, rule and cells, whatever the message, cell order or name form', () => {
    const again = { ...balance, message: '自然人列不平衡：一+二=15，三+四=10', cells: [...balance.cells].reverse() }
    expect(findingFingerprint('伊川县白沙镇人民政府', 2024, balance)).toBe(findingFingerprint('伊川县 白沙镇', 2024, again))
  })

  it('differs by unit, year, rule and cells', () => {
    const base = findingFingerprint('伊川县白沙镇人民政府', 2024, balance)
    expect(findingFingerprint('伊川县半坡镇人民政府', 2024, balance)).not.toBe(base)
    expect(findingFingerprint('伊川县白沙镇人民政府', 2023, balance)).not.toBe(base)
    expect(findingFingerprint('伊川县白沙镇人民政府', 2024, { ...balance, ruleId: 'T3-ROWSUM' })).not.toBe(base)
    expect(findingFingerprint('伊川县白沙镇人民政府', 2024, { ...balance, cells: ['table3/carriedForward/commercial'] })).not.toBe(base)
  })
})

describe('triageIssues', () => {
  it('applies the marks; ignored findings stay listed but stop counting', () => {
    const other = issue('W-PUBDATE', 'warning', 'meta', ['meta.publishDate'], '成文日期未填写')
    const marks = { [findingFingerprint('伊川县白沙镇人民政府', 2024, other)]: { state: 'ignored' as const, reason: '已在网站公布', at: '2025-01-20' } }
    const triaged = triageIssues('伊川县白沙镇人民政府', 2024, [balance, other], marks)
    expect(triaged.map((t) => t.state)).toEqual(['pending', 'ignored'])
    expect(triaged[1]!.reason).toBe('已在网站公布')
    expect(openIssues(triaged)).toEqual([balance])
  })
})

describe('findings that their cells do not tell apart', () => {
  const unit = '伊川县白沙镇人民政府'
  const noSection = issue('IMPORT-MISSING', 'warning', 'problems', [], '没有找到标题“五、存在的主要问题及改进情况”：这一部分的内容未能读取')
  const noTable = issue('IMPORT-MISSING', 'warning', 'requests', [], '没有找到表三：表中各项已留空，请补填')

  it('ignoring one finding without cells leaves the others of its rule open', () => {
    const marks = { [findingFingerprint(unit, 2024, noSection)]: { state: 'ignored' as const, reason: '无此部分', at: '' } }
    const triaged = triageIssues(unit, 2024, [noSection, noTable], marks)
    expect(triaged.map((t) => t.state)).toEqual(['ignored', 'pending'])
    expect(openIssues(triaged)).toEqual([noTable])
  })

  it('X-COPY-UNIT is one finding per partner, the same through re-checks that change its wording', () => {
    const copy = (partner: Report, id: string, similarity: number) => {
      const mine = structuredClone(FIXTURES[0]![1])
      return copyIssues([{ id: 'me', report: mine }, { id, report: partner }], { pairs: [{ a: 'me', b: id, similarity, passages: [] }], more: new Map() }).get('me')![0]!
    }
    const banpo = structuredClone(FIXTURES[4]![1])
    const other = structuredClone(FIXTURES[4]![1])
    other.meta.agency = '伊川县鸦岭镇人民政府'
    const [a, b, again] = [copy(banpo, 'x', 0.8), copy(other, 'y', 0.8), copy(banpo, 'z', 0.9)]
    expect(findingFingerprint(unit, 2024, a)).not.toBe(findingFingerprint(unit, 2024, b))
    expect(findingFingerprint(unit, 2024, a)).toBe(findingFingerprint(unit, 2024, again))
    expect(findingFingerprint(unit, 2024, a)).toBe(findingFingerprint(unit, 2024, { ...again, cells: ['overview'] }))
  })

  it('still reads a mark kept under the old shared fingerprint; 待处理 on one gives it up, a new mark is the finding\'s own', () => {
    const old = { [`伊川县白沙镇|2024|IMPORT-MISSING|`]: { state: 'ignored' as const, reason: '旧标记', at: '' } }
    const triaged = triageIssues(unit, 2024, [noSection, noTable], old)
    expect(triaged.map((t) => [t.state, t.reason])).toEqual([['ignored', '旧标记'], ['ignored', '旧标记']])
    const confirmed = withMark(old, triaged[0]!, { state: 'confirmed', reason: '', at: '' })
    expect(triageIssues(unit, 2024, [noSection, noTable], confirmed).map((t) => t.state)).toEqual(['confirmed', 'ignored'])
    const cleared = withMark(old, triaged[1]!, null)
    expect(triageIssues(unit, 2024, [noSection, noTable], cleared).map((t) => t.state)).toEqual(['pending', 'pending'])
  })
})
