import { describe, expect, it } from 'vitest'
import { formatTime, localIsoDate, localIsoMinute } from './format-time'

describe('local times', () => {
  it('write the local calendar day and time, zero-padded, in ISO order', () => {
    const d = new Date(2025, 0, 5, 9, 7, 31)
    expect(localIsoDate(d)).toBe('2025-01-05')
    expect(localIsoMinute(d.toISOString())).toBe('2025-01-05T09:07')
    expect(formatTime(d.toISOString())).toBe('2025-01-05 09:07')
  })
})
