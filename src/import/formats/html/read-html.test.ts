// Published web pages read into the same report as the .docx of the same content: the clean
// fixture pages, a CMS page with every quirk of published-formats.md (UTF-8 and GBK), MHTML, a
// page whose table is a picture, and pasted clipboard HTML.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Report } from '@/report/schema'
import { TABLES } from '@/report/tables/registry'
import { cellId } from '@/report/tables/table-def'
import { writeValue } from '@/report/values'
import { importReportFile } from '../../import-file'
import type { ImportResult } from '../../import-result'
import { importHtmlText } from './read-html'
import { cmsPage, encodeGbk, FIXTURE_DIR, fixturePage } from './test-pages'

const expected = (name: string): Report => JSON.parse(readFileSync(join(FIXTURE_DIR, `${name}.expected.json`), 'utf8')) as Report
const utf8 = (s: string) => new TextEncoder().encode(s)

function ok(result: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!result.ok) throw new Error(result.errors.join('\n'))
  return result
}

/** seed-layout's report with the cells the CMS page leaves blank or merges set to null. */
function cmsExpected(): { report: Report; blank: string[]; merged: string[] } {
  const report = expected('seed-layout')
  const def = TABLES.table3
  const blank = def.inputs.filter((i) => i.rowId === 'granted' && ['research', 'publicInterest', 'legalService'].includes(i.colId))
  const merged = def.inputs.filter((i) => i.rowId.startsWith('other.'))
  for (const i of [...blank, ...merged]) writeValue(report, 'table3', i, null)
  return { report, blank: blank.map((i) => cellId('table3', i)), merged: merged.map((i) => cellId('table3', i)) }
}

describe('web pages', () => {
  it.each(['seed-layout', 'merges-variant', 'spaces-captions', 'wrong-total', 'missing-column'])(
    '%s.html reads into the same report as its .docx', async (name) => {
      const result = ok(await importReportFile(`${name}.html`, utf8(fixturePage(name))))
      expect(result.report).toEqual(expected(name))
    })

  it('every number keeps its table, row and column', async () => {
    const { sources } = ok(await importReportFile('p.html', utf8(fixturePage('seed-layout'))))
    expect(sources['table3/newReceived/naturalPerson']).toBe('第 2 个表格第 4 行第 4 列')
    expect(sources['table2/rules/issued']).toBe('第 1 个表格第 3 行第 2 列')
    expect(Object.keys(sources)).toHaveLength(166)
  })

  it('a CMS page with every quirk: same numbers; blank and merged cells named, never 0 or copied', () => {
    const result = ok(importHtmlText(cmsPage()))
    const want = cmsExpected()
    expect(result.report.table2).toEqual(want.report.table2)
    expect(result.report.table3).toEqual(want.report.table3)
    expect(result.report.table4).toEqual(want.report.table4)
    expect(result.report.meta.agency).toBe('叶城县白杨镇人民政府')
    const blank = result.findings.find((f) => f.message.includes('是空白'))
    expect(blank?.cells).toEqual(want.blank)
    const merged = result.findings.filter((f) => f.message.includes('合并'))
    expect(merged.flatMap((f) => f.cells).sort()).toEqual([...want.merged].sort())
    expect(result.findings.some((f) => f.ruleId === 'W-CAPTION' && f.message.includes('规范性文件'))).toBe(true)
  })

  it('a page saved as GBK (declared gb2312) reads the same as UTF-8', async () => {
    const bytes = encodeGbk(cmsPage('gb2312'))
    expect(new TextDecoder('utf-8', { fatal: false }).decode(bytes)).not.toContain('白杨镇')
    const result = ok(await importReportFile('报告.htm', bytes))
    expect(result.report.table3).toEqual(cmsExpected().report.table3)
    expect(result.report.meta.agency).toBe('叶城县白杨镇人民政府')
  })

  it('a page with a UTF-8 BOM and no declaration, and an undeclared GBK page', async () => {
    const page = fixturePage('seed-layout').replace('<meta charset="utf-8">', '')
    const bom = ok(await importReportFile('a.html', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(page)])))
    expect(bom.report).toEqual(expected('seed-layout'))
    const gbk = ok(await importReportFile('b.html', encodeGbk(page)))
    expect(gbk.report.table3).toEqual(expected('seed-layout').table3)
  })

  it('an .mhtml file (quoted-printable page inside MIME)', async () => {
    const page = fixturePage('seed-layout')
    const qp = [...utf8(page)].map((b) => (b > 126 || b === 61 ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b))).join('')
      .replace(/(.{70})/g, '$1=\r\n')
    const mhtml = `From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--abc"\r\n\r\n------MultipartBoundary--abc\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp}\r\n------MultipartBoundary--abc--\r\n`
    const result = ok(await importReportFile('报告.mhtml', utf8(mhtml)))
    expect(result.report).toEqual(expected('seed-layout'))
  })

  it('a table published as a picture is named; the rest is read', () => {
    const page = fixturePage('seed-layout').replace(/<table border="1" cellspacing="0" cellpadding="2">\s*<tr><td colspan="5">行政复议[\s\S]*?<\/table>/, '<p><img src="/u/cms/2025/table4.png" alt="表四"></p>')
    const result = ok(importHtmlText(page))
    const missing = result.findings.find((f) => f.ruleId === 'IMPORT-MISSING' && f.section === 'appeals')
    expect(missing?.message).toContain('图片')
    expect(result.report.table3).toEqual(expected('seed-layout').table3)
  })

  it('a page pasted from the clipboard (a fragment, no <html>) reads the same', () => {
    const body = fixturePage('seed-layout').replace(/^[\s\S]*<body>/, '<meta charset="utf-8"><!--StartFragment-->').replace(/<\/body>[\s\S]*$/, '<!--EndFragment-->')
    expect(ok(importHtmlText(body)).report).toEqual(expected('seed-layout'))
  })

  it('a web page that is no report is refused in Chinese', async () => {
    const result = await importReportFile('news.html', utf8('<html><body><p>今日新闻</p></body></html>'))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors[0]).toContain('不像政府信息公开工作年度报告')
  })
})

