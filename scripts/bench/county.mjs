// County review figures for npm run bench: 100 .docx reports batch-opened in the browser, the
// command line's rate on 200 reports, and scrolling the review table with 500 reports.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { serviceWorkerReady } from './file-ops.mjs'

const WORD = 'src/import/test-fixtures/seed-layout.docx'
const JSON_SEED = 'src/report/fixtures/seed-000.json'

/** `count` Word reports, each the seed-layout report under another township's name. */
function wordReports(count) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-docx-'))
  const files = unzipSync(readFileSync(WORD))
  const xml = strFromU8(files['word/document.xml'])
  const agency = /叶城县白杨镇人民政府/.test(xml) ? '叶城县白杨镇人民政府' : null
  if (!agency) throw new Error('seed-layout.docx no longer names its agency as expected')
  for (let i = 0; i < count; i++) {
    const renamed = { ...files, 'word/document.xml': strToU8(xml.replaceAll(agency, `叶城县第${i + 1}镇人民政府`)) }
    writeFileSync(join(dir, `report-${String(i + 1).padStart(3, '0')}.docx`), zipSync(renamed))
  }
  return dir
}

function jsonReports(count) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-json-'))
  const seed = JSON.parse(readFileSync(JSON_SEED, 'utf8'))
  for (let i = 0; i < count; i++) {
    writeFileSync(join(dir, `report-${String(i + 1).padStart(3, '0')}.json`), JSON.stringify({ ...seed, meta: { ...seed.meta, agency: `伊川县第${i + 1}镇人民政府` } }))
  }
  return dir
}

const files = (dir, n, ext) => Array.from({ length: n }, (_, i) => join(dir, `report-${String(i + 1).padStart(3, '0')}.${ext}`))

async function openCounty(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
  await page.goto(url)
  if (process.env.BENCH_SW_WAIT !== '0') await serviceWorkerReady(page)
  await page.locator('[data-page="county"]').click()
  await page.getByTestId('batch-files').waitFor({ state: 'attached' })
  return page
}

/** Seconds from choosing 100 .docx files to every row shown (reading, checks, storing, table). */
export async function batchOpen(browser, url, count = 100) {
  const dir = wordReports(count)
  const page = await openCounty(browser, url)
  const started = Date.now()
  await page.getByTestId('batch-files').setInputFiles(files(dir, count, 'docx'))
  await page.locator('[data-report-row]').first().waitFor()
  await page.waitForFunction((n) => document.querySelector('progress')?.getAttribute('value') === String(n), count, { timeout: 120_000 })
  await page.waitForFunction(() => document.querySelector('.review-table') !== null)
  const seconds = (Date.now() - started) / 1000
  await page.close()
  rmSync(dir, { recursive: true, force: true })
  return seconds
}

/** Long tasks (> 50 ms) while scrolling the review table of 500 reports from top to bottom. */
export async function scrollReview(browser, url, count = 500) {
  const dir = jsonReports(count)
  const page = await openCounty(browser, url)
  await page.getByTestId('batch-files').setInputFiles(files(dir, count, 'json'))
  await page.waitForFunction((n) => document.querySelector('progress')?.getAttribute('value') === String(n), count, { timeout: 300_000 })
  await page.locator('[data-report-row]').first().waitFor()
  await page.waitForTimeout(500)
  const result = await page.evaluate(async () => {
    const tasks = []
    const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration) })
    observer.observe({ type: 'longtask', buffered: false })
    const box = document.querySelector('.review-scroll')
    const frames = []
    let last = performance.now()
    while (box.scrollTop + box.clientHeight < box.scrollHeight - 1) {
      box.scrollTop += 240
      await new Promise((r) => requestAnimationFrame(r))
      const now = performance.now()
      frames.push(now - last)
      last = now
    }
    await new Promise((r) => setTimeout(r, 200))
    observer.disconnect()
    return { tasks, frames, rows: document.querySelectorAll('[data-report-row]').length }
  })
  await page.close()
  rmSync(dir, { recursive: true, force: true })
  return result
}

function runCli(dir) {
  const out = execFileSync('node', ['dist-cli/check.mjs', dir], { encoding: 'utf8' })
  const m = /用时 ([\d.]+) 秒（(\d+) 份\/秒）/.exec(out)
  return m ? { seconds: Number(m[1]), rate: Number(m[2]) } : null
}

/** The command line on 200 .docx reports: reports per second as it reports them. */
export function cliRate(count = 200) {
  execFileSync('node', ['scripts/build-cli.mjs'], { stdio: 'ignore' })
  const dir = wordReports(count)
  const result = runCli(dir)
  rmSync(dir, { recursive: true, force: true })
  return result
}

/**
 * What last year's report costs the checks: the same 200 .docx reports, each folder with 200
 * last-year .json reports beside them — of the same townships (each report then checked again
 * with its last year's) or of other townships (nothing to compare). Same files to read either
 * way; runs alternate, three each, the medians compared.
 */
export function cliLastYearCost(count = 200) {
  execFileSync('node', ['scripts/build-cli.mjs'], { stdio: 'ignore' })
  const dir = wordReports(count)
  const seed = JSON.parse(readFileSync(JSON_SEED, 'utf8'))
  const folders = ['same', 'other'].map((kind) => {
    const d = mkdtempSync(join(tmpdir(), `bench-last-${kind}-`))
    for (let i = 0; i < count; i++) {
      const name = `report-${String(i + 1).padStart(3, '0')}`
      writeFileSync(join(d, `${name}.docx`), readFileSync(join(dir, `${name}.docx`)))
      const agency = kind === 'same' ? `叶城县第${i + 1}镇人民政府` : `别县第${i + 1}镇人民政府`
      writeFileSync(join(d, `${name}-2023.json`), JSON.stringify({ ...seed, meta: { ...seed.meta, agency, year: 2023 } }))
    }
    return d
  })
  const times = { same: [], other: [] }
  for (let round = 0; round < 3; round++) {
    times.same.push(runCli(folders[0])?.seconds ?? NaN)
    times.other.push(runCli(folders[1])?.seconds ?? NaN)
  }
  for (const d of [dir, ...folders]) rmSync(d, { recursive: true, force: true })
  const median = (xs) => [...xs].sort((a, b) => a - b)[1]
  return { withLastYear: median(times.same), without: median(times.other) }
}
