import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sumAmounts } from './amount'
import { formatCellValue } from './format'

describe('sumAmounts', () => {
  it('adds amounts to the fen exactly', () => {
    expect(sumAmounts([0.1, 0.2])).toBe(0.3)
    expect(formatCellValue(sumAmounts([24252.311082, 0.000001, 1]))).toBe('24253.311083')
    expect(sumAmounts([])).toBe(0)
  })

  it('equals the exact decimal sum for any amounts to the fen', () => {
    const fen = fc.integer({ min: 0, max: 10 ** 13 })
    fc.assert(fc.property(fc.array(fen, { maxLength: 60 }), (units) => {
      const amounts = units.map((u) => Number(`${Math.floor(u / 1e6)}.${String(u % 1e6).padStart(6, '0')}`))
      const total = units.reduce((a, b) => a + BigInt(b), 0n)
      const expected = `${total / 1000000n}.${String(total % 1000000n).padStart(6, '0')}`.replace(/\.?0+$/, '') || '0'
      expect(formatCellValue(sumAmounts(amounts))).toBe(expected)
    }))
  })
})
