// Command line figures for npm run bench: files per second and peak memory (the whole process,
// worker threads included) over 2,000 mostly .json reports, and over the hostile corpus with its
// bombs (scripts/hostile-corpus.mjs). Printed, never asserted.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeHostileCorpus } from '../hostile-corpus.mjs'

const JSON_SEED = 'src/report/fixtures/seed-000.json'
const WORD = 'src/import/test-fixtures/seed-layout.docx'
// Peak resident memory of the process, printed by the process itself as it exits.
const PEAK = 'data:text/javascript,process.on("exit",()=>process.stderr.write(`peak-rss ${process.resourceUsage().maxRSS}\\n`))'

/** `count` reports: one in 20 a Word file, the rest .json, each under its own unit's name. */
function mostlyJson(count) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'))
  const seed = JSON.parse(readFileSync(JSON_SEED, 'utf8'))
  const word = readFileSync(WORD)
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `county-${String(i % 20).padStart(2, '0')}`)
    mkdirSync(sub, { recursive: true })
    if (i % 20 === 19) writeFileSync(join(sub, `report-${i}.docx`), word)
    else writeFileSync(join(sub, `report-${i}.json`), JSON.stringify({ ...seed, meta: { ...seed.meta, agency: `伊川县第${i + 1}镇人民政府` } }))
  }
  return dir
}

/** One run of the built command line: its own figures, peak RSS in MB, exit status. */
function run(dir, timeoutMs) {
  const started = Date.now()
  const out = spawnSync('node', ['--import', PEAK, 'dist-cli/check.mjs', dir], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 256 << 20 })
  const seconds = (Date.now() - started) / 1000
  const peak = /peak-rss (\d+)/.exec(out.stderr)
  const summary = /(\d+) 个文件：.*/.exec(out.stdout)
  return {
    seconds,
    peakMb: peak ? Math.round(Number(peak[1]) / 1024) : null,
    status: out.status,
    signal: out.signal,
    summary: summary?.[0] ?? null,
    error: out.stderr.split('\n').find((l) => /Error|heap|memory/i.test(l)) ?? null,
  }
}

export async function cliFigures() {
  spawnSync('node', ['scripts/build-cli.mjs'], { stdio: 'ignore' })
  const lines = []
  const plain = mostlyJson(2000)
  const a = run(plain, 600_000)
  lines.push(`command line on 2,000 reports (1,900 .json, 100 .docx): ${(2000 / a.seconds).toFixed(0)} files/s wall clock (${a.seconds.toFixed(1)} s), peak RSS ${a.peakMb ?? '?'} MB, exit ${a.status ?? a.signal} (issue 22 measured 179–194 files/s and 228 MB before limits and isolation; target: at most 10% slower)`)
  rmSync(plain, { recursive: true, force: true })
  const hostile = mkdtempSync(join(tmpdir(), 'bench-hostile-'))
  const files = await makeHostileCorpus(join(hostile, 'corpus'), { heavy: true })
  const b = run(join(hostile, 'corpus'), 300_000)
  lines.push(`command line on the hostile corpus (${files.length} files, the bombs included, good reports among them): ${b.seconds.toFixed(1)} s, peak RSS ${b.peakMb ?? '? (did not exit normally)'} MB, exit ${b.status ?? b.signal}${b.summary ? `; ${b.summary}` : ''}${b.status !== 0 && b.error ? `; ${b.error.trim().slice(0, 160)}` : ''}`)
  rmSync(hostile, { recursive: true, force: true })
  return lines
}
