// A 25×7 block pasted into table 3 (every row with its 总计, the （七）总计 row included), as the
// user pastes a published table: from the paste event to the paint after the last cell shows its
// number, at the typing bench's CPU throttle. The first paste is not measured (the placement code
// is fetched when the page is idle; a first paste may still compile it); each measured paste
// writes new numbers so that every cell changes. Beside the wall time: the app's own split
// (user timings paste-place and paste-write) and the main thread's CPU time from a trace (thread
// time, so other processes on a busy machine do not count), by kind.
import { readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serviceWorkerReady } from './file-ops.mjs'

function block(seed) {
  const rows = []
  const leaf = (i) => [1, 2, 0, 1, 0, 0].map((v) => v + ((i + seed) % 3))
  const sum = (a) => a.reduce((x, y) => x + y, 0)
  rows.push(leaf(0), leaf(1))
  const results = Array.from({ length: 21 }, (_, i) => leaf(i + 2))
  rows.push(...results)
  const total = [0, 1, 2, 3, 4, 5].map((c) => sum(results.map((r) => r[c])))
  const out = rows.map((r) => [...r, sum(r)])
  out.splice(23, 0, [...total, sum(total)])
  out.push([...leaf(24), sum(leaf(24))])
  return { text: out.map((r) => r.join('\t')).join('\n'), last: String(out[24][5]) }
}

const KINDS = {
  FunctionCall: 'script', RunMicrotasks: 'script', EventDispatch: 'script', TimerFire: 'script', FireAnimationFrame: 'script', 'V8.Execute': 'script',
  MinorGC: 'script', MajorGC: 'script', UpdateLayoutTree: 'style', Layout: 'layout', PrePaint: 'paint', Paint: 'paint', Layerize: 'paint', Commit: 'paint',
}

/** Main-thread CPU ms in a trace between the paste event and `wallMs` later: all tasks, and by kind. */
function cpuOf(file, wallMs) {
  const events = JSON.parse(readFileSync(file, 'utf8')).traceEvents
  const paste = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'paste')
  if (!paste) return null
  const end = paste.ts + wallMs * 1000
  const main = events.filter((e) => e.pid === paste.pid && e.tid === paste.tid && e.ph === 'X' && e.ts >= paste.ts && e.ts <= end)
  const ms = (e) => (e.tdur ?? e.dur) / 1000
  const out = { total: main.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').reduce((a, e) => a + ms(e), 0) }
  const kinds = main.filter((e) => KINDS[e.name])
  for (const e of kinds) {
    if (kinds.some((p) => p !== e && p.ts <= e.ts && p.ts + p.dur >= e.ts + e.dur)) continue
    out[KINDS[e.name]] = (out[KINDS[e.name]] ?? 0) + ms(e)
  }
  return out
}

export async function pasteTimes(browser, url, throttle) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
  await page.goto(url)
  // As the files and county segments do: the first pastes otherwise share the CPU with the offline
  // cache's install (once per version), which doubled them (264 and 132 ms against 82–103 ms).
  if (process.env.BENCH_SW_WAIT !== '0') await serviceWorkerReady(page)
  await page.locator('.section-nav button', { hasText: '三 申请情况' }).click()
  const first = page.locator('[data-cell-id="table3/newReceived/naturalPerson"]')
  const runs = []
  const split = []
  const cpu = []
  const trace = join(tmpdir(), `bench-paste-${process.pid}.json`)
  const cdp = await page.context().newCDPSession(page)
  for (let i = 0; i < 11; i++) {
    const { text, last } = block(i)
    await first.click()
    // Pastes 1–6 are timed on the wall clock; 7–10, unthrottled, are traced for their CPU time.
    const traced = i > 6
    if (i > 0 && !traced) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
    if (traced) await browser.startTracing(page, { path: trace, categories: ['devtools.timeline', 'toplevel', 'v8'] })
    const ms = await page.evaluate(([t, expected]) => new Promise((resolve) => {
      const el = document.activeElement
      const target = document.querySelector('[data-cell-id="table3/carriedForward/otherOrg"]')
      const data = new DataTransfer()
      data.setData('text/plain', t)
      const t0 = performance.now()
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
      const check = () => {
        if (target.value !== expected) return requestAnimationFrame(check)
        // The value is in the DOM before this frame paints; a message from rAF arrives after it.
        requestAnimationFrame(() => {
          const ch = new MessageChannel()
          ch.port1.onmessage = () => resolve(performance.now() - t0)
          ch.port2.postMessage(0)
        })
      }
      check()
    }), [text, last])
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    if (traced) {
      await page.waitForTimeout(50)
      await browser.stopTracing()
      const c = cpuOf(trace, ms)
      if (c) cpu.push(c)
    } else if (i > 0) {
      runs.push(ms)
      split.push(await page.evaluate(() => ['paste-place', 'paste-write'].map((n) => performance.getEntriesByName(n).at(-1)?.duration ?? NaN)))
    }
    await page.waitForTimeout(500)
  }
  rmSync(trace, { force: true })
  await cdp.detach()
  await page.close()
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN
  const cpuMedian = Object.fromEntries(['total', 'script', 'style', 'layout', 'paint'].map((k) => [k, median(cpu.map((c) => c[k] ?? 0))]))
  return { runs, median: median(runs), place: median(split.map((s) => s[0])), write: median(split.map((s) => s[1])), cpu: cpuMedian }
}
