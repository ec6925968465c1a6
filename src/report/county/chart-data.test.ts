import { describe, expect, it } from 'vitest'
import { SEED_FIXTURES } from '../fixtures/seeds'
import { parseReport } from '../parse-report'
import { cellValue } from '../totals'
import { OUTCOMES, unitFigures } from './chart-data'

describe('chart data', () => {
  it('names the six outcome groups of table 3 by their short captions, in order', () => {
    expect(OUTCOMES.map((o) => o.label)).toEqual(['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理'])
  })

  it('the six outcome bars of a unit add up to its （七）总计', () => {
    for (const seed of SEED_FIXTURES) {
      const parsed = parseReport(seed.file)
      if (!parsed.ok) throw new Error(seed.id)
      const [figures] = unitFigures([{ id: seed.id, report: parsed.report }])
      const total = cellValue(parsed.report, 'table3', { rowId: 'totalResults', colId: 'total' })
      expect(figures!.outcomes.reduce((a, b) => a + b, 0), seed.id).toBe(total)
    }
  })
})
