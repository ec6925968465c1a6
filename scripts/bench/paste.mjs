// A 25×7 block pasted into table 3 (every row with its 总计, the （七）总计 row included), as the
// user pastes a published table: from the paste event to the paint after the last cell shows its
// number, at the typing bench's CPU throttle. The first paste (which loads the placement code) is
// not measured; each measured paste writes new numbers so that every cell changes.

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

export async function pasteTimes(browser, url, throttle) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
  await page.goto(url)
  await page.locator('.section-nav button', { hasText: '三 申请情况' }).click()
  const first = page.locator('[data-cell-id="table3/newReceived/naturalPerson"]')
  const runs = []
  const cdp = await page.context().newCDPSession(page)
  for (let i = 0; i < 7; i++) {
    const { text, last } = block(i)
    await first.click()
    if (i > 0) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
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
    if (i > 0) runs.push(ms)
    await page.waitForTimeout(500)
  }
  await cdp.detach()
  await page.close()
  const sorted = [...runs].sort((a, b) => a - b)
  return { runs, median: sorted[Math.floor(sorted.length / 2)] }
}
