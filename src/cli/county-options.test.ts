// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { FIXTURES } from '@/report/fixtures/test-reports'
import { checkReport } from '../report/check-report'
import type { FileRead } from '../worker/protocol'
import { parseRosterText } from '../report/county/roster'
import { parseRulePack } from '../report/county/rule-pack'
import { batchResults } from './batch-result'
import { applyCountyOptions } from './county-options'

const pack = (() => {
  const r = parseRulePack(JSON.stringify({ format: 'gov-info-rule-pack', version: 1, name: '测试', start: 100, deadline: '01-25', points: { 'PACK-LATE': 1, 'X-DUPLICATE': 0.5 } }))
  if (!r.ok) throw new Error(r.errors.join())
  return r.pack
})()

describe('applyCountyOptions', () => {
  const summary = { sectionsFound: 6, tablesFound: 3, cellsRead: 0, cellsMissing: 0 }
  const checks: FileRead[] = [...FIXTURES.map(([name, report]): FileRead => ({ ok: true, name, report, findings: [], summary: summary as never, sources: {}, check: checkReport(report) })),
    { ok: false, name: 'bad.docx', reason: '已损坏' }]
  const names = checks.map((c) => c.name)

  it('adds the pack\'s findings, score and deductions to each entry read', () => {
    const { results } = applyCountyOptions(batchResults(names, checks), checks, { pack, roster: null })
    // Seed 003 was published 2025-01-26, after 01-25.
    const late = results.find((r) => r.file === 'seed-003')!
    expect(late).toMatchObject({ score: 99, deductions: [{ rule: 'PACK-LATE', points: 1 }] })
    expect('errors' in late && late.errors.map((e) => e.rule)).toContain('PACK-LATE')
    expect(results.find((r) => r.file === 'seed-002')).toMatchObject({ score: 100, deductions: [] })
    expect(results.at(-1)).toEqual({ file: 'bad.docx', failed: '已损坏' })
  })

  it('lists the roster\'s units without a report, and leaves entries unscored without a pack', () => {
    const { results, missing } = applyCountyOptions(batchResults(names, checks), checks, { pack: null, roster: parseRosterText('白沙镇\n伊川县半坡镇人民政府\n伊川县鸦岭镇\n郏县 白庙乡') })
    expect(missing).toEqual([{ unit: '伊川县鸦岭镇', missing: true }])
    expect(results.some((r) => 'score' in r)).toBe(false)
  })
})
