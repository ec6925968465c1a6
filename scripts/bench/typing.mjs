// Keystroke → next paint, as a user types: into every statistical table, clicking into another
// cell every fifth key, pausing now and then (the checks and the preview then run), with the side
// panel on 检查结果 and on 文档预览. The same keys, the same measurement and the same throttle on
// a bare page of plain inputs whose total one line of JS sums: the browser's own floor.

/** Records, in the page, every keydown's time to the paint after it and every long task. */
export const INSTRUMENT = () => {
  window.__lat = []
  window.__long = []
  window.__typing = false
  document.addEventListener('keydown', (e) => {
    const t0 = e.timeStamp
    // rAF runs before the next frame is painted; a message posted from it arrives after that paint.
    requestAnimationFrame(() => {
      const ch = new MessageChannel()
      ch.port1.onmessage = () => window.__lat.push(performance.now() - t0)
      ch.port2.postMessage(0)
    })
  }, true)
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (window.__typing) window.__long.push(e.duration)
  }).observe({ type: 'longtask' })
}

/**
 * The bare page for one table: a plain HTML table with the same rows and the same number of
 * inputs per row as the app's grid (read from the app, see gridShape), no framework, no CSS
 * containment, and a total that one line of JS sums on every input. The cells the app is typed
 * into sit at the same row and position here, so both pages do the same work for the same keys.
 */
export function barePage(shape) {
  const rows = shape.map((n, r) => `<tr><th>行 ${r + 1}</th>${Array.from({ length: n }, (_, c) => `<td><input data-cell-id="${r}/${c}" inputmode="numeric"></td>`).join('')}</tr>`)
  return `<!doctype html><meta charset="utf-8"><title>bare</title>
<style>table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:0}input{width:100%;box-sizing:border-box;height:30px;text-align:center;border:0}</style>
<table>${rows.join('')}</table><output id="total">0</output>
<script>document.addEventListener('input', () => { let s = 0; for (const i of document.querySelectorAll('input')) s += Number(i.value) || 0; document.getElementById('total').textContent = s })</script>`
}

/** Run in the app's page: inputs per grid row, and where each typed cell sits (row/position). */
export const GRID_SHAPE = (selectors) => {
  const rows = [...document.querySelectorAll('.stat-grid tr')].filter((tr) => tr.querySelector('input'))
  const at = (sel) => {
    const input = document.querySelector(sel)
    const r = rows.indexOf(input.closest('tr'))
    return `[data-cell-id="${r}/${[...rows[r].querySelectorAll('input')].indexOf(input)}"]`
  }
  return { shape: rows.map((tr) => tr.querySelectorAll('input').length), cells: selectors.map(at) }
}

/** Gaps between keys: a steady typist (50 ms) and a burst (30 ms), each measured against the bare page. */
export const KEY_GAPS_MS = (process.env.KEY_GAPS ?? '50,30').split(',').map(Number).filter((n) => n > 0)
const KEYS_PER_CELL = 5
const PAUSE_EVERY = 20
const PAUSE_MS = 700

/**
 * Types `keys` digits into the given cells (a new cell every fifth key, a pause every twentieth),
 * as the user would; `cells` are selectors, used round-robin. `from` continues an earlier call.
 * The pause falls after the tenth key of each twenty, so that in a turn the keys right after it,
 * when the checks and the preview have just run, are measured too.
 */
export async function typeInto(page, cells, keys, from = 0, gap = KEY_GAPS_MS[0]) {
  for (let k = from; k < from + keys; k++) {
    if (k % KEYS_PER_CELL === 0) await page.locator(cells[Math.floor(k / KEYS_PER_CELL) % cells.length]).click()
    await page.keyboard.press(String((k % 9) + 1))
    await page.waitForTimeout(gap)
    if ((k + 1) % PAUSE_EVERY === PAUSE_EVERY / 2) await page.waitForTimeout(PAUSE_MS)
  }
}

/** Keys typed per turn when the app and the bare page take turns (one pause each, mid-turn). */
export const BLOCK_KEYS = PAUSE_EVERY

export async function startTyping(page, throttle) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
  await page.evaluate(() => { window.__lat = []; window.__long = []; window.__typing = true })
  return cdp
}

export async function stopTyping(page, cdp) {
  await page.waitForTimeout(PAUSE_MS)
  const result = await page.evaluate(() => { window.__typing = false; return { lat: window.__lat, long: window.__long } })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  await cdp.detach()
  return result
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}
