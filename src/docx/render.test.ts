// @vitest-environment node
// Rendering check (npm run render:docx): each fixture's export is converted to PDF by LibreOffice
// with the GB fonts mapped by .ci/fonts.conf, then read back with poppler. Page PNGs are left in
// render-out/ for a visual review. Skipped only when LibreOffice is not installed.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { paragraphs } from '@/report/format'
import { toRenderModel } from '@/report/render-model'
import type { Report } from '@/report/schema'
import { reportDocxBytes } from './build-report'
import { LINE, MARGIN } from '@/report/page-metrics'
import { compact, containsWrapped, HANGING_PUNCTUATION, linePositions, parseBbox, type PdfPage } from './testing/pdf-text'
import { FIXTURES, nonZeroReport } from '@/report/fixtures/test-reports'

const HAS_SOFFICE = spawnSync('sh', ['-c', 'command -v soffice && command -v pdftotext && command -v pdftoppm']).status === 0
if (!HAS_SOFFICE) {
  console.warn('render.test.ts SKIPPED: soffice (LibreOffice) or poppler-utils is not installed; .ci/run installs them.')
}

const OUT = resolve('render-out')
const PROFILE = `file://${resolve('.lo-profile')}`
const env = { ...process.env, FONTCONFIG_FILE: resolve('.ci/fonts.conf') }
const twipsToPt = (t: number) => t / 20
const cases: [string, Report][] = [...FIXTURES, ['non-zero', nonZeroReport()]]

/** What must be legible in the PDF: title lines, headings, captions, paragraphs, numbers. */
function expectations(report: Report) {
  const texts: string[] = []
  const numbers: string[] = []
  for (const block of toRenderModel(report)) {
    if (block.kind === 'title') texts.push(...block.lines)
    else if (block.kind === 'heading') texts.push(block.text)
    else if (block.kind === 'paragraph') texts.push(...[block.runIn ?? '', block.text].filter(Boolean))
    else if (block.kind === 'signature') texts.push(block.agency, block.date)
    else {
      for (const cell of block.rows.flat()) {
        if (cell.role === 'value') numbers.push(cell.text)
        else if (cell.text) texts.push(cell.text)
      }
    }
  }
  return { texts: texts.filter(Boolean).map(compact), numbers: numbers.filter(Boolean) }
}

describe.skipIf(!HAS_SOFFICE)('LibreOffice rendering of the Word export', () => {
  const pdf = (name: string) => join(OUT, `${name}.pdf`)

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true })
    mkdirSync(OUT, { recursive: true })
    const files: string[] = []
    for (const [name, report] of cases) {
      const file = join(OUT, `${name}.docx`)
      writeFileSync(file, Buffer.from(await reportDocxBytes(report)))
      files.push(file)
    }
    // One soffice run for all files; it exits 0 even when a conversion fails, so each PDF is checked.
    spawnSync('soffice', [`-env:UserInstallation=${PROFILE}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, ...files], {
      env, stdio: 'ignore', timeout: 150_000,
    })
    for (const [name] of cases) {
      if (existsSync(pdf(name))) execFileSync('pdftoppm', ['-png', '-r', '60', pdf(name), join(OUT, name)])
    }
  }, 180_000)

  it.each(cases)('%s: renders every heading, caption and number inside the margins', (name, report) => {
    expect(existsSync(pdf(name)), `${name}.pdf was not produced`).toBe(true)
    const text = compact(execFileSync('pdftotext', [pdf(name), '-'], { encoding: 'utf8' }))
    const pages: PdfPage[] = parseBbox(execFileSync('pdftotext', ['-bbox', pdf(name), '-'], { encoding: 'utf8' }))
    const { texts, numbers } = expectations(report)
    for (const t of texts) expect(containsWrapped(text, t), `missing in PDF: ${t}`).toBe(true)
    for (const p of paragraphs(report.overview.proactive)) expect(text).toContain(compact(p))

    const words = pages.flatMap((p) => p.words)
    const counts = new Map<string, number>()
    for (const w of words) counts.set(w.text, (counts.get(w.text) ?? 0) + 1)
    const needed = new Map<string, number>()
    for (const n of numbers) needed.set(n, (needed.get(n) ?? 0) + 1)
    for (const [n, count] of needed) expect(counts.get(n) ?? 0, `number ${n}`).toBeGreaterThanOrEqual(count)

    for (const page of pages) {
      expect(Math.round(page.width)).toBe(595)
      expect(Math.round(page.height)).toBe(842)
      const right = page.width - twipsToPt(MARGIN.right) + 1
      const left = twipsToPt(MARGIN.left) - 1
      const hang = (w: { text: string }) => (HANGING_PUNCTUATION.test(w.text) ? 16 : 0)
      const outside = page.words.filter((w) => w.xMax > right + hang(w) || w.xMin < left)
      expect(outside.map((w) => `p${w.page} ${w.text} ${w.xMin}-${w.xMax}`)).toEqual([])
    }
  })

  it.each(cases)('%s: numbers pages "— N —", odd pages right and even pages left', (name) => {
    const pages = parseBbox(execFileSync('pdftotext', ['-bbox', pdf(name), '-'], { encoding: 'utf8' }))
    pages.forEach((page, i) => {
      const footer = page.words.filter((w) => w.yMin > page.height - twipsToPt(MARGIN.bottom))
      expect(footer.map((w) => w.text).join('')).toBe(`—${i + 1}—`)
      const mid = page.width / 2
      if ((i + 1) % 2 === 1) expect(Math.min(...footer.map((w) => w.xMin))).toBeGreaterThan(mid)
      else expect(Math.max(...footer.map((w) => w.xMax))).toBeLessThan(mid)
    })
  })

  it('fills a page of running text with 22 lines at 28.95 pt', () => {
    const pitch = LINE / 20
    // A page of running text only (no table rows, no title) has every line on the 28.95 pt pitch.
    const textPages = FIXTURES.flatMap(([name]) =>
      parseBbox(execFileSync('pdftotext', ['-bbox', pdf(name), '-'], { encoding: 'utf8' }))
        .map((page) => linePositions(page.words.filter((w) => w.yMin < page.height - twipsToPt(MARGIN.bottom))))
        .filter((ys) =>
          ys.slice(1).every((y, k) => {
            const steps = (y - (ys[k] ?? 0)) / pitch
            return Math.abs(steps - Math.round(steps)) < 0.02
          }),
        ),
    )
    for (const ys of textPages) expect(ys.length).toBeLessThanOrEqual(22)
    const full = textPages.filter((ys) => ys.length === 22)
    expect(full.length).toBeGreaterThan(0)
    for (const ys of full) {
      expect(((ys.at(-1) ?? 0) - (ys[0] ?? 0)) / 21).toBeCloseTo(pitch, 1)
      // The first line starts at the top margin (37 mm), its box one line high.
      expect((ys[0] ?? 0) - pitch).toBeCloseTo(twipsToPt(MARGIN.top), -1)
    }
  })

  it('maps the GB fonts to installed CJK fonts (楷 for （一）, 黑 for 一、, 宋 for the body)', () => {
    const fonts = execFileSync('pdffonts', [pdf(cases[0]![0])], { encoding: 'utf8' })
    expect(fonts).toMatch(/UKai/)
    expect(fonts).toMatch(/NotoSansCJK/)
    expect(fonts).toMatch(/NotoSerifCJK/)
  })
})
