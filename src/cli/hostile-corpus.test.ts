// @vitest-environment node
// The command line over the hostile corpus (testing/hostile-corpus.ts) with good reports mixed in:
// every good report read, every bad file named with a reason, everything else a skipped entry,
// exit 0, names printed escaped, and a CSV in which no cell is a formula. The heavy bombs (180 MB
// of nodes, a lying zip, 100,000 levels, a 150 MB paragraph) have their own run: they need the
// readers' limits and the workers' isolation.
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reportDocxBytes } from '@/docx/build-report'
import { FIXTURES } from '@/report/fixtures/test-reports'
import { startsLikeFormula } from '@/report/spreadsheet-text'
import type { FileResult } from './batch-result'
import { FORMULAS, writeHostileCorpus, type CorpusFile } from './testing/hostile-corpus'

const BUILD = mkdtempSync(join(tmpdir(), 'cli-hostile-build-'))
const CLI = join(BUILD, 'check.mjs')
const dirs: string[] = []

beforeAll(() => {
  execFileSync('node', ['scripts/build-cli.mjs', BUILD], { stdio: 'inherit' })
}, 60_000)

afterAll(() => {
  for (const dir of dirs) {
    try {
      chmodSync(join(dir, 'locked'), 0o755)
    } catch {
      // no locked folder in this corpus
    }
    rmSync(dir, { recursive: true, force: true })
  }
  rmSync(BUILD, { recursive: true, force: true })
})

/** A CSV read back as a spreadsheet does: quoted fields may hold commas, quotes and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]]
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') cell += text[i++]
      else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      rows.at(-1)!.push(cell)
      cell = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      rows.at(-1)!.push(cell)
      cell = ''
      rows.push([])
      i++
    } else cell += ch
  }
  if (cell !== '' || rows.at(-1)!.length > 0) rows.at(-1)!.push(cell)
  return rows.filter((r) => r.length > 0)
}

interface Run { status: number | null; signal: string | null; stdout: string; stderr: string; results: FileResult[]; csv: string[][] }

function runOver(corpus: string, timeout: number): Run {
  const json = join(corpus, '..', `${corpus.split('/').at(-1)}.json`)
  const csv = join(corpus, '..', `${corpus.split('/').at(-1)}.csv`)
  const out = spawnSync('node', [CLI, corpus, '--json', json, '--csv', csv], { encoding: 'utf8', timeout, maxBuffer: 64 << 20 })
  const read = (path: string) => {
    try {
      return readFileSync(path, 'utf8')
    } catch {
      return ''
    }
  }
  const jsonText = read(json)
  return { status: out.status, signal: out.signal, stdout: out.stdout, stderr: out.stderr, results: jsonText ? JSON.parse(jsonText) as FileResult[] : [], csv: parseCsv(read(csv).replace(/^\ufeff/, '')) }
}

const outcome = (r: FileResult | undefined) => (!r ? 'missing' : 'failed' in r ? 'failed' : 'skipped' in r ? 'skipped' : 'read')

/** Every file got what a correct reader gives it, and nothing else is listed. */
function expectOutcomes(run: Run, files: CorpusFile[]) {
  const byFile = new Map(run.results.map((r) => [r.file, r]))
  const wrong = files.filter((f) => outcome(byFile.get(f.name)) !== f.expect)
    .map((f) => `${JSON.stringify(f.name)} (${f.what}): expected ${f.expect}, got ${outcome(byFile.get(f.name))}`)
  expect(wrong).toEqual([])
  expect(run.results.map((r) => r.file).sort()).toEqual(files.map((f) => f.name).sort())
  // The reader keeps each unit's name, line breaks made \n as everywhere in a report's text.
  for (const f of files) if (f.agency !== undefined) expect(byFile.get(f.name), f.name).toMatchObject({ agency: f.agency.replace(/\r\n?/g, '\n') })
  for (const r of run.results) {
    if ('failed' in r) expect(r.failed.length, r.file).toBeGreaterThan(4)
    if ('skipped' in r) expect(r.skipped.length, r.file).toBeGreaterThan(4)
  }
}

/** No CSV cell is a formula; the printed table has no control character and one line per entry. */
function expectSafeOutput(run: Run) {
  expect(run.csv[0]).toEqual(['文件', '单位', '年度', '错误数', '提醒数', '错误规则', '状态'])
  expect(run.csv).toHaveLength(1 + run.results.length)
  expect(run.csv.flat().filter(startsLikeFormula)).toEqual([])
  // eslint-disable-next-line no-control-regex
  expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/)
  const lines = run.stdout.split('\n')
  expect(lines.indexOf('')).toBe(1 + run.results.length)
}

async function goodDocx() {
  return Promise.all(FIXTURES.slice(0, 2).map(async ([name, report]) => ({ name: `${name}.docx`, bytes: await reportDocxBytes(report), agency: report.meta.agency })))
}

/** The corpus written into a new folder (removed after the tests), and the command line run over it. */
async function corpusRun(options: { heavy?: boolean; filesystem?: boolean }) {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'))
  dirs.push(dir)
  const files = writeHostileCorpus(join(dir, 'corpus'), { ...options, goodDocx: await goodDocx() })
  return { files, run: runOver(join(dir, 'corpus'), 300_000) }
}

describe('npm run check over the hostile corpus', () => {
  it('reads every good report, names every bad file, skips the rest with the reason, exits 0, writes no formula', async () => {
    const { files, run } = await corpusRun({ filesystem: true })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expectOutcomes(run, files)
    expectSafeOutput(run)
    // The names print escaped, each on its own line.
    expect(run.stdout).toContain('names/line\\nbreak.json')
    expect(run.stdout).toContain('names/esc\\x1b[2J\\x1b[31mred\\x1b[0m\\x07.json')
    // A file far larger than a report is refused on its size (it is never read into memory).
    const huge = run.results.find((r) => r.file === 'bad/huge-scan.pdf')
    expect(huge && 'failed' in huge && huge.failed).toContain('文件过大（4096.0 MB）')
    // --json keeps the text exactly as read: it is data for programs, not a spreadsheet.
    const formula = run.results.find((r) => r.file === 'formulas/formula-0.json')
    expect(formula && 'agency' in formula && formula.agency).toBe(`${FORMULAS[0]}公式0镇人民政府`)
    // In the CSV the same name is text.
    expect(run.csv.find((row) => row[0] === 'formulas/formula-0.json')?.[1]).toBe(`'${FORMULAS[0]}公式0镇人民政府`)
    // A file named like a formula is a name, not a formula, in the CSV too.
    expect(run.csv.map((row) => row[0])).toContain('\'=HYPERLINK("http:\\\\example.com","点击").json')
  }, 360_000)

  it('the heavy bombs cost their own file only: the good reports beside them are read, exit 0', async () => {
    const { files, run } = await corpusRun({ heavy: true })
    expect(run.status, `ended by ${run.signal ?? 'itself'} (300 s at most); ${run.stderr.slice(-400)}`).toBe(0)
    expectOutcomes(run, files)
    expectSafeOutput(run)
  }, 360_000)
})
