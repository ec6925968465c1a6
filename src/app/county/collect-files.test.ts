import { describe, expect, it } from 'vitest'
import { isReportFile } from '@/import/report-files'
import { splitFiles } from './collect-files'

describe('report files among what was picked', () => {
  it('takes .docx, .json, web pages and PDFs in any case, skips Word lock files and hidden files', () => {
    expect(['a.docx', 'B.DOCX', 'c.json', '报告.Json', 'p.html', 'p.HTM', 'p.mhtml', 'p.mht', 'r.pdf'].every(isReportFile)).toBe(true)
    expect(['~$a.docx', '.hidden.json', 'a.doc', 'a.wps', 'a.xlsx', 'a.docx.txt'].some(isReportFile)).toBe(false)
  })

  it('names the files that are not reports (but not lock or hidden files)', () => {
    const f = (name: string) => new File(['x'], name)
    const { reports, others } = splitFiles([f('a.docx'), f('notes.txt'), f('~$a.docx'), f('b.json'), f('.DS_Store')])
    expect(reports.map((r) => r.name)).toEqual(['a.docx', 'b.json'])
    expect(others).toEqual(['notes.txt'])
  })
})
