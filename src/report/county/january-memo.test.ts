// @vitest-environment node
// januaryReview runs a rule pack once per report and pack objects: the review is worked out again
// on every mark and file, and only what changed is checked again.
import { describe, expect, it, vi } from 'vitest'
import { FIXTURES } from '../fixtures/test-reports'
import { januaryReview, type JanuarySource } from './january'
import { packIssues, parseRulePack } from './rule-pack'

// Every export spied on, each still doing what it does.
vi.mock('./rule-pack', { spy: true })

const parsed = parseRulePack(JSON.stringify({ format: 'gov-info-rule-pack', version: 1, name: '测试', start: 100, deadline: '01-25', maxChars: { overview: 10 } }))
if (!parsed.ok) throw new Error(parsed.errors.join())
const pack = parsed.pack

describe('januaryReview and the rule pack', () => {
  it('runs the pack once per report and pack, and again for a changed report or another pack', () => {
    const sources: JanuarySource[] = FIXTURES.map(([name, report]) => ({ id: name, report: structuredClone(report), receivedAt: null, issues: [] }))
    const settings = { roster: [], deadline: null, pack, marks: {} }
    const calls = vi.mocked(packIssues)
    calls.mockClear()
    const first = januaryReview(sources, settings)
    expect(calls).toHaveBeenCalledTimes(sources.length)
    // A refresh with nothing changed (a mark elsewhere): the same findings, the pack not run again.
    const again = januaryReview(sources, { ...settings, marks: { x: { state: 'confirmed', reason: '', at: '' } } })
    expect(calls).toHaveBeenCalledTimes(sources.length)
    expect([...again.rows.values()].map((r) => r.triaged.map((t) => t.issue))).toEqual([...first.rows.values()].map((r) => r.triaged.map((t) => t.issue)))
    expect([...first.rows.values()].some((r) => r.triaged.some((t) => t.issue.ruleId === 'PACK-LENGTH'))).toBe(true)
    // One report edited (a new object), then another pack: only those are run again.
    const edited = { ...sources[0]!, report: { ...sources[0]!.report, meta: { ...sources[0]!.report.meta, publishDate: '2025-02-10' } } }
    const changed = januaryReview([edited, ...sources.slice(1)], settings)
    expect(calls).toHaveBeenCalledTimes(sources.length + 1)
    expect(changed.rows.get(edited.id)!.errorRules).toContain('PACK-LATE')
    januaryReview(sources, { ...settings, pack: { ...pack } })
    expect(calls).toHaveBeenCalledTimes(2 * sources.length + 1)
  })
})