describe('the portal’s index table above the article', () => {
  const INDEX = '<table class="xxgk_table"><tr><td>索引号：</td><td>001</td><td>发布机构：</td><td>某某镇人民政府</td></tr></table>'

  it('is named as the page’s index table, not as a table that could not be identified', () => {
    const result = ok(importHtmlText(cmsPage()))
    const messages = result.findings.map((f) => f.message)
    expect(messages).toContain('网页的信息索引表（索引号、发布机构等），不属于报告，未导入')
    expect(messages.join('\n')).not.toContain('无法识别的表格')
  })

  it('under a table’s heading, is not taken for that table', () => {
    const page = fixturePage('seed-layout').replace('<h2>三、收到和处理政府信息公开申请情况</h2>', `<h2>三、收到和处理政府信息公开申请情况</h2>${INDEX}`)
    const result = ok(importHtmlText(page))
    expect(result.report.table3).toEqual(expected('seed-layout').table3)
    expect(result.findings.map((f) => f.message).join('\n')).not.toContain('不止一个')
  })
})

describe('a number cell merged across columns (colspan)', () => {
  const head = `<html><body><p>某某镇人民政府2024年政府信息公开工作年度报告</p><p>三、收到和处理政府信息公开申请情况</p><table>
<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>`

  it('is not copied into each column it covers: both are left blank and named', () => {
    const page = `${head}<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>1</td><td colspan="2">5</td><td>0</td><td>0</td><td>0</td><td>6</td></tr></table></body></html>`
    const result = ok(importHtmlText(page))
    const row = result.report.table3.newReceived!
    expect(row.naturalPerson).toBe(1)
    expect(row.commercial).toBeNull()
    expect(row.research).toBeNull()
    expect(row.publicInterest).toBe(0)
    const merged = result.findings.find((f) => f.ruleId === 'IMPORT-CELL' && f.message.includes('跨 2 列合并'))
    expect(merged?.cells).toEqual(expect.arrayContaining([cellId('table3', { rowId: 'newReceived', colId: 'commercial' }), cellId('table3', { rowId: 'newReceived', colId: 'research' })]))
  })
})

describe('a 表二 row that appears twice', () => {
  it('keeps the first row’s numbers and says the second was not read', () => {
    const page = fixturePage('seed-layout').replace('<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>',
      '<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>规章</td><td>5</td><td>6</td><td>7</td></tr>')
    const result = ok(importHtmlText(page))
    expect(result.report.table2.rules).toEqual({ issued: 0, repealed: 0, inForce: 0 })
    const twice = result.findings.find((f) => f.ruleId === 'IMPORT-GUESS' && f.message.includes('出现了不止一次'))
    expect(twice?.cells).toContain(cellId('table2', { rowId: 'rules', colId: 'issued' }))
  })
})

describe('a page listing other units’ reports above the article', () => {
  it('takes the title closest to the report body and names the others', () => {
    const sidebar = '<div class="latest"><p>最新文章</p><ul><li><p>叶城县洛河镇人民政府2024年政府信息公开工作年度报告</p></li></ul></div>'
    const page = cmsPage().replace('<div class="header">', `${sidebar}<div class="header">`)
    const result = ok(importHtmlText(page))
    expect(result.report.meta.agency).toBe('叶城县白杨镇人民政府')
    const other = result.findings.find((f) => f.ruleId === 'IMPORT-GUESS' && f.message.includes('其他年报标题'))
    expect(other?.message).toContain('叶城县洛河镇人民政府2024年')
  })
})

describe('a cell holding two numbers in two paragraphs', () => {
  it('is left blank and named, never read as one number (1 and 2 are not 12)', async () => {
    const page = fixturePage('seed-layout').replace('<td colspan="3">一、本年新收政府信息公开申请数量</td><td>5</td>', '<td colspan="3">一、本年新收政府信息公开申请数量</td><td><p>1</p><p>2</p></td>')
    const result = ok(await importReportFile('two-paragraphs.html', utf8(page)))
    expect(result.report.table3.newReceived?.naturalPerson).toBeNull()
    expect(result.findings.map((f) => f.message).join('\n')).toContain('隔开的数')
  })
})
