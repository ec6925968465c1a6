// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { balancedReport } from '../fixtures/balanced'
import { metaRules, publishDateRule } from './meta-rules'

function withMeta(meta: Partial<ReturnType<typeof balancedReport>['meta']>) {
  const report = balancedReport()
  report.meta = { ...report.meta, ...meta }
  return report
}

describe('META', () => {
  it('requires an agency name without year or report title in it', () => {
    expect(metaRules(balancedReport())).toEqual([])
    expect(metaRules(withMeta({ agency: ' \u3000' }))[0]).toMatchObject({ ruleId: 'META', severity: 'error', cells: ['meta.agency'] })
    expect(metaRules(withMeta({ agency: '青石镇人民政府2024年政府信息公开工作年度报告' }))[0]?.message).toContain('不应包含年份或报告名称')
  })
})

describe('W-PUBDATE', () => {
  it.each([
    ['2025-01-01', null],
    ['2025-01-31', null],
    ['2024-12-31', '早于统计期结束（2024年12月31日）'],
    ['2025-02-01', '晚于发布期限（2025年1月31日'],
    ['2025-02-30', '不是有效日期'],
  ])('%s → %s', (publishDate, expected) => {
    const issues = publishDateRule(withMeta({ publishDate }))
    if (expected === null) expect(issues).toEqual([])
    else expect(issues[0]?.message).toContain(expected)
  })

  it('wants a date when the signature is on, and follows a local deadline', () => {
    expect(publishDateRule(withMeta({ publishDate: null }))[0]?.message).toContain('未填写成文日期')
    expect(publishDateRule(withMeta({ publishDate: null, signature: false }))).toEqual([])
    expect(publishDateRule(withMeta({ publishDate: '2025-02-18' }), { month: 2, day: 20 })).toEqual([])
    expect(publishDateRule(withMeta({ publishDate: '2025-02-21' }), { month: 2, day: 20 })[0]?.message).toContain('2025年2月20日')
  })
})
