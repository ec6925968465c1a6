// @vitest-environment node
// report-file.md §11: one folder gives the same findings, scores and units on the command line as
// in 汇总审核 (review-batch.ts, then january.ts, which the page, its workbook and letters read). The
// batch holds what tells two implementations apart: a unit that sent twice (its first with an
// error, its latest without), a unit whose only report is of an older year, a unit that sent
// nothing, a late report under the pack and an unreadable file.
import { describe, expect, it } from 'vitest'
import { FIXTURES } from '@/report/fixtures/test-reports'
import { checkReport } from '../report/check-report'
import type { Report } from '../report/schema'
import type { FileRead } from '../worker/protocol'
import { januaryReview } from '../report/county/january'
import { reviewBatch } from '../report/county/review-batch'
import { parseRosterText } from '../report/county/roster'
import { parseRulePack } from '../report/county/rule-pack'
import { openIssues } from '../report/county/triage'
import { batchResults } from './batch-result'

const seed = (name: string): Report => structuredClone(FIXTURES.find(([n]) => n === name)![1])

/** The report with table 3's carried-forward row off by one: a T3-BALANCE error. */
function unbalanced(report: Report): Report {
  const row = report.table3.carriedForward!
  report.table3.carriedForward = { ...row, naturalPerson: (row.naturalPerson ?? 0) + 1 }
  return report
}

const olderYear = unbalanced(seed('seed-004'))
olderYear.meta.year = 2023
const files: [string, Report][] = [
  ['白沙镇.json', unbalanced(seed('seed-000'))],
  ['白沙镇（修改稿）.json', seed('seed-000')],
  ['半坡镇2023.json', olderYear],
  ['白杨镇.json', seed('seed-003')],
]
const summary = { sectionsFound: 6, tablesFound: 3, cellsRead: 0, cellsMissing: 0 }
const checks: FileRead[] = [
  ...files.map(([name, report]): FileRead => ({ ok: true, name, report, findings: [], summary: summary as never, sources: {}, check: checkReport(report) })),
  { ok: false, name: 'bad.docx', reason: '已损坏' },
]
const names = checks.map((c) => c.name)
const roster = parseRosterText('白沙镇\n伊川县半坡镇\n伊川县鸦岭镇\n叶城县白杨镇')
const parsed = parseRulePack(JSON.stringify({ format: 'gov-info-rule-pack', version: 1, name: '测试', start: 100, deadline: '01-25',
  points: { 'T3-BALANCE': 2, 'X-DUPLICATE': 0.5, 'PACK-LATE': 1 } }))
if (!parsed.ok) throw new Error(parsed.errors.join())
const pack = parsed.pack

/** What 汇总审核 shows for the same files: its rows, then January with nothing marked and no 截止日期. */
function page(receivedAt: readonly (string | null)[] = []) {
  const read = checks.flatMap((c, i) => (c.ok ? [{ id: String(i), fileName: names[i]!, report: c.report, check: c.check }] : []))
  return januaryReview(reviewBatch(read).map((r) => ({ id: r.id, report: r.report, receivedAt: receivedAt[Number(r.id)] ?? null, issues: r.issues })),
    { roster, deadline: null, pack, marks: {} })
}

describe('one report, one answer: npm run check and 汇总审核', () => {
  const cli = batchResults(names, checks, { pack, roster })
  const app = page()

  it('give each report the same errors, warnings, score and round', () => {
    files.forEach(([name], i) => {
      const entry = cli.results[i]!
      const row = app.rows.get(String(i))!
      if (!('errors' in entry)) throw new Error(name)
      const open = openIssues(row.triaged).map((x) => ({ severity: x.severity, rule: x.ruleId, cells: x.cells, message: x.message }))
      expect([...entry.errors.map((f) => ({ severity: 'error', ...f })), ...entry.warnings.map((f) => ({ severity: 'warning', ...f }))], name)
        .toEqual([...open.filter((f) => f.severity === 'error'), ...open.filter((f) => f.severity === 'warning')])
      expect([entry.score, entry.deductions, entry.round], name).toEqual([row.score!.score, row.score!.deductions, row.round])
    })
    // The case is what it should be: the first 白沙镇 file has the error and is round 1 of 2.
    expect(cli.results[0]).toMatchObject({ round: 1, errors: [expect.objectContaining({ rule: 'T3-BALANCE' })] })
    expect(cli.results[1]).toMatchObject({ round: 2, errors: [] })
    expect(cli.results[4]).toEqual({ file: 'bad.docx', failed: '已损坏' })
  })

  it('give each unit of the roster the same status, from its latest report of its latest year', () => {
    expect(cli.units).toEqual(app.units)
    expect(cli.units.map((u) => [u.name, u.status, u.reportId, u.round])).toEqual([
      // Its latest submission has no error, though the first one had.
      ['白沙镇', app.rows.get('1')!.warnings > 0 ? 'submitted' : 'passed', '1', 2],
      // Its only report is of 2023: it is not missing, and its status is that report's.
      ['伊川县半坡镇', 'errors', '2', 1],
      ['伊川县鸦岭镇', 'missing', null, 0],
      ['叶城县白杨镇', 'errors', '3', 1],
    ])
    expect(cli.missing).toEqual(app.units.filter((u) => u.status === 'missing').map((u) => ({ unit: u.name, missing: true })))
    expect(cli.unmatched).toEqual([])
  })

  it('count a unit\'s submissions by the files\' times where they are known, not by their names', () => {
    // The first file by name was saved last: it is the unit's latest, and its error is the unit's.
    const receivedAt = ['2025-01-22T08:00:00.000Z', '2025-01-20T08:00:00.000Z', null, null, null]
    const later = batchResults(names, checks, { pack, roster, receivedAt })
    const app = page(receivedAt)
    expect(later.units).toEqual(app.units)
    expect(later.results.slice(0, 2).map((r) => 'round' in r && r.round)).toEqual([2, 1])
    expect(later.units[0]).toMatchObject({ name: '白沙镇', status: 'errors', reportId: '0', round: 2 })
  })
})
