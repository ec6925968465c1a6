// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { balancedReport } from './fixtures/balanced'
import { textSimilarity } from './similarity'

describe('textSimilarity', () => {
  const text = balancedReport().overview.proactive

  it('is 1 for identical text, also when only spaces, punctuation or digits differ', () => {
    expect(textSimilarity(text, text)).toBe(1)
    expect(textSimilarity('本年共收到申请15件。', '本年共收到申请 3 件')).toBe(1)
  })

  it('is low for unrelated text and 0 when nothing is shared', () => {
    expect(textSimilarity(text, balancedReport().problems.improvements)).toBeLessThan(0.2)
    expect(textSimilarity('春眠不觉晓', '白日依山尽')).toBe(0)
    expect(textSimilarity('', '')).toBe(0)
  })

  it('is symmetric and between 0 and 1', () => {
    const other = text.slice(0, 40)
    const s = textSimilarity(text, other)
    expect(s).toBeGreaterThan(0)
    expect(s).toBeLessThan(1)
    expect(textSimilarity(other, text)).toBeCloseTo(s, 10)
  })
})
