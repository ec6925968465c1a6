// The web page for the CMS: structure (the official merges as rowspan/colspan, one cell per grid
// position, no script, no class), every number and caption of the report, and no markup from the
// report's text. Parsed with the browser's own HTML parser (jsdom's DOMParser).
import { describe, expect, it } from 'vitest'
import { FIXTURES, nonZeroReport } from '@/report/fixtures/test-reports'
import { NARRATIVE_FIELDS } from '@/report/narrative-fields'
import { toRenderModel } from '@/report/render-model'
import { formatCellValue } from '@/report/format'
import { cellValue } from '@/report/totals'
import { TABLES, TABLE_IDS } from '@/report/tables/registry'
import { escapeHtml, reportArticleHtml, reportPlainText, reportWebPage } from './web-page'

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html')

/** The grid positions each row's cells cover, after expanding rowspan/colspan. */
function expandGrid(table: HTMLTableElement): { r: number; c: number; text: string; rowSpan: number; colSpan: number }[][] {
  const taken = new Set<string>()
  return [...table.rows].map((row, r) => {
    let c = 0
    return [...row.cells].map((td) => {
      while (taken.has(`${r},${c}`)) c++
      const cell = { r, c, text: td.textContent ?? '', rowSpan: td.rowSpan, colSpan: td.colSpan }
      for (let dr = 0; dr < td.rowSpan; dr++) for (let dc = 0; dc < td.colSpan; dc++) taken.add(`${r + dr},${c + dc}`)
      c += td.colSpan
      return cell
    })
  })
}

describe('the web page', () => {
  it.each([...FIXTURES, ['non-zero', nonZeroReport()] as const])('%s: tables with the official merges, every value in its cell', (_name, report) => {
    const doc = parse(reportWebPage(report))
    const tables = [...doc.querySelectorAll('table')]
    expect(tables).toHaveLength(TABLE_IDS.length)
    TABLE_IDS.forEach((id, i) => {
      const def = TABLES[id]
      const grid = expandGrid(tables[i]!).flat()
      // Every grid position covered exactly once, as in the definition.
      expect(grid).toHaveLength(def.cells.length)
      for (const cell of def.cells) {
        const found = grid.find((g) => g.r === cell.r && g.c === cell.c)
        expect(found, `${id} r${cell.r} c${cell.c}`).toBeDefined()
        expect(found!.rowSpan).toBe(cell.rowSpan)
        expect(found!.colSpan).toBe(cell.colSpan)
        const expected = cell.ref ? formatCellValue(cellValue(report, id, cell.ref)) : (cell.text ?? '')
        // An empty cell holds a non-breaking space so editors keep it.
        expect(found!.text.replace(/\u00a0/g, ''), `${id} r${cell.r} c${cell.c}`).toBe(expected)
      }
    })
  }, 30_000)

  it('is self-contained: UTF-8, no script, no class, no stylesheet, borders and widths inline', () => {
    const html = reportWebPage(nonZeroReport())
    const doc = parse(html)
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8')
    expect(doc.querySelectorAll('script, style, link, [class], [id], colgroup')).toHaveLength(0)
    expect(html).not.toMatch(/\son\w+=/i)
    for (const td of doc.querySelectorAll('td')) {
      expect(td.getAttribute('style')).toMatch(/border:1px solid #000/)
      expect(td.getAttribute('width')).toMatch(/^\d+(\.\d)?%$/)
    }
    expect(doc.querySelector('table')?.getAttribute('border')).toBe('1')
  })

  it('has the headings and paragraphs of the render model, in order', () => {
    const report = FIXTURES[0]![1]
    const doc = parse(reportWebPage(report))
    const texts = [...doc.querySelectorAll('h1, h2, p')].map((e) => e.textContent?.replace(/\u00a0/g, '') ?? '').filter(Boolean)
    const expected = toRenderModel(report).flatMap((b) =>
      b.kind === 'title' ? [b.lines.join('')]
      : b.kind === 'heading' ? [b.text]
      : b.kind === 'paragraph' ? [`${b.runIn ?? ''}${b.text}`]
      : b.kind === 'signature' ? [b.agency, b.date].filter(Boolean) : [])
    expect(texts).toEqual(expected)
    expect(doc.querySelectorAll('h2')).toHaveLength(6)
    expect(doc.title).toBe(`${report.meta.agency}${report.meta.year}年政府信息公开工作年度报告`)
  })

  it('escapes every text: markup in any field stays text', () => {
    const report = nonZeroReport()
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&amp;<b class="x">粗</b>=SUM(A1)'
    report.meta.agency = `${hostile}镇`
    NARRATIVE_FIELDS.forEach((field) => field.set(report, hostile))
    const html = reportWebPage(report)
    const doc = parse(html)
    expect(doc.querySelectorAll('script, img, b, [onerror], [class]')).toHaveLength(0)
    expect(doc.body.textContent).toContain(hostile)
    expect(doc.title).toContain(hostile)
    expect(html).not.toContain('<script')
    expect(escapeHtml('<a href="x">&\'')).toBe('&#60;a href=&#34;x&#34;&#62;&#38;&#39;')
  })

  it('the article (clipboard) and the plain-text fallback carry the same report', () => {
    const report = nonZeroReport()
    const article = parse(reportArticleHtml(report))
    expect(article.querySelectorAll('table')).toHaveLength(3)
    const plain = reportPlainText(report)
    expect(plain).toContain('一、总体情况')
    expect(plain).toContain('24252.311082')
    expect(plain.split('\n').some((l) => l.split('\t').length >= 10)).toBe(true)
  })
})
