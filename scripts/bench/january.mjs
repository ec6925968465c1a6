// The county office's January for npm run bench: 500 reports reviewed with a roster of 500 units,
// a rule pack and the copy check (the pure domain code, run in Node through Vite's SSR loader:
// the same modules the page runs, after reading); the dashboard of 500 reports drawn in the
// browser; and the chart code kept out of the initial JavaScript.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createServer } from 'vite'

const root = fileURLToPath(new URL('../..', import.meta.url))
const SEEDS = [0, 1, 2, 3, 4].map((i) => JSON.parse(readFileSync(`${root}src/report/fixtures/seed-00${i}.json`, 'utf8')))

const random = (seed) => () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32)
const WORDS = '政府信息公开工作推进依法行政主动公开申请办理平台建设监督保障培训考核制度落实群众关切政策解读网站栏目更新及时准确规范'.match(/../g)
/** `n` sentences of 24 characters drawn from the vocabulary of a report (each unit its own). */
const sentences = (next, n) => Array.from({ length: n }, () => `${Array.from({ length: 12 }, () => WORDS[Math.floor(next() * WORDS.length)]).join('')}。`).join('')

/** 500 reports of different townships, each with its own text of a real report's length; units 1–10 copy in pairs. */
function januaryReports(count = 500) {
  return Array.from({ length: count }, (_, i) => {
    const report = structuredClone(SEEDS[i % SEEDS.length])
    report.meta.agency = `某县第${i + 1}镇人民政府`
    const next = random(i < 10 ? Math.floor(i / 2) + 1 : i + 1000)
    for (const key of ['intro', 'proactive', 'onRequest', 'management', 'platform', 'oversight']) report.overview[key] = sentences(next, 8)
    report.problems = { problems: sentences(next, 6), improvements: sentences(next, 6) }
    report.otherMatters = { text: sentences(next, 3) }
    return report
  })
}

/** Milliseconds for checks across 500 reports (with the copy check), the roster, the pack, triage and scores. */
export async function januaryReview() {
  const server = await createServer({ root, configFile: false, logLevel: 'error', resolve: { alias: { '@': `${root}src` } }, server: { middlewareMode: true }, appType: 'custom', optimizeDeps: { noDiscovery: true } })
  try {
    const load = (path) => server.ssrLoadModule(path)
    const { crossReportIssues } = await load('/src/report/county/cross-checks.ts')
    const { januaryReview: review } = await load('/src/report/county/january.ts')
    const { parseRosterText } = await load('/src/report/county/roster.ts')
    const { parseRulePack } = await load('/src/report/county/rule-pack.ts')
    const { validate } = await load('/src/report/validate.ts')
    const reports = januaryReports()
    const own = reports.map((r) => validate(r))
    const roster = parseRosterText(reports.map((r, i) => (i % 50 === 0 ? `第${i + 1}镇` : r.meta.agency)).concat(['某县未报镇']).join('\n'))
    const pack = parseRulePack(readFileSync(`${root}src/report/county/packs/local-example.json`, 'utf8')).pack
    const times = []
    // januaryReview alone, as on each refresh of the page (a mark, a setting): the first run
    // checks every report against the pack, later ones with the same reports and pack need not.
    const refresh = []
    let copies = 0
    for (let run = 0; run < 3; run++) {
      const started = performance.now()
      const items = reports.map((report, i) => ({ id: String(i), label: `r${i}.json`, report }))
      const cross = crossReportIssues(items)
      const sources = items.map((it, i) => ({ id: it.id, report: it.report, receivedAt: '2025-01-20T10:00', issues: [...own[i], ...(cross.get(it.id) ?? [])] }))
      const reviewed = performance.now()
      const { rows, units } = review(sources, { roster, deadline: '2025-01-31', pack, marks: {} })
      refresh.push(performance.now() - reviewed)
      times.push(performance.now() - started)
      copies = [...rows.values()].filter((r) => r.triaged.some((t) => t.issue.ruleId === 'X-COPY-UNIT')).length
      if (units.filter((u) => u.status === 'missing').length !== 1) throw new Error('roster matching went wrong in the bench')
    }
    return { times, refresh, copies }
  } finally {
    await server.close()
  }
}

/** Milliseconds from 县域概览 to the charts of 500 reports on screen (first time: includes the chunk). */
export async function dashboard(browser, url, count = 500) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
  await page.goto(url)
  await page.locator('[data-page="county"]').click()
  const reports = januaryReports(count)
  await page.getByTestId('batch-files').setInputFiles(reports.map((r, i) => ({ name: `r${i}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(r)) })))
  await page.waitForFunction((n) => document.querySelector('progress')?.getAttribute('value') === String(n), count, { timeout: 300_000 })
  await page.locator('[data-report-row]').first().waitFor()
  await page.waitForTimeout(500)
  const times = []
  for (let i = 0; i < 3; i++) {
    times.push(await page.evaluate(async () => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === '县域概览')
      const started = performance.now()
      button.click()
      while (!document.querySelector('.county-charts .county-chart')) await new Promise((r) => requestAnimationFrame(r))
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)))
      const ms = performance.now() - started
      ;[...document.querySelectorAll('button')].find((b) => b.textContent === '收起县域概览').click()
      await new Promise((r) => requestAnimationFrame(r))
      return ms
    }))
  }
  await page.close()
  return times
}

/** Whether any script the first page load references holds chart code. */
export function chartsInInitialJs() {
  const html = readFileSync(`${root}dist/index.html`, 'utf8')
  const refs = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1])
  return refs.filter((ref) => readFileSync(`${root}dist/${ref.replace(/^\.?\//, '')}`, 'utf8').includes('各单位新收申请与办理结果'))
}
