// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { OVERVIEW_PARTS, PROBLEM_PARTS, SECTIONS, sectionById } from './sections'

describe('sections', () => {
  it('are the six headings of report-format.md §2, verbatim and in order', () => {
    expect(SECTIONS.map((s) => s.heading)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ])
  })

  it('number each heading with its own numeral and have unique ids', () => {
    for (const s of SECTIONS) expect(s.heading.startsWith(`${s.numeral}、`)).toBe(true)
    expect(new Set(SECTIONS.map((s) => s.id)).size).toBe(6)
    expect(sectionById('appeals').heading).toBe('四、政府信息公开行政复议、行政诉讼情况')
  })

  it('list the five aspects of 一、总体情况 and the two parts of 五', () => {
    expect(OVERVIEW_PARTS.map((p) => `${p.ordinal}${p.title}`)).toEqual([
      '（一）主动公开',
      '（二）依申请公开',
      '（三）政府信息管理',
      '（四）政府信息公开平台建设',
      '（五）监督保障',
    ])
    expect(PROBLEM_PARTS.map((p) => `${p.ordinal}${p.title}`)).toEqual(['（一）存在问题', '（二）改进情况'])
  })
})
