// npm run check -- DIR [--json FILE] [--csv FILE] (report-file.md §8): every .docx and .json under
// DIR read and checked with the app's own importer and rules, spread over the cores with
// worker_threads. Exits 0 whenever it ran, whatever the reports contain; 2 on a usage error.
import { statSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { relative, resolve } from 'node:path'
import { batchResults, byFile, summaryLine, toCsv, toTable } from './batch-result'
import { collectFiles } from './collect-files'
import { visibleText } from '../report/visible-text'
import { batchPrevious } from '../report/county/review-batch'
import { checkInPool, readEachInPool } from '../worker/jobs'
import { nodePool } from '../worker/node-pool'
import type { FileRead } from '../worker/protocol'
import { loadCountyOptions, rosterLines } from './county-options'

/** Each worker's heap: far above a real report's needs, far below what would stop the machine. */
const WORKER_MEMORY_MB = 1024
const DEFAULT_TIMEOUT_S = 60

const USAGE = '用法 / usage: npm run check -- 目录 [--json 结果.json] [--csv 结果.csv] [--timeout 每个文件的秒数] [--rules 规则包.json] [--roster 单位名单.csv]'

function usageError(message: string): never {
  console.error(`${visibleText(message)}\n${USAGE}`)
  process.exit(2)
}

type FileOption = 'json' | 'csv' | 'rules' | 'roster'
const FILE_OPTIONS: readonly string[] = ['--json', '--csv', '--rules', '--roster']

function parseArgs(argv: string[]): { dir: string; timeoutMs: number } & Record<FileOption, string | null> {
  let dir: string | null = null
  const out: Record<FileOption, string | null> = { json: null, csv: null, rules: null, roster: null }
  let timeoutMs = DEFAULT_TIMEOUT_S * 1000
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--timeout') {
      const seconds = Number(argv[++i])
      if (!(seconds > 0)) usageError('--timeout 后面应是秒数（大于 0）')
      timeoutMs = seconds * 1000
    } else if (FILE_OPTIONS.includes(arg)) {
      const value = argv[++i]
      if (!value || value.startsWith('--')) usageError(`${arg} 后面缺少文件名`)
      out[arg.slice(2) as FileOption] = value
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE)
      process.exit(0)
    } else if (arg.startsWith('--')) usageError(`不认识的选项 ${arg}`)
    else if (dir === null) dir = arg
    else usageError(`多余的参数 ${arg}：只能检查一个目录`)
  }
  if (!dir) usageError('缺少要检查的目录')
  let isDir = false
  try {
    isDir = statSync(dir).isDirectory()
  } catch {
    usageError(`目录不存在：${dir}`)
  }
  if (!isDir) usageError(`不是目录：${dir}`)
  return { dir, ...out, timeoutMs }
}

/** A file's modification time (ISO), or null when it can no longer be read. */
function modifiedAt(path: string): string | null {
  try {
    return statSync(path).mtime.toISOString()
  } catch {
    return null
  }
}

/**
 * Every file read and checked in the worker pool, each report of a file holding several as an
 * entry of its own (a file that crashes or stalls its worker is
 * that file's failure, never the run's); then, for each report whose last year's report is in the
 * folder, checked again with it, as 汇总审核 does.
 */
async function checkAll(paths: string[], dir: string, timeoutMs: number): Promise<{ reads: FileRead[]; receivedAt: (string | null)[] }> {
  const pool = nodePool({ script: new URL('./check-worker.mjs', import.meta.url), size: Math.max(1, Math.min(availableParallelism(), paths.length)), timeoutMs, memoryMb: WORKER_MEMORY_MB })
  try {
    // A PDF holding several reports gives one entry per report (named by the file and its unit).
    const perFile = await Promise.all(paths.map((path) => readEachInPool(pool, relative(dir, path), { path })))
    const reads = perFile.flat()
    // Each entry's file time: which of a unit's submissions is its latest (batchResults).
    const receivedAt = perFile.flatMap((entries, i) => entries.map(() => modifiedAt(paths[i]!)))
    const read = reads.flatMap((r, i) => (r.ok ? [{ id: String(i), report: r.report }] : []))
    const previous = batchPrevious(read)
    await Promise.all(reads.map(async (r, i) => {
      const last = previous.get(String(i))
      if (r.ok && last) r.check = await checkInPool(pool, r.report, { previous: last, importFindings: r.findings })
    }))
    return { reads, receivedAt }
  } finally {
    pool.close()
  }
}

const { dir, json, csv, timeoutMs, rules, roster } = parseArgs(process.argv.slice(2))
const county = loadCountyOptions(rules, roster, usageError)
const started = performance.now()
const { read, passed } = collectFiles(dir)
const paths = read.map((f) => f.path)
const { reads: checks, receivedAt } = await checkAll(paths, dir, timeoutMs)
// With --rules and --roster (county-options.ts): pack findings and scores, and the roster's units.
const run = batchResults(checks.map((c) => c.name), checks, { ...county, receivedAt })
const results = byFile([...run.results, ...passed])
const { missing } = run
const seconds = (performance.now() - started) / 1000
console.log(toTable(results))
console.log(`\n${summaryLine(paths.length, checks, results)}；用时 ${seconds.toFixed(1)} 秒（${(paths.length / Math.max(seconds, 0.001)).toFixed(0)} 份/秒）`)
for (const line of rosterLines(run)) console.log(visibleText(line))
if (json) writeFileSync(resolve(json), `${JSON.stringify([...results, ...missing], null, 2)}\n`)
if (csv) writeFileSync(resolve(csv), toCsv(results))
