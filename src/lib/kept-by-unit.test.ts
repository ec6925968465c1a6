// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { keptByUnit } from './kept-by-unit'
import type { ReportEntry } from './workspace-db'

const entry = (id: string, agency: string, year = 2024, origin: ReportEntry['origin'] = 'file'): ReportEntry => ({
  id, agency, year, origin, unitType: 'township', createdAt: '', updatedAt: '', errors: null, warnings: null, deletedAt: null, source: null,
})

describe('keptByUnit', () => {
  it('gives each unit and year its most recently changed entry, by the one unit identity', () => {
    const kept = keptByUnit([entry('new', '伊川县白沙镇'), entry('old', '伊川县白沙镇人民政府'), entry('last', '伊川县白沙镇人民政府', 2023)])
    expect(Object.fromEntries(kept)).toEqual({ '伊川县白沙镇|2024': 'new', '伊川县白沙镇|2023': 'last' })
    expect(keptByUnit([entry('new', '伊川县白沙镇'), entry('old', '伊川县白沙镇人民政府')], new Set(['new'])).get('伊川县白沙镇|2024')).toBe('old')
  })

  it('never finds a generated county total, though it bears the 本级 government\'s name', () => {
    const kept = keptByUnit([entry('total', '伊川县人民政府', 2024, 'aggregate'), entry('own', '伊川县人民政府', 2024, 'file'), entry('total-2023', '伊川县人民政府', 2023, 'aggregate')])
    expect(Object.fromEntries(kept)).toEqual({ '伊川县|2024': 'own' })
  })

  it('never finds an entry without an agency name', () => {
    expect(keptByUnit([entry('a', ''), entry('b', '   ')]).size).toBe(0)
  })
})
