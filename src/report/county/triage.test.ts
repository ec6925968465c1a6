// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { issue } from '../issue'
import { findingFingerprint, openIssues, triageIssues } from './triage'

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
