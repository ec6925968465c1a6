// Published pages and PDFs (issue 19): a 120 kB CMS page and a 10-page PDF opened through
// 打开报告 in the browser (the app's 'report-import' user timing, no throttle), and the command
// line's rate on folders of each. The PDF is made by LibreOffice from the page; without soffice
// the PDF figures are skipped and said so.
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const RUNS = 5
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** seed-layout.html inside a CMS frame with about 110 kB of scripts: a 120 kB published page. */
function cmsPage(extraParagraphs = 0) {
  const page = readFileSync('src/import/test-fixtures/seed-layout.html', 'utf8')
  const script = `<script>${'var _hmt = _hmt || []; (function(){ var s = document.createElement("script"); s.src = "https://hm.example.cn/hm.js?0123456789abcdef"; })();\n'.repeat(420)}</script>`
  const meta = '<table class="xxgk"><tr><td>索引号：</td><td>11653126MB1234567X/2025-00012</td><td>发布机构：</td><td>叶城县白杨镇人民政府</td></tr></table>'
  const filler = Array.from({ length: extraParagraphs }, (_v, i) => `<p>（${i + 1}）本单位继续做好政府信息公开工作，按照条例要求及时、准确地公开政府信息，切实保障人民群众的知情权、参与权和监督权，提升政务公开的质量和实效。</p>`).join('\n')
  return page
    .replace('<head>', `<head>${script}`)
    .replace('<body>', `<body><div class="nav">首页 &gt; 政府信息公开</div>${meta}`)
    .replace('<h2>六、其他需要报告的事项</h2>', `${filler}<h2>六、其他需要报告的事项</h2>`)
    .replace('</body>', `${script}</body>`)
}

function makeFiles() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-published-'))
  const html = join(dir, 'page.html')
  writeFileSync(html, cmsPage())
  let pdf = null
  let pages = 0
  if (spawnSync('sh', ['-c', 'command -v soffice']).status === 0) {
    const long = join(dir, 'long.html')
    writeFileSync(long, cmsPage(90).replace(/<script>[\s\S]*?<\/script>/g, ''))
    spawnSync('soffice', ['--headless', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', dir, long], { stdio: 'ignore', timeout: 120_000 })
    pdf = join(dir, 'long.pdf')
    // Page objects in the file (LibreOffice writes them uncompressed).
    pages = (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
  }
  return { dir, html, pdf, pages, htmlBytes: readFileSync(html).length }
}

async function browserImport(browser, url, file) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
  await page.goto(url)
  for (let i = 0; i < RUNS; i++) {
    await page.getByTestId('open-file').setInputFiles(file)
    // 取消 after a reading; 知道了 after a refusal (its message is printed, the figure still taken).
    const button = page.getByRole('dialog').getByRole('button', { name: /^(取消|知道了)$/ })
    await button.waitFor({ timeout: 180_000 })
    if ((await button.textContent()) === '知道了') console.log(`bench: ${file} refused: ${await page.getByRole('dialog').textContent()}`)
    await button.click()
  }
  const times = await page.evaluate(() => performance.getEntriesByName('report-import').map((e) => e.duration))
  await page.close()
  // The first run also loads the reader (and pdf.js): reported apart.
  return { first: times[0], median: median(times.slice(1)) }
}

/**
 * The whole command (`node dist-cli/check.mjs DIR`, its start-up and its worker threads' included)
 * on `count` copies of the file: files per second, the median of `runs` runs. A figure counts only
 * when every file was read: a reader that fails fast must not look fast.
 */
function cliRate(file, count, runs = 1) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'))
  mkdirSync(dir, { recursive: true })
  const ext = file.endsWith('.pdf') ? 'pdf' : 'html'
  for (let i = 0; i < count; i++) copyFileSync(file, join(dir, `r${i}.${ext}`))
  const times = []
  try {
    for (let r = 0; r < runs; r++) {
      const started = performance.now()
      const out = execFileSync('node', ['dist-cli/check.mjs', dir], { encoding: 'utf8' })
      times.push((performance.now() - started) / 1000)
      const failed = Number(out.match(/(\d+) 个无法读取/)?.[1] ?? NaN)
      if (failed !== 0) throw new Error(`bench: the command line did not read every ${ext} file (${failed} unread):\n${out.slice(-600)}`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const seconds = median(times)
  return { rate: count / seconds, seconds, runs: times }
}

export async function publishedTimes(browser, url) {
  const files = makeFiles()
  try {
    const html = await browserImport(browser, url, files.html)
    const pdf = files.pdf ? await browserImport(browser, url, files.pdf) : null
    execFileSync('node', ['scripts/build-cli.mjs'], { stdio: 'ignore' })
    const cliHtml = cliRate(files.html, 100)
    const cliPdf = files.pdf ? cliRate(files.pdf, 20, 3) : null
    return { ...files, html, pdf, cliHtml, cliPdf }
  } finally {
    rmSync(files.dir, { recursive: true, force: true })
  }
}
