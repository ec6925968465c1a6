// Characters Word cannot take, in the files users open: removed, and the user is told.
import { describe, expect, it } from 'vitest'
import { balancedReport } from '../report/fixtures/balanced'
import { importReportFile } from './import-file'
import { docxFromBody, p } from './test-docx'

const SECTIONS = ['一、总体情况', '（一）主动公开情况', '全年公开信息\ufffe一百条。', '（二）依申请公开情况', '本年未收到\u0001申请&#1;。', '六、其他需要报告的事项', '未收取信息处理费&#xFFFF;。']

describe('opening files with forbidden characters', () => {
  it('a .docx whose document.xml holds them opens, without them, and says how many were removed', async () => {
    const bytes = docxFromBody(SECTIONS.map(p).join(''))
    const result = await importReportFile('report.docx', bytes)
    if (!result.ok) throw new Error(result.errors.join())
    expect(result.report.overview.proactive).toBe('全年公开信息一百条。')
    expect(result.report.overview.onRequest).toBe('本年未收到申请。')
    expect(result.report.otherMatters.text).toBe('未收取信息处理费。')
    const clean = result.findings.filter((f) => f.ruleId === 'IMPORT-CLEAN')
    expect(clean).toHaveLength(1)
    expect(clean[0]).toMatchObject({ severity: 'warning', source: 'import' })
    expect(clean[0]!.message).toContain('4 个')
  })

  it('a .json report file with them opens cleaned, and the finding names the fields', async () => {
    const report = balancedReport()
    report.overview.platform = '平台\ud800建设'
    report.meta.agency = `${report.meta.agency}\u000b`
    const result = await importReportFile('report.json', new TextEncoder().encode(JSON.stringify(report)))
    if (!result.ok) throw new Error(result.errors.join())
    expect(result.report.overview.platform).toBe('平台建设')
    expect(result.report.meta.agency).toBe(balancedReport().meta.agency)
    const [clean] = result.findings.filter((f) => f.ruleId === 'IMPORT-CLEAN')
    expect(clean?.cells).toEqual(['meta.agency', 'overview.platform'])
    expect(clean?.message).toMatch(/已删除 2 个.*机关全称 1 个、一（四）政府信息公开平台建设 1 个/)
  })

  it('a clean file reports nothing of the kind', async () => {
    const result = await importReportFile('report.json', new TextEncoder().encode(JSON.stringify(balancedReport())))
    expect(result.ok && result.findings).toEqual([])
  })
})
