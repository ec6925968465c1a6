import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { FIXTURES, nonZeroReport } from '@/report/fixtures/test-reports'
import { SECTIONS } from '@/report/sections'
import { TABLES, TABLE_IDS } from '@/report/tables/registry'
import { DocumentPreview } from './document-preview'
import { storedValue } from '@/report/values'

describe('DocumentPreview', () => {
  it('shows the title, the six headings and numbered A4 pages', () => {
    const { container } = render(<DocumentPreview report={nonZeroReport()} />)
    expect(container.querySelector('.dp-title')?.textContent).toBe('某某县某某镇人民政府2024年政府信息公开工作年度报告')
    expect([...container.querySelectorAll('.dp-heading')].map((h) => h.textContent)).toEqual(SECTIONS.map((s) => s.heading))
    const pages = container.querySelectorAll('.dp-page')
    expect(pages.length).toBeGreaterThan(1)
    pages.forEach((page, i) => expect(page.querySelector('.dp-page__number')?.textContent).toBe(`— ${i + 1} —`))
    expect(container.querySelector('.dp-runin')?.textContent).toBe('（一）主动公开情况。')
    expect(screen.getByText('2025年1月20日')).toBeTruthy()
  })

  it('draws each table with the merged cells of its definition and the report values', () => {
    const report = nonZeroReport()
    const { container } = render(<DocumentPreview report={report} />)
    for (const id of TABLE_IDS) {
      const table = container.querySelector(`table[data-table="${id}"]`)!
      const def = TABLES[id]
      expect(table.querySelectorAll('tr')).toHaveLength(def.gridRows)
      expect(table.querySelectorAll('col')).toHaveLength(def.gridColumns)
      const spans = [...table.querySelectorAll('td')].map((td) => `${td.rowSpan}x${td.colSpan}`).sort()
      expect(spans).toEqual(def.cells.map((c) => `${c.rowSpan}x${c.colSpan}`).sort())
      for (const input of def.inputs) {
        const td = table.querySelector(`[data-cell-ref="${id}/${input.rowId}/${input.colId}"]`)
        expect(td?.textContent).toBe(String(storedValue(report, id, input)))
      }
    }
  })

  it('renders every seed fixture', () => {
    for (const [, report] of FIXTURES) {
      const { container, unmount } = render(<DocumentPreview report={report} />)
      expect(container.querySelectorAll('table')).toHaveLength(3)
      unmount()
    }
  })
})
