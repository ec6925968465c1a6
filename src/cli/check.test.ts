// @vitest-environment node
// The command line on a folder like a provincial reviewer's: seed reports, reports with errors, a
// Word file with a wrong published total, a damaged file and a text file, in sub-folders.
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { balancedReport } from '@/report/fixtures/balanced'
import { FIXTURES } from '@/report/fixtures/test-reports'
import { deepNesting, manyParagraphs } from '@/worker/testing/hostile-docx'
import type { FileResult } from './batch-result'

const CLI = 'dist-cli/check.mjs'
let dir = ''

beforeAll(() => {
  execFileSync('node', ['scripts/build-cli.mjs'], { stdio: 'inherit' })
  dir = mkdtempSync(join(tmpdir(), 'check-'))
  mkdirSync(join(dir, '乡镇', '二级'), { recursive: true })
  for (const [name, report] of FIXTURES) writeFileSync(join(dir, '乡镇', `${name}.json`), JSON.stringify(report))
  const broken = balancedReport()
  broken.table3.carriedForward = { ...broken.table3.carriedForward, naturalPerson: 9 }
  writeFileSync(join(dir, '乡镇', '二级', 'balance-error.json'), JSON.stringify(broken))
  copyFileSync('src/import/test-fixtures/wrong-total.docx', join(dir, 'wrong-total.docx'))
  writeFileSync(join(dir, 'damaged.docx'), 'PK\u0003\u0004 not really a zip')
  writeFileSync(join(dir, 'notes.txt'), 'not a report')
}, 60_000)

const run = (...args: string[]) => spawnSync('node', [CLI, ...args], { encoding: 'utf8' })

describe('npm run check', () => {
  it('checks every .docx and .json under the folder, writes --json and --csv, exits 0', () => {
    const json = join(dir, 'out.json')
    const csv = join(dir, 'out.csv')
    const out = run(dir, '--json', json, '--csv', csv)
    expect(out.status).toBe(0)
    const results = JSON.parse(readFileSync(json, 'utf8')) as FileResult[]
    expect(results.map((r) => r.file)).toEqual([
      'damaged.docx', 'wrong-total.docx', join('乡镇', 'seed-000.json'), join('乡镇', 'seed-001.json'), join('乡镇', 'seed-002.json'),
      join('乡镇', 'seed-003.json'), join('乡镇', 'seed-004.json'), join('乡镇', '二级', 'balance-error.json'),
    ].sort())
    const byFile = new Map(results.map((r) => [r.file, r]))
    expect(byFile.get('damaged.docx')).toEqual({ file: 'damaged.docx', failed: expect.stringContaining('损坏') })
    const wrong = byFile.get('wrong-total.docx')
    expect(wrong && 'errors' in wrong && wrong.errors.map((e) => e.rule)).toEqual(['T3-ROWSUM', 'T3-RESULTSUM', 'T4-TOTAL'])
    const balance = byFile.get(join('乡镇', '二级', 'balance-error.json'))
    expect(balance && 'errors' in balance && balance.errors[0]).toEqual({ rule: 'T3-BALANCE', cells: expect.arrayContaining(['table3/carriedForward/naturalPerson']), message: expect.stringContaining('自然人列') })
    // Across files: seed 000 and the Word file are the same agency and year.
    const seed = byFile.get(join('乡镇', 'seed-000.json'))
    expect(seed && 'warnings' in seed && seed.warnings.map((w) => w.rule)).toContain('X-DUPLICATE')
    for (const r of results) if ('errors' in r) expect(r).toMatchObject({ agency: expect.any(String), year: 2024 })
    const rows = readFileSync(csv, 'utf8').replace(/^\ufeff/, '').trim().split('\r\n')
    expect(rows[0]).toBe('文件,单位,年度,错误数,提醒数,错误规则,状态')
    expect(rows).toHaveLength(1 + results.length)
    expect(out.stdout).toContain('8 个文件：2 份有错误，1 个无法读取')
  }, 60_000)

  it('a file that stalls its worker costs that file only: named, with the reason; every good one read; exit 0', () => {
    const mixed = mkdtempSync(join(tmpdir(), 'check-hostile-'))
    for (const [name, report] of FIXTURES) writeFileSync(join(mixed, `${name}.json`), JSON.stringify(report))
    copyFileSync('src/import/test-fixtures/wrong-total.docx', join(mixed, 'wrong-total.docx'))
    writeFileSync(join(mixed, 'millions-of-paragraphs.docx'), manyParagraphs(3_000_000))
    writeFileSync(join(mixed, 'deep-nesting.docx'), deepNesting(100_000))
    const json = join(mixed, 'out.json')
    const started = Date.now()
    const out = run(mixed, '--timeout', '3', '--json', json)
    expect(out.status).toBe(0)
    // Each bad file is stopped at its limit; the whole run is bounded by them, not by the files.
    expect(Date.now() - started).toBeLessThan(40_000)
    const results = JSON.parse(readFileSync(json, 'utf8')) as FileResult[]
    expect(results).toHaveLength(FIXTURES.length + 3)
    const bad = results.filter((r) => 'failed' in r)
    expect(bad.map((r) => r.file).sort()).toEqual(['deep-nesting.docx', 'millions-of-paragraphs.docx'])
    for (const r of bad) expect('failed' in r && r.failed).toContain(`“${r.file}”`)
    for (const r of results.filter((x) => !('failed' in x))) expect(r).toMatchObject({ agency: expect.any(String), year: 2024 })
  }, 90_000)

  it('exits 2 on a usage error, with the usage', () => {
    for (const args of [[], ['/no/such/folder'], [dir, '--json'], [dir, '--xml', 'x'], [join(dir, 'notes.txt')], [dir, '--timeout', 'x']]) {
      const out = run(...args)
      expect(out.status, args.join(' ')).toBe(2)
      expect(out.stderr).toContain('npm run check -- 目录')
    }
  })
})
