import { describe, expect, it } from 'vitest'
import { createEmptyReport } from '@/report/default-report'
import { validate } from '@/report/validate'
import { pageStatus } from './page-status'

describe('pageStatus', () => {
  it('a report with nothing filled in is 未填写 everywhere, 检查与导出 included (not red)', () => {
    const report = createEmptyReport()
    const status = pageStatus(report, validate(report))
    expect(new Set(Object.values(status))).toEqual(new Set(['empty']))
  })

  it('once anything is filled in, 检查与导出 shows that the report cannot be exported yet', () => {
    const report = createEmptyReport()
    report.meta.agency = '伊川县白沙镇人民政府'
    const status = pageStatus(report, validate(report))
    expect(status.meta).not.toBe('empty')
    expect(status.review).toBe('error')
  })
})
