// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { FIXTURES } from '@/report/fixtures/test-reports'
import { checkReport } from '../report/check-report'
import type { FileRead } from '../worker/protocol'
import { parseRosterText } from '../report/county/roster'
import { parseRulePack } from '../report/county/rule-pack'
import { januaryReview } from '../report/county/january'
import { reviewBatch } from '../report/county/review-batch'
import { batchResults } from './batch-result'
import { rosterLines } from './county-options'

const pack = (() => {
  const r = parseRulePack(JSON.stringify({ format: 'gov-info-rule-pack', version: 1, name: '测试', start: 100, deadline: '01-25', points: { 'PACK-LATE': 1, 'X-DUPLICATE': 0.5 } }))
  if (!r.ok) throw new Error(r.errors.join())
  return r.pack
})()

describe('batchResults with --rules and --roster', () => {
  const summary = { sectionsFound: 6, tablesFound: 3, cellsRead: 0, cellsMissing: 0 }
  const checks: FileRead[] = [...FIXTURES.map(([name, report]): FileRead => ({ ok: true, name, report, findings: [], summary: summary as never, sources: {}, check: checkReport(report) })),
    { ok: false, name: 'bad.docx', reason: '已损坏' }]
  const names = checks.map((c) => c.name)

  it('adds the pack\'s findings, score and deductions to each entry read', () => {
    const { results } = batchResults(names, checks, { pack, roster: null })
    // Seed 003 was published 2025-01-26, after 01-25.
    const late = results.find((r) => r.file === 'seed-003')!
    expect(late).toMatchObject({ score: 99, deductions: [{ rule: 'PACK-LATE', points: 1 }] })
    expect('errors' in late && late.errors.map((e) => e.rule)).toContain('PACK-LATE')
    expect(results.find((r) => r.file === 'seed-002')).toMatchObject({ score: 100, deductions: [], round: 1 })
    expect(results.at(-1)).toEqual({ file: 'bad.docx', failed: '已损坏' })
  })

  it('lists the roster\'s units without a report, and leaves entries unscored without a pack', () => {
    const run = batchResults(names, checks, { pack: null, roster: parseRosterText('白沙镇\n伊川县半坡镇人民政府\n伊川县鸦岭镇\n郏县 白庙乡') })
    expect(run.missing).toEqual([{ unit: '伊川县鸦岭镇', missing: true }])
    expect(run.results.some((r) => 'score' in r)).toBe(false)
    expect(run.unmatched).toEqual(['seed-001', 'seed-003'])
    expect(rosterLines(run)).toEqual([
      expect.stringMatching(/^名单共 4 个单位（按各单位最新一次报送）：未提交 1 个，/),
      '名单中 1 个单位没有报告：伊川县鸦岭镇',
      '2 份报告的单位不在名单中：seed-001、seed-003',
    ])
    expect(rosterLines(batchResults(names, checks))).toEqual([])
    const many = Array.from({ length: 25 }, (_v, i) => `f${i}.json`)
    expect(rosterLines({ ...run, unmatched: many }).at(-1)).toBe(`25 份报告的单位不在名单中：${many.slice(0, 20).join('、')} 等`)
  })

  it('lists the pack\'s findings among the others in the order 汇总审核 lists them', () => {
    const strict = parseRulePack(JSON.stringify({ format: 'gov-info-rule-pack', version: 1, name: '严格', start: 100, deadline: '01-25',
      maxChars: { overview: 10, 'problems.problems': 5 }, requiredPhrases: { 'otherMatters.text': ['信息处理费'], 'overview.preface': ['某某'] } }))
    if (!strict.ok) throw new Error(strict.errors.join())
    const { results } = batchResults(names, checks, { pack: strict.pack, roster: null })
    const read = checks.flatMap((c, i) => (c.ok ? [{ id: String(i), fileName: names[i]!, report: c.report, check: c.check }] : []))
    const { rows } = januaryReview(reviewBatch(read).map((r) => ({ id: r.id, report: r.report, receivedAt: null, issues: r.issues })),
      { roster: [], deadline: null, pack: strict.pack, marks: {} })
    for (const item of read) {
      const app = rows.get(item.id)!.triaged.map((t) => t.issue)
      const cli = results[Number(item.id)]!
      if (!('errors' in cli)) throw new Error(item.fileName)
      expect(cli.errors.map((f) => f.message), item.fileName).toEqual(app.filter((i) => i.severity === 'error').map((i) => i.message))
      expect(cli.warnings.map((f) => f.message), item.fileName).toEqual(app.filter((i) => i.severity === 'warning').map((i) => i.message))
    }
  })
})
