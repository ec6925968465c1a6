// npm run check -- DIR [--json FILE] [--csv FILE] (report-file.md §8): every .docx and .json under
// DIR read and checked with the app's own importer and rules, spread over the cores with
// worker_threads. Exits 0 whenever it ran, whatever the reports contain; 2 on a usage error.
import { statSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { relative, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { FileCheck } from '../import/check-file'
import { batchResults, byFile, toCsv, toTable } from './batch-result'
import type { WorkerResult, WorkerTask } from './check-worker'
import { collectFiles } from './collect-files'
import { terminalText } from './terminal-text'

const USAGE = '用法 / usage: npm run check -- 目录 [--json 结果.json] [--csv 结果.csv]'

function usageError(message: string): never {
  console.error(`${terminalText(message)}\n${USAGE}`)
  process.exit(2)
}

function parseArgs(argv: string[]): { dir: string; json: string | null; csv: string | null } {
  let dir: string | null = null
  const out: { json: string | null; csv: string | null } = { json: null, csv: null }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--json' || arg === '--csv') {
      const value = argv[++i]
      if (!value || value.startsWith('--')) usageError(`${arg} 后面缺少文件名`)
      out[arg === '--json' ? 'json' : 'csv'] = value
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
  return { dir, ...out }
}

async function checkAll(paths: string[], dir: string): Promise<FileCheck[]> {
  const checks: FileCheck[] = new Array(paths.length)
  const size = Math.max(1, Math.min(availableParallelism(), paths.length))
  let next = 0
  await Promise.all(Array.from({ length: size }, () => new Promise<void>((done, fail) => {
    const worker = new Worker(new URL('./check-worker.mjs', import.meta.url))
    const send = () => {
      if (next >= paths.length) return void worker.terminate().then(() => done())
      const index = next++
      worker.postMessage({ index, path: paths[index]!, name: relative(dir, paths[index]!) } satisfies WorkerTask)
    }
    worker.on('message', (r: WorkerResult) => {
      checks[r.index] = r.check
      send()
    })
    worker.on('error', fail)
    send()
  })))
  return checks
}

const { dir, json, csv } = parseArgs(process.argv.slice(2))
const started = performance.now()
const { read, passed } = collectFiles(dir)
const paths = read.map((f) => f.path)
const results = byFile([...batchResults(read.map((f) => f.name), await checkAll(paths, dir)), ...passed])
const seconds = (performance.now() - started) / 1000
console.log(toTable(results))
const failed = results.filter((r) => 'failed' in r).length
const skipped = results.filter((r) => 'skipped' in r).length
const withErrors = results.filter((r) => 'errors' in r && r.errors.length > 0).length
console.log(`\n${paths.length} 个文件：${withErrors} 份有错误，${failed} 个无法读取${skipped ? `，另跳过 ${skipped} 项（见上表）` : ''}；用时 ${seconds.toFixed(1)} 秒（${(paths.length / Math.max(seconds, 0.001)).toFixed(0)} 份/秒）`)
if (json) writeFileSync(resolve(json), `${JSON.stringify(results, null, 2)}\n`)
if (csv) writeFileSync(resolve(csv), toCsv(results))
