import { describe, expect, it } from 'vitest'
import { clampSpan, MAX_CELL_SPAN } from './table-span'

describe('clampSpan', () => {
  it('keeps a real span and bounds a damaged one', () => {
    expect(clampSpan(3)).toBe(3)
    expect(clampSpan(2.7)).toBe(2)
    expect(clampSpan(1e9)).toBe(MAX_CELL_SPAN)
    for (const n of [0, -4, Number.NaN, Number.POSITIVE_INFINITY, undefined]) expect(clampSpan(n)).toBe(1)
  })
})
