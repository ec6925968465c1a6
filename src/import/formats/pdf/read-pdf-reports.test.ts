// Every report of a PDF holding several, read as an entry of its own (汇总审核, the command line):
// the committed fixtures are this app's exports through LibreOffice, set one after another (three
// reports, the third with no unit in its title) or side by side (two), made by pdf-reports.test.ts.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FIXTURES } from '@/report/fixtures/test-reports'
import { diffReports } from '@/report/diff'
import type { Report } from '@/report/schema'
import { importReportFileEach } from '../../import-file'
import { pageLines, type TextPiece } from './pdf-lines'
import { reportDoubt, splitReports } from './pdf-reports'
import { importPdf } from './read-pdf'
import { writePdf } from './testing/write-pdf'

const COMPILATION = 'src/import/test-fixtures/three-reports-compilation.pdf'
const SIDE_BY_SIDE = 'src/import/test-fixtures/two-reports-side-by-side.pdf'
const expected = JSON.parse(readFileSync(COMPILATION.replace(/\.pdf$/, '.expected.json'), 'utf8')) as Report[]
const bytes = (path: string) => new Uint8Array(readFileSync(path))

describe('a PDF holding several reports, each read as its own entry', () => {
  it('a compilation of three: two entries read with their own numbers and provenance, the one without a unit named and not read', async () => {
    const entries = await importReportFileEach('汇编.pdf', bytes(COMPILATION))
    expect(entries.map((e) => e.name)).toEqual([
      `汇编.pdf（第 1 份：${expected[0]!.meta.agency}）`,
      `汇编.pdf（第 2 份：${expected[1]!.meta.agency}）`,
      expect.stringMatching(/^汇编\.pdf（第 3 份：第 \d+ 页起，单位不明）$/),
    ])
    expect(entries.map((e) => e.part)).toEqual([1, 2, 3].map((index) => ({ file: '汇编.pdf', index, count: 3 })))
    const pages: number[][] = []
    for (const [i, want] of expected.entries()) {
      const got = entries[i]!.result
      if (!got.ok) throw new Error(got.errors.join())
      expect(got.report.meta.agency).toBe(want.meta.agency)
      expect([got.report.table2, got.report.table3, got.report.table4]).toEqual([want.table2, want.table3, want.table4])
      expect(got.findings.map((f) => f.message)).toContainEqual(expect.stringContaining(`这是第 ${i + 1} 份`))
      // Provenance: every number from a page of this report's own.
      const where = Object.values(got.sources)
      expect(where.length).toBeGreaterThan(50)
      pages.push([...new Set(where.map((w) => Number(/第 (\d+) 页/.exec(w)?.[1])))])
    }
    expect(Math.max(...pages[0]!)).toBeLessThan(Math.min(...pages[1]!))
    const third = entries[2]!.result
    expect(third.ok).toBe(false)
    if (!third.ok) expect(third.errors.join()).toMatch(/标题“2024年政府信息公开工作年度报告”中没有机关名称.*未读取/)
  }, 60_000)

  it('two reports side by side: each entry holds its own column only', async () => {
    const entries = await importReportFileEach('对比.pdf', bytes(SIDE_BY_SIDE))
    expect(entries).toHaveLength(2)
    const [a, b] = entries.map((e) => e.result)
    if (!a?.ok || !b?.ok) throw new Error('not read')
    const right = JSON.parse(readFileSync(SIDE_BY_SIDE.replace(/\.pdf$/, '.expected.json'), 'utf8')) as Report
    expect(b.report.meta.agency).toBe(right.meta.agency)
    expect(b.report.table3).toEqual(right.table3)
    expect(a.report.table3).not.toEqual(right.table3)
    expect(entries[1]!.name).toBe(`对比.pdf（第 2 份：${right.meta.agency}）`)
    // Each reads exactly as the same report printed on its own pages (the compilation): no page
    // number of either column left in its text, its signature and date found.
    const alone = await importReportFileEach('汇编.pdf', bytes(COMPILATION))
    for (const [i, r] of [a, b].entries()) {
      const own = alone[i]!.result
      if (!own.ok) throw new Error('not read')
      expect(diffReports(own.report, r.report)).toEqual({ sections: [], cells: [], fields: [] })
    }
  }, 60_000)

  it('a file of one report, or of another kind, is one entry under its own name', async () => {
    const damaged = await importReportFileEach('坏.pdf', bytes(COMPILATION).slice(0, 2000))
    expect(damaged).toEqual([{ name: '坏.pdf', result: { ok: false, errors: [expect.stringContaining('PDF 文件已损坏')] } }])
    const json = await importReportFileEach('r.json', new TextEncoder().encode(JSON.stringify(FIXTURES[0]![1])))
    expect(json.map((e) => [e.name, e.part, e.result.ok])).toEqual([['r.json', undefined, true]])
  })

  it('a file of hundreds of titles is not a compilation: refused whole, by the limit', async () => {
    const pages = Array.from({ length: 5 }, (_p, page) => ({ width: 595, height: 842,
      texts: Array.from({ length: 50 }, (_t, i) => ({ x: 40, y: 800 - i * 15, size: 10, str: `第${page * 50 + i}号单位人民政府2024年政府信息公开工作年度报告` })) }))
    const entries = await importReportFileEach('标题.pdf', writePdf(pages))
    expect(entries).toEqual([{ name: '标题.pdf', result: { ok: false, errors: [expect.stringMatching(/PDF 中有 250 个年报标题，超过 200 份/)] } }])
  })
})

