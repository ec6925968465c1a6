// npm run bench: speed and size figures, printed, never asserted. Needs a build (npm run build).
// Every figure that has a natural reference is printed as a ratio against one measured in the
// same run: typing in the app against typing in a bare page of plain inputs (served by this
// script, same keys, same measurement, same CPU throttle). The others are absolute times.
import { chromium } from '@playwright/test'
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { cliFigures } from './bench/cli.mjs'
import { batchOpen, cliLastYearCost, cliRate, scrollReview } from './bench/county.mjs'
import { fileTimes } from './bench/file-ops.mjs'
import { publishedTimes } from './bench/published.mjs'
import { chartsInInitialJs, dashboard, januaryReview } from './bench/january.mjs'
import { startupWithWorkspace } from './bench/startup.mjs'
import { pasteTimes } from './bench/paste.mjs'
import { barePage, BLOCK_KEYS, GRID_SHAPE, INSTRUMENT, KEY_GAPS_MS, percentile, startTyping, stopTyping, typeInto } from './bench/typing.mjs'

// BENCH_PORT: another port for the preview (the bare page takes the next one).
const PORT = Number(process.env.BENCH_PORT ?? 4174)
const BARE_PORT = Number(process.env.BENCH_BARE_PORT ?? PORT + 1)
const THROTTLE = Number(process.env.THROTTLE ?? 4)
const KEYS = Number(process.env.KEYS ?? 200)
const ONLY = process.env.BENCH_ONLY ?? ''

