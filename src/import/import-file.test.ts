// Malformed and unexpected files: each gives one clear Chinese error and no report, so the
// current draft is never replaced by half a file.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importReportFile } from './import-file'
import { importDocx } from './formats/docx/read-docx'
import { docxFromBody, docxWith, p, tbl } from './test-docx'
import { MAX_DOCX_BYTES } from './formats/docx/unzip-docx'

const utf8 = (text: string) => new TextEncoder().encode(text)
function errorOf(result: ReturnType<typeof importDocx>): string {
  if (result.ok) throw new Error('expected an error')
  expect(result.errors).toHaveLength(1)
  return result.errors[0]!
}

describe('importDocx: malformed files', () => {
  it('not a zip', () => {
    expect(errorOf(importDocx(utf8('这不是 Word 文档')))).toContain('不是 zip 格式')
    expect(errorOf(importDocx(new Uint8Array(0)))).toContain('不是 zip 格式')
  })

  it('a zip without word/document.xml', () => {
    expect(errorOf(importDocx(docxWith({ 'xl/workbook.xml': '<workbook/>' })))).toContain('word/document.xml')
  })

  it('a damaged zip', () => {
    const bytes = docxFromBody(p('一、总体情况')).slice(0, 60)
    expect(errorOf(importDocx(bytes))).toMatch(/损坏|word\/document\.xml/)
  })

  it('document.xml that is not XML', () => {
    expect(errorOf(importDocx(docxWith({ 'word/document.xml': '<w:document><w:body>' })))).toContain('不是有效的 XML')
  })

  it('an old .doc (OLE compound file) renamed to .docx', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
    expect(errorOf(importDocx(ole))).toContain('另存为')
  })

  it('a file larger than 20 MB is refused before unzipping', async () => {
    const big = new Uint8Array(MAX_DOCX_BYTES + 1)
    big.set([0x50, 0x4b, 3, 4])
    expect(errorOf(importDocx(big))).toContain('不应超过 20 MB')
    expect(errorOf(await importReportFile('大文件.json', big))).toContain('不应超过 20 MB')
  })

  it('a document with no tables and no headings', () => {
    expect(errorOf(importDocx(docxFromBody(p('会议纪要') + p('今天开会。'))))).toContain('既没有表格')
  })

  it('headings without tables still import, with the missing tables named', () => {
    const result = importDocx(docxFromBody(['一、总体情况', '（一）主动公开：公开信息10条。', '六、其他需要报告的事项', '无。'].map(p).join('')))
    if (!result.ok) throw new Error(result.errors.join())
    expect(result.summary).toMatchObject({ sectionsFound: 2, tablesFound: 0, cellsRead: 0, cellsMissing: 166 })
    expect(result.report.overview.proactive).toBe('公开信息10条。')
    expect(result.findings.filter((f) => f.ruleId === 'IMPORT-MISSING').map((f) => f.message).join()).toContain('没有找到表三')
  })

  it('an unidentified table is reported, not guessed', () => {
    const result = importDocx(docxFromBody(p('一、总体情况') + tbl([['姓名', '电话'], ['张三', '123']])))
    if (!result.ok) throw new Error(result.errors.join())
    expect(result.findings.some((f) => f.message.includes('无法识别的表格'))).toBe(true)
  })
})

describe('importReportFile', () => {
  const seed = readFileSync(join(__dirname, '../report/fixtures/seed-003.json'))

  it('opens a report file (.json)', async () => {
    const result = await importReportFile('叶城县白杨镇人民政府2024年政府信息公开工作年度报告.json', new Uint8Array(seed))
    expect(result.ok && result.report.meta.agency).toBe('叶城县白杨镇人民政府')
  })

  it('passes on the errors of a bad report file', async () => {
    const result = await importReportFile('a.json', utf8('{"format":"other"}'))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors[0]).toContain('format')
    expect(errorOf(await importReportFile('a.json', new Uint8Array([0xff, 0xfe, 0x00])))).toContain('UTF-8')
  })

  it('dispatches .docx whatever the case of the extension', async () => {
    expect(errorOf(await importReportFile('报告.DOCX', utf8('x')))).toContain('不是 zip 格式')
  })

  it.each([
    ['报告.doc', '另存为'],
    ['报告.wps', '另存为'],
        ['报告.txt', '只能读取 Word 文档（.docx）、网页（.html、.htm、.mhtml）、PDF 和本程序保存的报告文件（.json）'],
    ['报告', '只能读取'],
  ])('rejects %s with a Chinese message', async (name, text) => {
    expect(errorOf(await importReportFile(name, utf8('x')))).toContain(text)
  })
})