const piece = (x: number, y: number, str: string): TextPiece => ({ str, x, y, width: [...str].length * 10, size: 10 })
const row = (x: number, y: number, label: string, n: number) => [piece(x, y, label), ...Array.from({ length: 3 }, (_v, i) => piece(x + 120 + i * 30, y, String(n + i)))]

describe('which reports of several cannot be read with confidence', () => {
  const titles = [piece(60, 760, '甲镇人民政府2024年政府信息公开工作年度报告'), piece(560, 760, '乙镇人民政府2024年政府信息公开工作年度报告')]
  const sideBySide = (y: number) => [...row(60, y, '（一）予以公开', 10), ...row(560, y, '（一）予以公开', 20)]

  it('a table page whose two columns cannot be split: read by neither, both named with the page', () => {
    const pages = [
      [...titles, ...sideBySide(700), ...sideBySide(680), ...sideBySide(660)],
      // Page 2: table rows, and a line printed across the middle.
      [piece(60, 760, '这一行从左栏一直印到右栏的中间以后，两栏无法按位置分开，这一行非常非常长'), ...row(60, 700, '（二）部分公开', 1), ...row(60, 680, '（三）不予公开', 2)],
    ]
    const reports = splitReports(pages.map((p, i) => pageLines(p, i + 1)))
    expect(reports.map((r) => [r.agency, r.unseparated])).toEqual([['甲镇人民政府', [2]], ['乙镇人民政府', [2]]])
    expect(reports.flatMap((r) => r.lines.map((l) => l.page))).not.toContain(2)
    expect(reportDoubt(reports[0]!)).toMatch(/第 2 页上，并排的两份报告的表格无法按位置分开.*未读取/)
  })

  it('the same page in a PDF: 汇总审核 lists both reports as not read, 打开报告 refuses either, naming the page', async () => {
    const bytes = writePdf([
      [...titles, ...sideBySide(700), ...sideBySide(680), ...sideBySide(660)],
      [piece(60, 760, '这一行从左栏一直印到右栏的中间以后，两栏无法按位置分开，这一行非常非常长'), ...row(60, 700, '（二）部分公开', 1), ...row(60, 680, '（三）不予公开', 2)],
    ].map((texts) => ({ width: 842, height: 800, texts: texts.map(({ x, y, size, str }) => ({ x, y, size, str })) })))
    const entries = await importReportFileEach('对比.pdf', bytes)
    expect(entries.map((e) => [e.name, !e.result.ok && e.result.errors.join()])).toEqual([
      ['对比.pdf（第 1 份：甲镇人民政府）', expect.stringContaining('第 2 页上，并排的两份报告的表格无法按位置分开')],
      ['对比.pdf（第 2 份：乙镇人民政府）', expect.stringContaining('第 2 页上，并排的两份报告的表格无法按位置分开')],
    ])
    const chosen = await importPdf(bytes, 1)
    expect(!chosen.ok && chosen.errors.join()).toContain('为免混入另一份报告的数字')
  })

  it('a page with the right-hand report only (it runs longer) stays on the right', () => {
    const pages = [
      [...titles, ...sideBySide(700), ...sideBySide(680), ...sideBySide(660)],
      [piece(560, 700, '乙镇的最后一段文字')],
    ]
    const reports = splitReports(pages.map((p, i) => pageLines(p, i + 1)))
    expect(reports.map((r) => r.lines.at(-1)!.tokens.map((t) => t.text).join(''))).toEqual(['（一）予以公开101112', '乙镇的最后一段文字'])
    expect(reports.map(reportDoubt)).toEqual([null, null])
  })

  it('a right-hand column without a title is named as such', () => {
    const pages = [[titles[0]!, ...sideBySide(700), ...sideBySide(680), ...sideBySide(660)]]
    const reports = splitReports(pages.map((p, i) => pageLines(p, i + 1)))
    expect(reports.map((r) => r.side)).toEqual(['left', 'right'])
    expect(reportDoubt(reports[1]!)).toMatch(/第 1 页右侧）没有可识别的标题/)
  })
})
