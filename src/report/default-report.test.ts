import { describe, expect, it } from 'vitest'
import { defaultReportYear } from './default-report'

describe('defaultReportYear', () => {
  it('is the current year in November and December, the previous year before', () => {
    expect(defaultReportYear(new Date(2026, 11, 5))).toBe(2026)
    expect(defaultReportYear(new Date(2026, 10, 1))).toBe(2026)
    expect(defaultReportYear(new Date(2026, 9, 31))).toBe(2025)
    expect(defaultReportYear(new Date(2027, 0, 10))).toBe(2026)
  })
})
