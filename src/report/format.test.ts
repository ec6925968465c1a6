// Amounts print exactly as entered: no rounding, no float noise, no exponent notation.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCell } from './cell-parser'
import { agencyLabel, formatCellValue } from './format'
import { parseReportText } from './parse-report'
import { balancedReport } from './fixtures/balanced'

describe('formatCellValue', () => {
  it('prints amounts to the fen as typed', () => {
    expect(formatCellValue(24252.311082)).toBe('24252.311082')
    expect(formatCellValue(0.000001)).toBe('0.000001')
    expect(formatCellValue(0.1)).toBe('0.1')
    expect(formatCellValue(0)).toBe('0')
    expect(formatCellValue(null)).toBe('')
  })

  it('never uses exponent notation', () => {
    expect(formatCellValue(1e-7)).toBe('0.0000001')
    expect(formatCellValue(1.5e-7)).toBe('0.00000015')
    expect(formatCellValue(1e21)).toBe('1000000000000000000000')
    expect(formatCellValue(1.25e21)).toBe('1250000000000000000000')
  })

  it('typed amount → parsed → printed → saved → read back gives the same text, for any amount to the fen', () => {
    const amount = fc.tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 999_999 })).map(([whole, fen]) =>
      `${whole}.${String(fen).padStart(6, '0')}`.replace(/\.?0+$/, '') || '0')
    fc.assert(fc.property(amount, (typed) => {
      const parsed = parseCell(typed, 'decimal')
      if (!parsed.ok || parsed.value === null) return false
      expect(formatCellValue(parsed.value)).toBe(typed)
      const report = balancedReport()
      report.table2.fees = { amountWanYuan: parsed.value }
      const back = parseReportText(JSON.stringify(report))
      expect(back.ok && formatCellValue(back.report.table2.fees?.amountWanYuan)).toBe(typed)
      return true
    }), { numRuns: 500 })
  })
})

describe('agencyLabel', () => {
  it('shows a direction override or control character in a unit name as an escape, and a blank name as such', () => {
    expect(agencyLabel('某某镇\u202e府政民人')).toBe('某某镇\\u202e府政民人')
    expect(agencyLabel(' 某某镇人民政府\n')).toBe('某某镇人民政府')
    expect(agencyLabel('  ')).toBe('（未填写机关）')
  })
})