function initialJsGzip() {
  const html = readFileSync('dist/index.html', 'utf8')
  const refs = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1])
  let gz = 0
  for (const ref of refs) gz += gzipSync(readFileSync(join('dist', ref.replace(/^\.?\//, ''))), { level: 9 }).length
  return { files: refs.length, gz }
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('preview server did not start')
}

const TABLE_CELLS = {
  '二 主动公开': ['rules/issued', 'normativeDocs/issued', 'licensing/decisions', 'penalty/decisions', 'fees/amountWanYuan'].map((c) => `[data-cell-id="table2/${c}"]`),
  '三 申请情况': ['newReceived/naturalPerson', 'carriedOver/commercial', 'granted/naturalPerson', 'partial/research', 'carriedForward/otherOrg', 'unable.notHeld/legalService'].map((c) => `[data-cell-id="table3/${c}"]`),
  '四 复议诉讼': ['review/upheld', 'review/pending', 'litigationDirect/corrected', 'litigationAfterReview/other'].map((c) => `[data-cell-id="table4/${c}"]`),
}

/** One measured turn of BLOCK_KEYS keys on a page, from key number `from`. */
async function typeTurn(page, cells, from, gap) {
  await page.bringToFront()
  const cdp = await startTyping(page, THROTTLE)
  await typeInto(page, cells, BLOCK_KEYS, from, gap)
  return stopTyping(page, cdp)
}

const merge = (parts) => ({ lat: parts.flatMap((p) => p.lat), long: parts.flatMap((p) => p.long) })

/**
 * Each app segment (one table, one side-panel tab) is paired with the bare page of the same table
 * shape, and the two take turns of 20 keys (a pause each): the machine's load drifts over a run,
 * and each ratio compares figures measured side by side. Before the first segment both pages get
 * one unmeasured turn, so that neither is measured while its code is still being compiled.
 */
async function typeBoth(browser, url, bareUrl, gap) {
  const app = await browser.newPage({ viewport: { width: 1366, height: 768 } })
  await app.addInitScript(INSTRUMENT)
  await app.goto(url)
  await app.getByTestId('open-file').setInputFiles('src/report/fixtures/seed-000.json')
  await app.locator('.toast', { hasText: '已打开' }).waitFor()
  const bare = await browser.newPage({ viewport: { width: 1366, height: 768 } })
  await bare.addInitScript(INSTRUMENT)
  const rows = []
  let warm = false
  for (const tab of ['检查结果', '文档预览']) {
    await app.bringToFront()
    await app.getByRole('tab', { name: tab }).click()
    for (const [nav, cells] of Object.entries(TABLE_CELLS)) {
      await app.bringToFront()
      await app.locator('.section-nav button', { hasText: nav }).click()
      await app.waitForTimeout(400)
      const grid = await app.evaluate(GRID_SHAPE, cells)
      await bare.goto(`${bareUrl}?shape=${grid.shape.join(',')}`)
      if (!warm) {
        await typeTurn(bare, grid.cells, 0, gap)
        await typeTurn(app, cells, 0, gap)
        warm = true
      }
      const a = []
      const b = []
      for (let from = 0; from < KEYS; from += BLOCK_KEYS) {
        b.push(await typeTurn(bare, grid.cells, from, gap))
        a.push(await typeTurn(app, cells, from, gap))
      }
      rows.push({ tab, nav, app: merge(a), bare: merge(b) })
    }
  }
  await app.close()
  await bare.close()
  return rows
}

const fmt = (ms) => `${ms.toFixed(1)} ms`
const want = (name) => !ONLY || ONLY.split(',').includes(name)

// BENCH_DIST: another build to measure (a copy of an earlier dist/, to compare two versions in turn).
const preview = spawn('./node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', ...(process.env.BENCH_DIST ? ['--outDir', process.env.BENCH_DIST] : [])], { stdio: 'ignore' })
const bare = createServer((req, res) => {
  const shape = (new URL(req.url ?? '/', 'http://x').searchParams.get('shape') ?? '').split(',').map(Number).filter((n) => n > 0)
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(barePage(shape))
}).listen(BARE_PORT, '127.0.0.1')
try {
  await waitForServer(`http://127.0.0.1:${PORT}/`)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  const url = `http://127.0.0.1:${PORT}/`
  console.log(`CPU throttle ${THROTTLE}× for typing; ${KEYS} keys per table and side-panel tab, ${KEY_GAPS_MS.join(' ms and ')} ms apart (one run each), a new cell every 5 keys, a pause after the 10th of every 20; app and bare page (same table shape) take turns of ${BLOCK_KEYS} keys`)
  for (const gap of want('typing') ? KEY_GAPS_MS : []) {
    console.log(`typing, keys ${gap} ms apart:`)
    const rows = await typeBoth(browser, url, `http://127.0.0.1:${BARE_PORT}/`, gap)
    const pool = (key, field) => rows.flatMap((r) => r[key][field])
    for (const r of rows) {
      const a95 = percentile(r.app.lat, 95)
      const b95 = percentile(r.bare.lat, 95)
      console.log(`  ${r.nav}, side panel ${r.tab}: app p50 ${fmt(percentile(r.app.lat, 50))} p95 ${fmt(a95)}; bare p95 ${fmt(b95)}; ratio ${(a95 / b95).toFixed(2)}×; long tasks ${r.app.long.length}${r.app.long.length ? ` (max ${Math.max(...r.app.long).toFixed(0)} ms)` : ''}`)
    }
    const a95 = percentile(pool('app', 'lat'), 95)
    const b95 = percentile(pool('bare', 'lat'), 95)
    const long = pool('app', 'long')
    console.log(`bare page of inputs, all segments: keydown → paint p50 ${fmt(percentile(pool('bare', 'lat'), 50))}, p95 ${fmt(b95)} (n=${pool('bare', 'lat').length}); its long tasks ${pool('bare', 'long').length}`)
    console.log(`app, all typing at ${gap} ms: keydown → paint p50 ${fmt(percentile(pool('app', 'lat'), 50))}, p95 ${fmt(a95)} = ${(a95 / b95).toFixed(2)}× bare (target ≤ 1.25×); long tasks over 50 ms: ${long.length} (target 0)${long.length ? `, max ${Math.max(...long).toFixed(0)} ms` : ''}`)
  }
  if (want('paste')) {
    const p = await pasteTimes(browser, url, THROTTLE)
    console.log(`paste of a 25×7 block (table 3 with （七）总计, as text) at ${THROTTLE}× CPU throttle, paste event → cells written and painted: median ${fmt(p.median)} (of ${p.runs.map((x) => x.toFixed(0)).join(', ')} ms; target ≤ 100 ms); of which placing ${fmt(p.place)}, writing ${fmt(p.write)}`)
    const c = p.cpu
    console.log(`  the same paste unthrottled, main-thread CPU time (not wall time; load-independent): ${fmt(c.total)} = script ${fmt(c.script)} + style ${fmt(c.style)} + layout ${fmt(c.layout)} + paint ${fmt(c.paint)} + other`)
  }
  if (want('files')) {
    const t = await fileTimes(browser, url)
    console.log(`Word export of the largest fixture (${t.fixture}), docx loaded, no throttle: median ${fmt(t.exportMs)} (target ≤ 150 ms)`)
    console.log(`.docx import of that export, no throttle: median ${fmt(t.importMs)} (target ≤ 200 ms)`)
  }
  if (want('published')) {
    const p = await publishedTimes(browser, url)
    console.log(`published web page (${(p.htmlBytes / 1024).toFixed(0)} kB, CMS frame and scripts) through 打开报告, no throttle: median ${fmt(p.html.median)} (first, loading the reader: ${fmt(p.html.first)}; target ≤ 150 ms)`)
    console.log(p.pdf ? `PDF of ${p.pages} pages (LibreOffice) through 打开报告, no throttle: median ${fmt(p.pdf.median)} (first, loading pdf.js: ${fmt(p.pdf.first)}; target ≤ 1500 ms)` : 'PDF: no figure (soffice not installed)')
    console.log(`command line (npm run check, whole command with its start-up, ${availableParallelism()} cores): ${p.cliHtml.rate.toFixed(1)} web pages/s (100 in ${p.cliHtml.seconds.toFixed(1)} s; target ≥ 50)`)
    console.log(p.cliPdf ? `command line, PDFs: ${p.cliPdf.rate.toFixed(1)} PDF files/s (20 copies of the ${p.pages}-page PDF, median of ${p.cliPdf.runs.length} runs: ${p.cliPdf.runs.map((s) => s.toFixed(1)).join(', ')} s; target ≥ 5 files/s)` : 'command line, PDFs: no figure (soffice not installed)')
  }
  if (want('startup')) {
    const startup = await startupWithWorkspace(browser, url)
    console.log(`start-up with 200 reports in 我的报告, navigation → editor showing the last open report, no throttle: median ${startup[2].toFixed(0)} ms (of ${startup.map((x) => x.toFixed(0)).join(', ')}; target < 1000 ms)`)
  }
  if (want('county')) {
    const batch = await batchOpen(browser, url)
    console.log(`汇总审核: 100 .docx reports batch-opened (read in workers, checked, stored, listed): ${batch.toFixed(1)} s (target ≤ 3 s)`)
    const scroll = await scrollReview(browser, url)
    console.log(`汇总审核: the review table of 500 reports scrolled top to bottom: ${scroll.frames.length} frames, ${scroll.tasks.length} long tasks${scroll.tasks.length ? ` (max ${Math.max(...scroll.tasks).toFixed(0)} ms)` : ''}, ${scroll.rows} rows in the DOM (target: no long task)`)
    const cli = cliRate()
    console.log(`command line on 200 .docx reports: ${cli ? `${cli.rate} reports/s (${cli.seconds} s)` : 'no figure'} (target ≥ 50 reports/s)`)
    const last = cliLastYearCost()
    console.log(`command line, 200 .docx + 200 last-year .json: each report also checked with its last year's ${last.withLastYear.toFixed(2)} s, none to compare ${last.without.toFixed(2)} s = ${((last.withLastYear / last.without - 1) * 100).toFixed(0)}% more (target ≤ 20%)`)
  }
  if (want('cli')) for (const line of await cliFigures()) console.log(line)
  if (want('january')) {
    const review = await januaryReview()
    console.log(`汇总审核 January: 500 reports after reading — checks across reports with the copy check (${review.copies} copied reports found), roster of 500, rule pack, triage and scores: ${review.times.map((t) => t.toFixed(0)).join(', ')} ms (target ≤ 5000 ms)`)
    console.log(`汇总审核 January: a refresh of the 500 (januaryReview alone; first run checks each report against the pack, then the same reports and pack): ${review.refresh.map((t) => t.toFixed(0)).join(', ')} ms`)
    const drawn = await dashboard(browser, url)
    console.log(`汇总审核 January: dashboard of 500 reports drawn (first includes loading its chunk): ${drawn.map((t) => t.toFixed(0)).join(', ')} ms (target ≤ 300 ms)`)
    const leaked = chartsInInitialJs()
    console.log(`汇总审核 January: chart code in the initial JavaScript: ${leaked.length ? `yes (${leaked.join(', ')})` : 'no'} (target: no)`)
  }
  await browser.close()
  const size = initialJsGzip()
  console.log(`initial JavaScript: ${size.files} file(s), ${(size.gz / 1024).toFixed(1)} kB gzip (target ≤ 120 kB)`)
} finally {
  preview.kill()
  bare.close()
}
