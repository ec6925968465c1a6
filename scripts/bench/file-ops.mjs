// Word export and .docx import in the browser, without throttle: the app measures both with
// user-timing (performance.measure 'docx-export' and 'report-import'); the export is repeated after
// the docx library has loaded, the import reads the app's own export of the same report.
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const FIXTURE = 'src/report/fixtures/seed-003.json'
const RUNS = 6

/**
 * Waits until the offline service worker has installed: on a first visit it precaches every
 * build file (3.4 MB with pdf.js and its cMaps) and has Chrome compile the scripts, which takes
 * seconds of CPU beside whatever is measured. A user meets that once per version, not at each export.
 */
export async function serviceWorkerReady(page) {
  await page.evaluate(() => Promise.race([navigator.serviceWorker?.ready, new Promise((r) => setTimeout(r, 30_000))]))
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

export async function fileTimes(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true })
  await page.goto(url)
  if (process.env.BENCH_SW_WAIT !== '0') await serviceWorkerReady(page)
  await page.getByTestId('open-file').setInputFiles(FIXTURE)
  await page.locator('.toast', { hasText: '已打开' }).waitFor()
  let saved = ''
  for (let i = 0; i < RUNS; i++) {
    const download = page.waitForEvent('download')
    await page.locator('.header-actions').getByRole('button', { name: '导出 Word' }).click()
    const file = await download
    saved = join(tmpdir(), `bench-export-${i}.docx`)
    await file.saveAs(saved)
  }
  const exports = await page.evaluate(() => performance.getEntriesByName('docx-export').map((e) => e.duration))
  for (let i = 0; i < RUNS; i++) {
    await page.getByTestId('open-file').setInputFiles(saved)
    await page.waitForFunction((n) => performance.getEntriesByName('report-import').length > n, i)
    // The export of the report already open is recognised as the same report (no dialog since
    // 打开报告 recognises identical files); a dialog, where one comes, is cancelled.
    const cancel = page.getByRole('dialog').getByRole('button', { name: '取消' })
    await page.waitForTimeout(200)
    if (await cancel.isVisible()) await cancel.click()
  }
  const imports = await page.evaluate(() => performance.getEntriesByName('report-import').map((e) => e.duration))
  await page.close()
  writeFileSync(join(tmpdir(), 'bench-times.json'), JSON.stringify({ exports, imports }))
  return { fixture: 'seed-003', exportMs: median(exports.slice(1)), importMs: median(imports.slice(1)) }
}
