import { describe, expect, it } from 'vitest'
import { FIXTURES, nonZeroReport } from '@/report/fixtures/test-reports'
import { toRenderModel } from '@/report/render-model'
import { breakLines, paginate, paragraphLines } from './paginate'

describe('breakLines', () => {
  it('sets 28 full-width characters a line, 26 after the 2-character indent', () => {
    const lines = paragraphLines('', '字'.repeat(60))
    expect(lines.map((l) => l.text.length)).toEqual([26, 28, 6])
    expect(lines.map((l) => [l.first, l.last])).toEqual([[true, false], [false, false], [false, true]])
  })

  it('hangs closing punctuation instead of starting a line with it, and keeps numbers whole', () => {
    expect(paragraphLines('', `${'字'.repeat(26)}，后`).map((l) => l.text)).toEqual([`${'字'.repeat(26)}，`, '后'])
    const lines = breakLines(`${'字'.repeat(25)}2024年`, 26 * 315, 28 * 315)
    expect(lines[0]).toBe('字'.repeat(25))
    expect(lines[1]).toBe('2024年')
  })

  it('splits the run-in heading off the first line', () => {
    const [first] = paragraphLines('（一）主动公开情况。', '正文')
    expect(first).toEqual({ runIn: '（一）主动公开情况。', text: '正文', first: true, last: true })
  })
})

describe('paginate', () => {
  it('puts the title first, keeps every table whole and never overfills a page', () => {
    for (const [, report] of [...FIXTURES, ['non-zero', nonZeroReport()] as const]) {
      const pages = paginate(toRenderModel(report))
      expect(pages[0]?.[0]?.kind).toBe('title')
      expect(pages.flat().filter((i) => i.kind === 'table')).toHaveLength(3)
      for (const page of pages) expect(page.filter((i) => i.kind === 'line' || i.kind === 'heading').length).toBeLessThanOrEqual(22)
      // A heading never ends a page.
      for (const page of pages) expect(page.at(-1)?.kind).not.toBe('heading')
    }
  })

  it('falls into as many pages as LibreOffice renders the export (render-out/, LibreOffice 7.4)', () => {
    const counts = Object.fromEntries(FIXTURES.map(([name, r]) => [name, paginate(toRenderModel(r)).length]))
    expect(counts).toEqual({ 'seed-000': 6, 'seed-001': 4, 'seed-002': 4, 'seed-003': 6, 'seed-004': 6 })
    expect(paginate(toRenderModel(nonZeroReport()))).toHaveLength(4)
  })

  it('keeps the signature with the last line of the body', () => {
    const pages = paginate(toRenderModel(nonZeroReport()))
    const last = pages.at(-1)!
    expect(last.at(-1)?.kind).toBe('signature')
    expect(last.at(-2)?.kind).toBe('blank')
    expect(last.at(-3)?.kind).toBe('line')
  })
})
