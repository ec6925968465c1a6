// Tables published as pictures (report-file.md §10, published-formats.md): a .docx with an image
// where table 3 should be, a PDF page whose table 3 is an image, a web page with <img>: each gets
// a finding naming the table and where the picture is; no number is made up; the rest is read.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { reportDocxBytes } from '@/docx/build-report'
import { nonZeroReport } from '@/report/fixtures/test-reports'
import { SECTIONS } from '@/report/sections'
import { TABLES } from '@/report/tables/registry'
import { importDocx } from './formats/docx/read-docx'
import { importHtmlText } from './formats/html/read-html'
import { importPdf } from './formats/pdf/read-pdf'
import { writePdf, type PdfText } from './formats/pdf/testing/write-pdf'

const DRAWING = '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="9" name="图片 9"/>'
  + '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
  + '<pic:blipFill><a:blip r:embed="rId99" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'

const blankCells = (table: Record<string, Record<string, unknown>>) => Object.values(table).every((row) => Object.values(row).every((v) => v === null))

describe('a table published as a picture', () => {
  it('.docx: table 3 replaced by an image is named, left blank; tables 2 and 4 are read', async () => {
    const report = nonZeroReport()
    const files = unzipSync(await reportDocxBytes(report))
    const xml = strFromU8(files['word/document.xml']!)
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
    expect(tables.length).toBeGreaterThanOrEqual(3)
    // Table 3 is the second table: the export's tables hold no nested tables.
    const t3 = tables[1]!
    files['word/document.xml'] = strToU8(xml.slice(0, t3.index) + DRAWING + xml.slice(t3.index + t3[0].length))
    const result = importDocx(zipSync(files))
    if (!result.ok) throw new Error(result.errors.join())
    const named = result.findings.find((f) => f.section === TABLES.table3.section && f.ruleId === 'IMPORT-MISSING')
    expect(named?.message).toMatch(/^表三是图片，无法读取其中的数字（正文第 \d+ 段中的图片）/)
    expect(blankCells(result.report.table3)).toBe(true)
    expect(result.report.table2).toEqual(report.table2)
    expect(result.report.table4).toEqual(report.table4)
  })

  it('PDF: a page whose table 3 is an image is named with its page; nothing is guessed', async () => {
    const t = (y: number, str: string, size = 12): PdfText => ({ x: 72, y, size, str })
    // Running text fills the line (a heading is a short line of its own).
    const body = (y: number, str: string) => t(y, str.padEnd(36, '，本年度情况同上'))
    const bytes = writePdf([
      { width: 595, height: 842, texts: [t(780, '某某镇人民政府2024年政府信息公开工作年度报告', 18), t(740, SECTIONS[0].heading), body(720, '本镇全年公开信息若干条。'), t(690, SECTIONS[1].heading), body(670, '见下页。')] },
      { width: 595, height: 842, texts: [t(780, SECTIONS[2].heading), t(300, SECTIONS[3].heading), body(280, '本年度未发生行政复议、行政诉讼。')], images: [{ x: 72, y: 360, w: 450, h: 400 }] },
      { width: 595, height: 842, texts: [t(780, SECTIONS[4].heading), body(760, '无。'), t(730, SECTIONS[5].heading), body(710, '无。')] },
    ])
    const result = await importPdf(bytes)
    if (!result.ok) throw new Error(result.errors.join())
    const named = result.findings.find((f) => f.section === TABLES.table3.section && f.ruleId === 'IMPORT-MISSING')
    expect(named?.message).toMatch(/^表三是图片，无法读取其中的数字（第 2 页的图片）/)
    expect(blankCells(result.report.table3)).toBe(true)
    expect(result.report.meta.agency).toBe('某某镇人民政府')
    // Table 4 has no picture under its heading: simply not found.
    expect(result.findings.find((f) => f.section === TABLES.table4.section && f.ruleId === 'IMPORT-MISSING')?.message).toMatch(/^没有找到表四/)
  })

  it('web page: an <img> under the heading of table 3 names it', () => {
    const html = `<html><body><p>某某镇人民政府2024年政府信息公开工作年度报告</p>${SECTIONS.map((s) => `<p>${s.heading}</p>${s.id === 'requests' ? '<p><img src="/uploads/2025/biao3.png"></p>' : '<p>无。</p>'}`).join('')}</body></html>`
    const result = importHtmlText(html)
    if (!result.ok) throw new Error(result.errors.join())
    expect(result.findings.find((f) => f.section === TABLES.table3.section && f.ruleId === 'IMPORT-MISSING')?.message).toContain('表三是图片，无法读取其中的数字（网页中的图片“/uploads/2025/biao3.png”）')
    // That picture is table 3's: it is not offered again as perhaps table 2 or table 4.
    for (const t of [TABLES.table2, TABLES.table4]) {
      expect(result.findings.find((f) => f.section === t.section && f.ruleId === 'IMPORT-MISSING')?.message).toBe(`没有找到${t.name}：表中各项已留空，请补填`)
    }
  })

  it('a picture under no table’s heading is named for a table missing from its own part, on a web page and in a .docx alike', async () => {
    const html = `<html><body><p>某某镇人民政府2024年政府信息公开工作年度报告</p><p><img src="/uploads/2025/tables.png"></p>${SECTIONS.map((s) => `<p>${s.heading}</p><p>无。</p>`).join('')}</body></html>`
    const page = importHtmlText(html)
    if (!page.ok) throw new Error(page.errors.join())
    expect(page.findings.find((f) => f.section === TABLES.table3.section && f.ruleId === 'IMPORT-MISSING')?.message)
      .toBe('没有找到表三：文件中有 1 张图片（网页中的图片“/uploads/2025/tables.png”），表格可能是以图片发布的，图片中的数字无法读取：表中各项已留空，请按原表补填')

    const files = unzipSync(await reportDocxBytes(nonZeroReport()))
    const xml = strFromU8(files['word/document.xml']!)
    const t3 = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)][1]!
    // Table 3 taken out, and a picture at the very end (after 六、其他需要报告的事项).
    const end = xml.lastIndexOf('<w:sectPr')
    files['word/document.xml'] = strToU8(xml.slice(0, t3.index) + xml.slice(t3.index + t3[0].length, end) + DRAWING + xml.slice(end))
    const docx = importDocx(zipSync(files))
    if (!docx.ok) throw new Error(docx.errors.join())
    expect(docx.findings.find((f) => f.section === TABLES.table3.section && f.ruleId === 'IMPORT-MISSING')?.message)
      .toMatch(/^没有找到表三：文件中有 1 张图片（正文第 \d+ 段中的图片），表格可能是以图片发布的/)
  })
})
