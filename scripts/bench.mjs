// npm run bench: speed and size figures (printed, never asserted).
// - keystroke → updated total latency in table 3 with the CPU throttled 4× (p50/p95), measured
//   in the page from the keydown event's timestamp to the mutation of the 总计 cell, plus the
//   Event Timing API duration of the same key events;
// - the gzip size of the JavaScript the first page load needs.
// Needs a build (`npm run build`); starts its own preview server on port 4174.
import { chromium } from '@playwright/test'
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { batchOpen, cliRate, scrollReview } from './bench/county.mjs'

const PORT = 4174
const KEYSTROKES = 200
const THROTTLE = Number(process.env.THROTTLE ?? 4)
// Pause between keys: 40 ms is 1500 keys a minute, faster than any typist, and lets the page
// finish its frame as it does between real keystrokes.
const KEY_GAP_MS = Number(process.env.KEY_GAP_MS ?? 40)

function initialJsGzip() {
  const html = readFileSync('dist/index.html', 'utf8')
  const refs = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1])
  let raw = 0
  let gz = 0
  for (const ref of refs) {
    const buf = readFileSync(join('dist', ref.replace(/^\.?\//, '')))
    raw += buf.length
    gz += gzipSync(buf, { level: 9 }).length
  }
  return { files: refs.length, raw, gz }
}


/** The same measurement on a page with nothing but an input: the browser's own floor. */
async function bareInputBaseline(browser) {
  const page = await browser.newPage()
  await page.setContent(`<input id="i"><output id="o">0</output><script>
    const i = document.getElementById('i'), o = document.getElementById('o')
    i.addEventListener('input', () => { o.textContent = String(i.value.length) })
    window.__lat = []; let t0 = 0
    document.addEventListener('keydown', (e) => { t0 = e.timeStamp }, true)
    new MutationObserver(() => { if (t0) window.__lat.push(performance.now() - t0); t0 = 0 })
      .observe(o, { childList: true, characterData: true, subtree: true })
  </script>`)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE })
  await page.click('#i')
  for (let k = 0; k < KEYSTROKES; k++) {
    await page.keyboard.press(String((k % 9) + 1))
    await page.waitForTimeout(KEY_GAP_MS)
  }
  const lat = await page.evaluate(() => window.__lat)
  await page.close()
  return lat
}

/**
 * Start-up with a full workspace: 200 reports (each a seed report under another name) written into
 * the app's IndexedDB, then a reload timed from navigation start to the editor showing the last
 * open report with its agency filled in. Median of 5 reloads.
 */
