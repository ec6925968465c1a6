import { describe, expect, it } from 'vitest'
import { createEmptyReport } from './default-report'
import { toRenderModel, type RenderBlock, type TableBlock } from './render-model'
import type { Report } from './schema'
import { OVERVIEW_PARTS, SECTIONS } from './sections'
import { TABLES } from './tables/registry'
import { cellId } from './tables/table-def'
import { storedValue, writeValue } from './values'

const fixtures = import.meta.glob<Report>('./fixtures/seed-*.json', { eager: true, import: 'default' })

function filledReport(): Report {
  const report = createEmptyReport(2024)
  report.meta = { ...report.meta, agency: '某县某镇人民政府', publishDate: '2025-01-06', signature: true }
  let n = 1
  for (const def of Object.values(TABLES)) {
    for (const input of def.inputs) writeValue(report, def.id, input, input.valueType === 'decimal' ? 1.25 : n++)
  }
  report.overview.proactive = '第一段。\n\n第二段。'
  report.overview.management = '（三）政府信息管理：已带编号。'
  report.problems.improvements = '改进。'
  report.otherMatters.text = '本单位未收取信息处理费。'
  return report
}

const tables = (blocks: RenderBlock[]) => blocks.filter((b): b is TableBlock => b.kind === 'table')

describe('toRenderModel', () => {
  it('orders title, the six headings with their bodies and the signature', () => {
    const blocks = toRenderModel(filledReport())
    expect(blocks[0]).toEqual({
      kind: 'title',
      text: '某县某镇人民政府2024年政府信息公开工作年度报告',
      lines: ['某县某镇人民政府', '2024年政府信息公开工作年度报告'],
    })
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(SECTIONS.map((s) => s.heading))
    expect(tables(blocks).map((t) => t.tableId)).toEqual(['table2', 'table3', 'table4'])
    expect(blocks.at(-1)).toEqual({ kind: 'signature', agency: '某县某镇人民政府', date: '2025年1月6日' })
  })

  it('leads each part with its run-in heading, once', () => {
    const paras = toRenderModel(filledReport()).filter((b) => b.kind === 'paragraph')
    expect(paras).toContainEqual({ kind: 'paragraph', runIn: '（一）主动公开情况。', text: '第一段。' })
    expect(paras).toContainEqual({ kind: 'paragraph', text: '第二段。' })
    expect(paras).toContainEqual({ kind: 'paragraph', text: '（三）政府信息管理：已带编号。' })
    expect(paras).toContainEqual({ kind: 'paragraph', runIn: '（二）改进情况。', text: '改进。' })
    expect(paras).toContainEqual({ kind: 'paragraph', text: '本单位未收取信息处理费。' })
  })

  it('lays tables out exactly as the definition grid, with formatted values and totals', () => {
    const report = filledReport()
    for (const t of tables(toRenderModel(report))) {
      const def = TABLES[t.tableId]
      const flat = t.rows.flat()
      expect(flat.map(({ r, c, rowSpan, colSpan }) => ({ r, c, rowSpan, colSpan })).sort((a, b) => a.r - b.r || a.c - b.c))
        .toEqual(def.cells.map(({ r, c, rowSpan, colSpan }) => ({ r, c, rowSpan, colSpan })).sort((a, b) => a.r - b.r || a.c - b.c))
      t.rows.forEach((row, r) => row.forEach((cell) => expect(cell.r).toBe(r)))
      for (const input of def.inputs) {
        const cell = flat.find((c) => c.cellId === cellId(def.id, input))
        expect(cell?.text).toBe(String(storedValue(report, def.id, input)))
      }
    }
    const t3 = tables(toRenderModel(report)).find((t) => t.tableId === 'table3')!.rows.flat()
    const first = report.table3.newReceived!
    const sum = Object.values(first).reduce<number>((a, v) => a + (v ?? 0), 0)
    expect(t3.find((c) => c.cellId === 'table3/newReceived/total')?.text).toBe(String(sum))
  })

  it('prints blank cells as empty and omits missing optional parts', () => {
    const report = createEmptyReport(2024)
    report.meta.signature = true
    const blocks = toRenderModel(report)
    expect(blocks.some((b) => b.kind === 'signature')).toBe(false)
    expect(blocks.filter((b) => b.kind === 'paragraph')).toEqual([])
    const t2 = tables(blocks)[0]!.rows.flat().filter((c) => c.role === 'value')
    expect(t2.every((c) => c.text === '')).toBe(true)
  })

  it('renders every seed fixture with all its narrative text', () => {
    expect(Object.keys(fixtures).length).toBeGreaterThanOrEqual(5)
    for (const report of Object.values(fixtures)) {
      const blocks = toRenderModel(report)
      const text = blocks.map((b) => ('runIn' in b ? (b.runIn ?? '') : '') + ('text' in b ? b.text : '')).join('\n')
      for (const part of OVERVIEW_PARTS) {
        for (const p of report.overview[part.key].split('\n').filter((s) => s.trim())) expect(text).toContain(p.trim())
      }
      expect(blocks.some((b) => b.kind === 'signature')).toBe(report.meta.signature && report.meta.agency.trim() !== '')
    }
  })
})
