import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { versionsToThin } from './version-policy'

describe('versionsToThin', () => {
  it('drops nothing at or under the limit', () => {
    expect(versionsToThin([1, 2, 3], 3)).toEqual([])
  })

  it('keeps the oldest and the most recent, and drops the most crowded older version', () => {
    // 0, 100, 101, 200 | recent 300, 301: the one a minute after its neighbour goes.
    expect(versionsToThin([0, 100, 101, 200, 300, 301], 5, 2)).toEqual([2])
  })

  it('always leaves exactly max versions, the oldest and the newest keepRecent among them', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 120 }).map((ts) => [...ts].sort((a, b) => a - b)),
      fc.integer({ min: 2, max: 60 }), fc.integer({ min: 0, max: 20 }),
      (times, max, keepRecent) => {
        const drop = versionsToThin(times, max, Math.min(keepRecent, max - 1))
        const kept = times.filter((_, i) => !drop.includes(i))
        expect(kept.length).toBe(Math.min(max, times.length))
        if (times.length > max) {
          expect(drop).not.toContain(0)
          for (let i = times.length - Math.min(keepRecent, max - 1); i < times.length; i++) expect(drop).not.toContain(i)
        }
      }))
  })
})
