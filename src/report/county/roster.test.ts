// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { unitKey } from '../region'
import { isLate, matchRoster, parseRosterText, unitStatus } from './roster'

describe('parseRosterText', () => {
  it('reads one name a line, and name + type columns pasted from a spreadsheet or a .csv', () => {
    expect(parseRosterText('白沙镇\n\n 半坡镇 \r\n白沙镇')).toEqual([{ name: '白沙镇', type: '' }, { name: '半坡镇', type: '' }])
    expect(parseRosterText('单位名称\t类型\n伊川县白沙镇人民政府\t乡镇\n伊川县城关街道办事处\t街道')).toEqual([
      { name: '伊川县白沙镇人民政府', type: '乡镇' }, { name: '伊川县城关街道办事处', type: '街道' }])
    expect(parseRosterText('\ufeff单位,类型\r\n"伊川县教育局",部门\r\n"某县""示范""镇",乡镇')).toEqual([
      { name: '伊川县教育局', type: '部门' }, { name: '某县"示范"镇', type: '乡镇' }])
  })
})

describe('matchRoster', () => {
  const reports = [
    { id: 'a', agency: '伊川县白沙镇人民政府' },
    { id: 'b', agency: '伊川县 半坡镇人民政府' },
    { id: 'c', agency: '伊川县城关街道办事处' },
    { id: 'd', agency: '伊川县吕店镇人民政府' },
    { id: 'e', agency: '伊川县教育局' },
  ]

  it('matches full names, short names and names with stray spaces or full-width forms', () => {
    const { byUnit, unmatched } = matchRoster(
      parseRosterText('伊川县白沙镇人民政府\n半坡镇\n城关街道\n伊川县教育局\n鸦岭镇'), reports)
    expect(Object.fromEntries(byUnit)).toEqual({ 伊川县白沙镇人民政府: ['a'], 半坡镇: ['b'], 城关街道: ['c'], 伊川县教育局: ['e'], 鸦岭镇: [] })
    // 吕店镇 is not on the roster: flagged.
    expect(unmatched).toEqual(['d'])
  })

  it('prefers the same name to a short name, and the longer short name', () => {
    const { byUnit } = matchRoster(parseRosterText('白沙镇\n伊川县白沙镇'), [{ id: 'x', agency: '伊川县白沙镇人民政府' }])
    expect(byUnit.get('伊川县白沙镇')).toEqual(['x'])
    expect(byUnit.get('白沙镇')).toEqual([])
  })

  it('leaves a report unmatched when two units fit it equally', () => {
    const tie = matchRoster([{ name: '甲县白沙镇', type: '' }, { name: '乙县白沙镇', type: '' }], [{ id: 'x', agency: '白沙镇人民政府' }])
    expect(tie.unmatched).toEqual(['x'])
  })

  it('does not match different units that merely share characters', () => {
    const { unmatched } = matchRoster(parseRosterText('白沙镇'), [{ id: 'x', agency: '伊川县白沙岭镇人民政府' }])
    expect(unmatched).toEqual(['x'])
  })
})

describe('unitKey, unitStatus, isLate', () => {
  it('drops the endings a unit is named with or without', () => {
    expect(unitKey('伊川县白沙镇人民政府')).toBe('伊川县白沙镇')
    expect(unitKey('伊川县城关街道办事处')).toBe('伊川县城关街道')
    expect(unitKey('伊川县 教育局')).toBe('伊川县教育局')
  })

  it('gives the status from the open findings', () => {
    expect(unitStatus(null)).toBe('missing')
    expect(unitStatus({ errors: 1, warnings: 0 })).toBe('errors')
    expect(unitStatus({ errors: 0, warnings: 2 })).toBe('submitted')
    expect(unitStatus({ errors: 0, warnings: 0 })).toBe('passed')
  })

  it('is late only after the whole deadline day', () => {
    expect(isLate('2025-01-31T23:00:00', '2025-01-31')).toBe(false)
    expect(isLate('2025-02-01', '2025-01-31')).toBe(true)
    expect(isLate('2025-02-01', null)).toBe(false)
  })
})
