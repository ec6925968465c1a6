// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { balancedReport } from '../fixtures/balanced'
import type { Report } from '../schema'
import { computeTotals } from '../totals'
import { parseProseNumber } from '../cn-number'
import {
  feeRules, intakeTextRule, normDocTextRule, oldFormatRule, prefaceRule, reviewTextRule, sectionFiveRule,
  sectionOneRule, yearTextRule,
} from './text-rules'

function withText(change: (r: Report) => void): Report {
  const report = balancedReport()
  change(report)
  return report
}
const intake = (r: Report) => intakeTextRule(r, computeTotals(r))
const review = (r: Report) => reviewTextRule(r, computeTotals(r))

describe('W-TEXT-INTAKE', () => {
  it('compares "收到…申请N件" with 本年新收, also in Chinese numerals', () => {
    expect(intake(withText((r) => { r.overview.onRequest = '本年共收到政府信息公开申请十五件。' }))).toEqual([])
    const [hit] = intake(withText((r) => { r.overview.onRequest = '本年共收到政府信息公开申请12件。' }))
    expect(hit?.cells).toEqual(['overview.onRequest', 'table3/newReceived/total'])
    expect(hit?.message).toContain('（12 件），但表三本年新收申请为 15 件')
  })

  it('compares "共办理…N件" with 新收 + 上年结转', () => {
    expect(intake(withText((r) => { r.overview.onRequest = '本年共办理收到的政府信息公开申请16件。' }))).toEqual([])
  })

  it('flags "未收到…申请" when table 3 has new applications, and accepts it when it has none', () => {
    const text = '2024年，我镇政府未收到政府信息公开申请。'
    expect(intake(withText((r) => { r.overview.onRequest = text }))[0]?.ruleId).toBe('W-TEXT-INTAKE')
    const none = withText((r) => {
      r.overview.onRequest = text
      r.table3.newReceived = { naturalPerson: 0, commercial: 0, research: 0, publicInterest: 0, legalService: 0, otherOrg: 0 }
    })
    expect(intake(none)).toEqual([])
  })

  it('does not read an unrelated negation as "未收到申请"', () => {
    expect(intake(withText((r) => { r.overview.onRequest = '本年共收到政府信息公开申请15件，未发生行政复议。' }))).toEqual([])
  })
})

describe('W-TEXT-REVIEW', () => {
  it('compares "行政复议N件" with table 4', () => {
    const [hit] = review(withText((r) => { r.table4.review = { upheld: 1, corrected: 1, other: 0, pending: 0 } }))
    expect(hit?.message).toBe('正文说行政复议 1 件，但表四行政复议总计为 2 件')
  })

  it('applies a denial to its own clause only', () => {
    const litigation = withText((r) => { r.table4.litigationDirect = { upheld: 1, corrected: 0, other: 0, pending: 0 } })
    expect(review(litigation)[0]?.message).toContain('表四共有 2 件行政复议、行政诉讼')
    expect(review(balancedReport())).toEqual([])
  })

  it('flags "未发生…行政复议、行政诉讼" when table 4 has cases', () => {
    const report = withText((r) => { r.overview.onRequest = '本年未发生因政府信息公开引起的行政复议、行政诉讼。' })
    expect(review(report)).toHaveLength(1)
  })
})

describe('other text rules', () => {
  it('W-TEXT-NORMDOC checks 制发, 废止 and 现行有效 separately', () => {
    const report = withText((r) => { r.table2.normativeDocs = { issued: 3, repealed: 1, inForce: 7 } })
    expect(normDocTextRule(report).map((i) => i.cells[1])).toEqual(['table2/normativeDocs/issued', 'table2/normativeDocs/inForce'])
  })

  it('W-TEXT-YEAR allows next year for plans and carry-over, and last year when it says so', () => {
    expect(yearTextRule(balancedReport())).toEqual([])
    const allowed = withText((r) => { r.overview.proactive = '2024年主动公开信息300条，较上年（2023年）有所增加。' })
    expect(yearTextRule(allowed)).toEqual([])
    const report = withText((r) => {
      r.overview.proactive = '2023年，本镇主动公开信息300条。'
      r.overview.platform = '2025年本镇政务公开专区投入使用。'
    })
    const hits = yearTextRule(report)
    expect(hits.map((i) => i.cells[0])).toEqual(['overview.proactive', 'overview.platform'])
    expect(hits[0]?.message).toMatch(/^“一（一）主动公开”写有 2023年（“2023年，本镇主动公开信息.*”），与报告年度 2024年 不一致/)
    expect(hits[1]?.message).toContain('写有 2025年')
  })

  it('W-SEC1-FIVE asks for each empty aspect and for 考核/评议/责任追究 in 监督保障', () => {
    const report = withText((r) => {
      r.overview.management = ' '
      r.overview.oversight = '加强组织领导。'
    })
    expect(sectionOneRule(report).map((i) => i.cells[0])).toEqual(['overview.management', 'overview.oversight'])
  })

  it('W-SEC5 flags empty, "无" or one-line parts of 五', () => {
    const report = withText((r) => {
      r.problems.problems = '无。'
      r.problems.improvements = '继续加强。'
    })
    expect(sectionFiveRule(report).map((i) => i.cells[0])).toEqual(['problems.problems', 'problems.improvements'])
  })

  it('fee rules: 六 must mention 信息处理费; a charged amount must fit table 2', () => {
    const report = withText((r) => { r.otherMatters.text = '本单位2024年度收取信息处理费300元。' })
    const totals = computeTotals(report)
    expect(feeRules(report, totals).map((i) => i.ruleId)).toEqual(['W-FEE-T2'])
    report.table2.fees = { amountWanYuan: 0.03 }
    expect(feeRules(report, totals)).toEqual([])
  })

  it('W-PREFACE checks the stated number of parts and the parts listed', () => {
    expect(prefaceRule(balancedReport())).toEqual([])
    const partial = withText((r) => { r.overview.preface = '报告包括总体情况、主动公开政府信息情况等内容。' })
    expect(prefaceRule(partial)[0]?.message).toContain('缺少：收到和处理政府信息公开申请情况')
  })

  it('W-OLDFMT spots 2019 table terms and a basis cited only as 〔2019〕60号', () => {
    const report = withText((r) => { r.overview.preface = '本报告依据国办公开办函〔2019〕60号编制。' })
    expect(oldFormatRule(report)[0]?.message).toContain('国办公开办函〔2019〕60号')
  })
})

describe('parseProseNumber', () => {
  it.each([['15', 15], ['１５', 15], ['十五', 15], ['一百零五', 105], ['两千', 2000], ['零', 0], ['十', 10], ['五件', null]])(
    'reads %j as %j', (text, value) => { expect(parseProseNumber(text)).toBe(value) },
  )
})
