// The body walker: only visible text, in reading order, whatever wrappers Word or WPS add.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readBlocks } from './docx-blocks'
import { importDocx } from './read-docx'
import { docxFromBody, documentXml, p, tbl } from '../../test-docx'

function blocks(body: string) {
  const result = readBlocks(documentXml(body))
  if (!result.ok) throw new Error(result.error)
  return result.blocks
}

describe('readBlocks', () => {
  it('joins runs, keeps tabs and breaks, skips deleted text and field codes', () => {
    const xml = '<w:p><w:r><w:t>一、</w:t></w:r><w:r><w:t>总体</w:t></w:r><w:del><w:r><w:delText>删掉</w:delText></w:r></w:del>'
      + '<w:ins><w:r><w:t>情况</w:t></w:r></w:ins><w:r><w:tab/><w:t>甲</w:t><w:br/><w:t>乙</w:t></w:r>'
      + '<w:r><w:instrText> PAGE </w:instrText></w:r></w:p>'
    expect(blocks(xml)).toEqual([{ kind: 'paragraph', text: '一、总体情况\t甲\n乙' }])
  })

  it('reads content controls and custom XML wrappers, but not text boxes', () => {
    const xml = `<w:sdt><w:sdtContent>${p('甲')}</w:sdtContent></w:sdt>`
      + '<w:p><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r><w:r><w:t>乙</w:t></w:r></w:p>'
    expect(blocks(xml).map((b) => b.kind === 'paragraph' && b.text)).toEqual(['甲', '乙'])
  })

  it('reads a bare <w:vMerge/> as continue and gridSpan as a number', () => {
    const xml = '<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/></w:tcPr>' + p('A') + '</w:tc></w:tr>'
      + '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>'
    const [table] = blocks(xml)
    expect(table).toEqual({
      kind: 'table',
      rows: [
        { gridBefore: 0, gridAfter: 0, cells: [{ text: 'A', gridSpan: 2, vMerge: 'restart', hMergeContinue: false }] },
        { gridBefore: 0, gridAfter: 0, cells: [{ text: '', gridSpan: 2, vMerge: 'continue', hMergeContinue: false }] },
      ],
    })
  })

  it('keeps paragraphs and tables in document order', () => {
    expect(blocks(p('前') + tbl([['1']]) + p('后')).map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph'])
  })

  it('accepts any namespace prefix', () => {
    const xml = '<?xml version="1.0"?><x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p><x:r><x:t>甲</x:t></x:r></x:p></x:body></x:document>'
    const result = readBlocks(xml)
    expect(result.ok && result.blocks).toEqual([{ kind: 'paragraph', text: '甲' }])
  })
})

describe('fuzzing importDocx with random bodies', () => {
  const text = fc.oneof(
    fc.constantFrom('一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '六、其他需要报告的事项',
      '（一）主动公开：', '（二）改进情况', '2025年1月26日', '某镇人民政府2024年政府信息公开工作年度报告', '0', '/', '申请人情况', '总计'),
    fc.string({ maxLength: 6 }).map((s) => s.replace(/[<&>]/g, '')),
  )
  const cell = fc.record({ text, span: fc.integer({ min: 1, max: 4 }), vMerge: fc.constantFrom(undefined, 'restart', 'continue') })
  const block = fc.oneof(
    text.map(p),
    fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }).map((rows) =>
      tbl(rows.map((r) => r.map(({ text: t, span, vMerge }) => ({ text: t, span, ...(vMerge ? { vMerge } : {}) }))))),
  )
  it('never throws and always answers ok with a report or with errors', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), (body) => {
        const result = importDocx(docxFromBody(body.join('')))
        return result.ok ? result.report.format === 'gov-info-annual-report' : result.errors.length > 0
      }),
      { numRuns: 60 },
    )
  }, 30_000)
})
