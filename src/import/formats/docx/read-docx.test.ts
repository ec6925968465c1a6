// Reports published on government websites, saved as .docx by LibreOffice from HTML
// (test-fixtures/*.html → scripts/make-import-fixtures.sh), read back against the expected report.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Report } from '@/report/schema'
import { validate } from '@/report/validate'
import type { Issue } from '../../../report/issue'
import type { ImportResult } from '../../import-result'
import { importDocx } from './read-docx'
import { docxFromBody, p, tbl } from '../../test-docx'

const DIR = join(__dirname, '../../test-fixtures')
const load = (name: string): ImportResult => importDocx(new Uint8Array(readFileSync(join(DIR, `${name}.docx`))))
const expected = (name: string): Report => JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Report

function read(name: string): Extract<ImportResult, { ok: true }> {
  const result = load(name)
  if (!result.ok) throw new Error(result.errors.join('\n'))
  return result
}
const byRule = (findings: Issue[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId)

describe('importDocx: published layouts', () => {
  it.each(['seed-layout', 'merges-variant', 'spaces-captions', 'wrong-total', 'missing-column'])(
    '%s reads into the expected report', (name) => {
      expect(read(name).report).toEqual(expected(name))
    })

  it('seeds’ layout: everything read, signature block → publish date', () => {
    const { report, summary, findings } = read('seed-layout')
    expect(summary).toEqual({ sectionsFound: 6, tablesFound: 3, cellsRead: 166, cellsMissing: 0 })
    expect(report.meta).toMatchObject({ publishDate: '2025-01-26', signature: true, year: 2024 })
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([])
    const arithmetic = validate(report).filter((i) => /^T[34]-/.test(i.ruleId))
    expect(arithmetic).toEqual([])
  })

  it('a wrong published total is an error on exactly that cell', () => {
    const { report } = read('wrong-total')
    const errors = validate(report).filter((i) => /^T[34]-(ROWSUM|RESULTSUM|TOTAL)$/.test(i.ruleId))
    expect(errors.map((e) => [e.ruleId, e.cells[0]])).toEqual([
      ['T3-ROWSUM', 'table3/newReceived/total'],
      ['T3-RESULTSUM', 'table3/totalResults/commercial'],
      ['T4-TOTAL', 'table4/review/total'],
    ])
  })

  it('a missing 其他 column: blank cells and a STRUCT warning that names the column', () => {
    const { report, findings, summary } = read('missing-column')
    const struct = byRule(findings, 'STRUCT')
    expect(struct).toHaveLength(1)
    expect(struct[0]!.message).toContain('“其他”列')
    expect(struct[0]!.cells).toHaveLength(24)
    expect(struct[0]!.cells.every((c) => c.endsWith('/otherOrg'))).toBe(true)
    expect(report.table3.newReceived!.otherOrg).toBeNull()
    expect(summary.cellsMissing).toBe(24)
    const caption = byRule(findings, 'W-CAPTION')
    expect(caption.map((f) => f.message).join()).toContain('2.其他法律法规禁止公开')
  })

  it('blank, "/", "—", "无", full-width digits and units go through parseCell; unreadable text names its cell', () => {
    const { report, findings } = read('merges-variant')
    expect(report.table3.carriedOver!.research).toBeNull() // —
    expect(report.table3['denied.stateSecret']!.naturalPerson).toBeNull() // /
    expect(report.table3['notProcessed.duplicate']!.naturalPerson).toBeNull() // 无
    expect(report.table3['unable.needCreation']!.commercial).toBe(0) // ０
    expect(report.table2.licensing!.decisions).toBe(15) // １５
    const unreadable = byRule(findings, 'IMPORT-CELL')
    expect(unreadable.map((f) => f.cells)).toEqual([['table3/other.other/naturalPerson']])
    expect(unreadable[0]!.message).toContain('见附件')
  })

  it('spaces and line breaks in captions; changed headings and captions are reported', () => {
    const { report, findings, summary } = read('spaces-captions')
    expect(summary.cellsRead).toBe(166)
    expect(report.overview.preface).toMatch(/^本报告根据/)
    const messages = byRule(findings, 'W-CAPTION').map((f) => f.message)
    expect(messages.some((m) => m.includes('5、存在的主要问题和改进措施'))).toBe(true)
    expect(messages.some((m) => m.includes('“规范性文件”'))).toBe(true)
    expect(messages.some((m) => m.includes('本年(2024)制发件数'))).toBe(true)
  })

  it('the 2019 试行 format is recognised and explained, not misread', () => {
    const result = load('old-format-2019')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors[0]).toContain('2019 年试行格式')
    expect(result.errors[0]).not.toContain('W-OLDFMT')
    expect(result.errors[0]).toContain('本年新制作数量')
    expect(result.errors[0]).toContain('2021〕30号')
  })

  it('a 2019 table 3 with a single （六）其他处理 row is recognised too', () => {
    const table = tbl([
      ['三、本年度办理结果', '（五）不予处理', '1.信访举报投诉类申请', '0'],
      ['', '（六）其他处理', '', '0'],
      ['', '（七）总计', '', '0'],
    ])
    const result = importDocx(docxFromBody(p('三、收到和处理政府信息公开申请情况') + table))
    expect(!result.ok && result.errors[0]).toContain('（六）其他处理（单行）')
  })

  it('a document with neither tables nor headings is not taken for a report', () => {
    const result = load('no-tables')
    expect(result).toEqual({ ok: false, errors: [expect.stringContaining('既没有表格')] })
  })
})