async function startupWithWorkspace(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
  await page.goto(url)
  await page.locator('#meta-agency').waitFor()
  const seed = JSON.parse(readFileSync('src/report/fixtures/seed-000.json', 'utf8'))
  await page.evaluate(async ({ seed, count }) => {
    const db = await new Promise((ok, fail) => {
      const req = indexedDB.open('gov-info-annual-report')
      req.onsuccess = () => ok(req.result)
      req.onerror = () => fail(req.error)
    })
    const tx = db.transaction(['entries', 'bodies', 'versions', 'settings'], 'readwrite')
    const at = new Date().toISOString()
    for (let i = 0; i < count; i++) {
      const id = `bench-${i}`
      const report = { ...seed, meta: { ...seed.meta, agency: `第${i}镇人民政府` } }
      tx.objectStore('entries').put({ id, agency: report.meta.agency, year: report.meta.year, unitType: 'township', createdAt: at, updatedAt: at, errors: 0, warnings: 2, deletedAt: null, origin: 'file', source: null })
      tx.objectStore('bodies').put({ id, revision: 1, report, baseline: null, findings: [] })
      tx.objectStore('versions').add({ reportId: id, createdAt: at, reason: 'import', report, changes: null })
    }
    tx.objectStore('settings').put(`bench-${count - 1}`, 'lastOpen')
    await new Promise((ok) => (tx.oncomplete = ok))
    db.close()
  }, { seed, count: 200 })
  await page.addInitScript(() => {
    const look = () => {
      const input = document.querySelector('#meta-agency')
      if (input && input.value.startsWith('第199镇')) window.__ready = performance.now()
      else requestAnimationFrame(look)
    }
    requestAnimationFrame(look)
  })
  const times = []
  for (let i = 0; i < 5; i++) {
    await page.reload()
    await page.waitForFunction(() => window.__ready !== undefined)
    times.push(await page.evaluate(() => window.__ready))
  }
  await page.close()
  return times.sort((a, b) => a - b)
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
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

const server = spawn('./node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' })
try {
  await waitForServer(`http://127.0.0.1:${PORT}/`)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
  await page.goto(`http://127.0.0.1:${PORT}/`)
  await page.evaluate(() => localStorage.clear())
  await page.reload()
  await page.locator('.section-nav button', { hasText: '三 申请情况' }).click()
  await page.evaluate(() => {
    const w = window
    w.__lat = []
    w.__app = []
    w.__events = []
    let t0 = 0
    let t1 = 0
    document.addEventListener('keydown', (e) => { t0 = e.timeStamp }, true)
    document.addEventListener('input', (e) => { t1 = e.timeStamp }, true)
    const totals = document.querySelectorAll('[data-cell-id$="/total"]')
    const obs = new MutationObserver(() => {
      const now = performance.now()
      if (t0) w.__lat.push(now - t0)
      if (t1) w.__app.push(now - t1)
      t0 = 0
      t1 = 0
    })
    totals.forEach((el) => obs.observe(el, { characterData: true, childList: true, subtree: true }))
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'keydown') w.__events.push(e.duration)
    }).observe({ type: 'event', durationThreshold: 16, buffered: true })
  })
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE })
  const rows = ['newReceived', 'carriedOver', 'granted', 'partial', 'denied.stateSecret']
  const cols = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService']
  let typed = 0
  outer: for (const r of rows) {
    for (const c of cols) {
      await page.locator(`[data-cell-id="table3/${r}/${c}"]`).click()
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press(String((typed % 9) + 1))
        typed++
        await page.waitForTimeout(KEY_GAP_MS)
        if (typed >= KEYSTROKES) break outer
      }
    }
  }
  await page.waitForTimeout(300)
  const { lat, app, events } = await page.evaluate(() => ({ lat: window.__lat, app: window.__app, events: window.__events }))
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  const baseline = await bareInputBaseline(browser)
  const startup = await startupWithWorkspace(browser, `http://127.0.0.1:${PORT}/`)
  const batch = await batchOpen(browser, `http://127.0.0.1:${PORT}/`)
  const scroll = await scrollReview(browser, `http://127.0.0.1:${PORT}/`)
  const cli = cliRate()
  await browser.close()
  const size = initialJsGzip()
  console.log(`keystrokes typed: ${typed} into table 3 at ${THROTTLE}× CPU throttle, ${KEY_GAP_MS} ms apart`)
  console.log(`input event → total updated (the app's own work): p50 ${percentile(app, 50).toFixed(1)} ms, p95 ${percentile(app, 95).toFixed(1)} ms (n=${app.length})`)
  console.log(`keydown → total updated: p50 ${percentile(lat, 50).toFixed(1)} ms, p95 ${percentile(lat, 95).toFixed(1)} ms (n=${lat.length}; target p95 < 16 ms)`)
  console.log(`reference, a bare <input> updating an <output> in plain JS, same throttle: keydown → output p50 ${percentile(baseline, 50).toFixed(1)} ms, p95 ${percentile(baseline, 95).toFixed(1)} ms`)
  console.log(`Event Timing keydown entries ≥ 16 ms: ${events.length} of ${typed}${events.length ? `, p95 ${percentile(events, 95)} ms` : ''}`)
  console.log(`start-up with 200 reports in 我的报告, navigation → editor showing the last open report: median ${startup[2].toFixed(0)} ms (of ${startup.map((t) => t.toFixed(0)).join(', ')}; target < 1000 ms, no throttle)`)
  console.log(`汇总审核: 100 .docx reports batch-opened (read in workers, checked, stored, listed): ${batch.toFixed(1)} s (target ≤ 10 s)`)
  console.log(`汇总审核: scrolling the review table of 500 reports top to bottom: ${scroll.frames.length} frames, ${scroll.tasks.length} long tasks${scroll.tasks.length ? ` (max ${Math.max(...scroll.tasks).toFixed(0)} ms)` : ''}, ${scroll.rows} rows in the DOM (target: no long task)`)
  console.log(`command line on 200 .docx reports: ${cli ? `${cli.rate} reports/s (${cli.seconds} s)` : 'no figure'} (target ≥ 20 reports/s)`)
  console.log(`initial JavaScript: ${size.files} file(s), ${(size.raw / 1024).toFixed(1)} kB raw, ${(size.gz / 1024).toFixed(1)} kB gzip (target < 150 kB)`)
} finally {
  server.kill()
}
