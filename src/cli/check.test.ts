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
      join('乡镇', 'seed-003.json'), join('乡镇', 'seed-004.json'), join('乡镇', '二级', 'balance-error.json'), 'notes.txt',
    ].sort())
    const byFile = new Map(results.map((r) => [r.file, r]))
    expect(byFile.get('damaged.docx')).toEqual({ file: 'damaged.docx', failed: expect.stringContaining('损坏') })
    expect(byFile.get('notes.txt')).toEqual({ file: 'notes.txt', skipped: expect.stringContaining('只能读取 Word 文档（.docx）') })
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
    expect(out.stdout).toContain('8 个文件：2 份有错误，1 个无法读取，另跳过 1 项')
  }, 60_000)

  it('a file that stalls its worker costs that file only: named, with the reason; every good one read; exit 0', () => {
    const mixed = mkdtempSync(join(tmpdir(), 'check-hostile-'))
    for (const [name, report] of FIXTURES) writeFileSync(join(mixed, `${name}.json`), JSON.stringify(report))
    copyFileSync('src/import/test-fixtures/wrong-total.docx', join(mixed, 'wrong-total.docx'))
    writeFileSync(join(mixed, 'millions-of-paragraphs.docx'), manyParagraphs(3_000_000))
    writeFileSync(join(mixed, 'deep-nesting.docx'), deepNesting(100_000))
    const json = join(mixed, 'out.json')
    const started = Date.now()
    // 8 s: long enough for a good file on a loaded machine (3 s once failed one under load), short
    // enough that a stalled file is stopped well inside the run's bound.
    const out = run(mixed, '--timeout', '8', '--json', json)
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

  it('a PDF holding several reports: each an entry named by the file and its unit, in the checks across files; the summary counts files and entries', () => {
    const several = mkdtempSync(join(tmpdir(), 'check-several-'))
    copyFileSync('src/import/test-fixtures/three-reports-compilation.pdf', join(several, '汇编.pdf'))
    copyFileSync('src/import/test-fixtures/two-reports-side-by-side.pdf', join(several, '对比.pdf'))
    writeFileSync(join(several, 'seed.json'), JSON.stringify(FIXTURES[0]![1]))
    const expected = JSON.parse(readFileSync('src/import/test-fixtures/three-reports-compilation.expected.json', 'utf8')) as { meta: { agency: string } }[]
    const [a, b] = expected.map((e) => e.meta.agency)
    const json = join(several, 'out.json')
    const out = run(several, '--json', json, '--csv', join(several, 'out.csv'))
    expect(out.status).toBe(0)
    const results = JSON.parse(readFileSync(json, 'utf8')) as FileResult[]
    expect(results.map((r) => [r.file, 'part' in r ? r.part : undefined])).toEqual([
      ['seed.json', undefined],
      [`对比.pdf（第 1 份：${a}）`, { file: '对比.pdf', index: 1, count: 2 }],
      [`对比.pdf（第 2 份：${b}）`, { file: '对比.pdf', index: 2, count: 2 }],
      [`汇编.pdf（第 1 份：${a}）`, { file: '汇编.pdf', index: 1, count: 3 }],
      [`汇编.pdf（第 2 份：${b}）`, { file: '汇编.pdf', index: 2, count: 3 }],
      [expect.stringMatching(/^汇编\.pdf（第 3 份：第 \d+ 页起，单位不明）$/), { file: '汇编.pdf', index: 3, count: 3 }],
    ])
    const [, ab1, ab2, c1, c2, c3] = results
    expect(c3).toMatchObject({ failed: expect.stringContaining('没有机关名称') })
    expect([ab1, ab2, c1, c2].map((r) => r && 'agency' in r && r.agency)).toEqual([a, b, a, b])
    // One unit in two files is one unit: each entry names the other file's entry of its unit.
    const duplicate = (r: FileResult | undefined) => (r && 'warnings' in r ? r.warnings.find((w) => w.rule === 'X-DUPLICATE')?.message : undefined)
    expect(duplicate(c1)).toContain(`另见 “对比.pdf（第 1 份：${a}）”`)
    expect(duplicate(c2)).toContain(`另见 “对比.pdf（第 2 份：${b}）”`)
    expect(duplicate(results[0])).toBeUndefined()
    expect(out.stdout).toContain(`汇编.pdf（第 2 份：${b}）`)
    expect(out.stdout).toMatch(/3 个文件：共 6 项（其中 2 个 PDF 含多份报告：对比\.pdf 2 份、汇编\.pdf 3 份，每份单独列出），\d 份有错误，1 项无法读取；/)
    expect(readFileSync(join(several, 'out.csv'), 'utf8').trim().split('\r\n')).toHaveLength(1 + 6)
  }, 60_000)

  it('exits 2 on a usage error, with the usage', () => {
    for (const args of [[], ['/no/such/folder'], [dir, '--json'], [dir, '--xml', 'x'], [join(dir, 'notes.txt')], [dir, '--timeout', 'x']]) {
      const out = run(...args)
      expect(out.status, args.join(' ')).toBe(2)
      expect(out.stderr).toContain('npm run check -- 目录')
    }
  }, 30_000)
})
