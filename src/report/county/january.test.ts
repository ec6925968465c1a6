// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { FIXTURES } from '../fixtures/test-reports'
import { issue } from '../issue'
import type { Report } from '../schema'
import { januaryReview, type JanuarySource } from './january'
import { parseRosterText } from './roster'
import { findingFingerprint } from './triage'
import { latestPerUnit } from './units'

const seed = (i: number): Report => structuredClone(FIXTURES[i]![1])
const balance = issue('T3-BALANCE', 'error', 'requests', ['table3/carriedForward/naturalPerson'], '不平衡')
const warning = issue('W-PUBDATE', 'warning', 'meta', ['meta.publishDate'], '成文日期')

describe('januaryReview', () => {
  const first: JanuarySource = { id: 'a1', report: seed(0), receivedAt: '2025-01-20T09:00', issues: [balance, warning] }
  const second: JanuarySource = { id: 'a2', report: seed(0), receivedAt: '2025-02-02T09:00', issues: [warning] }
  const other: JanuarySource = { id: 'b', report: seed(4), receivedAt: '2025-01-21T09:00', issues: [] }
  const settings = { roster: parseRosterText('白沙镇\n伊川县半坡镇\n伊川县江左镇'), deadline: '2025-01-31', pack: null, marks: {} }

  it('numbers a unit\'s submissions, marks the late one, and gives each unit the status of its latest', () => {
    const { rows, units } = januaryReview([second, first, other], settings)
    expect([rows.get('a1')!.round, rows.get('a2')!.round]).toEqual([1, 2])
    expect([rows.get('a1')!.late, rows.get('a2')!.late]).toEqual([false, true])
    expect(units.map((u) => [u.name, u.status, u.reportId, u.round, u.late])).toEqual([
      ['白沙镇', 'submitted', 'a2', 2, true], ['伊川县半坡镇', 'passed', 'b', 1, false], ['伊川县江左镇', 'missing', null, 0, false]])
  })

  it('leaves ignored findings out of the counts and the status, and keeps them listed', () => {
    const marks = { [findingFingerprint(seed(0).meta.agency, 2024, warning)]: { state: 'ignored' as const, reason: '已核实', at: '' } }
    const { rows, units } = januaryReview([first, second], { ...settings, marks })
    expect(rows.get('a1')).toMatchObject({ errors: 1, warnings: 0, errorRules: ['T3-BALANCE'] })
    expect(rows.get('a2')!.triaged.map((t) => t.state)).toEqual(['ignored'])
    expect(units[0]!.status).toBe('passed')
  })

  it('takes a unit\'s latest submission as 生成汇总报告 does, even when both were kept with the same round', () => {
    const older: JanuarySource = { ...first, round: 1, receivedAt: null }
    const newer: JanuarySource = { ...second, round: 1, receivedAt: null }
    const { units } = januaryReview([older, newer, other], settings)
    expect(units[0]!.reportId).toBe(latestPerUnit([older, newer], (s) => s.report)[0]!.id)
    expect(units[0]!.reportId).toBe('a2')
  })
})
