// Start-up with a full workspace: 200 reports (each a seed report under another name) written into
// the app's IndexedDB, then a reload timed from navigation start to the editor showing the last
// open report with its agency filled in. The five reloads, sorted.
import { readFileSync } from 'node:fs'

export async function startupWithWorkspace(browser, url) {
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
