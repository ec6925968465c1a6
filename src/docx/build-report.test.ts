// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { TABLES, TABLE_IDS } from '@/report/tables/registry'
import { reportDocxBytes } from './build-report'
import { MARGIN, PAGE, TEXT_WIDTH } from '@/report/page-metrics'
import { bodyParts, paragraphsOf, readDocx, tablesOf } from './testing/docx-xml'
import { FIXTURES, nonZeroReport } from '@/report/fixtures/test-reports'

const mmToTwips = (mm: number) => Math.round((mm * 1440) / 25.4)
let loaded: ReturnType<typeof readDocx> | undefined
/** Built once: the document is the same for every assertion below. */
const load = () => (loaded ??= reportDocxBytes(nonZeroReport()).then(readDocx))

describe('buildReportDocument: page setup and typography', () => {
  it('uses A4 with the GB/T 9704 margins and no line grid', async () => {
    const { document } = await load()
    expect(document).toContain(`<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}" w:orient="portrait"/>`)
    expect([PAGE.width, PAGE.height]).toEqual([11906, 16838])
    const [top, right, bottom, left] = [37, 26, 35, 28].map(mmToTwips)
    expect(document).toContain(`<w:pgMar w:top="${top}" w:right="${right}" w:bottom="${bottom}" w:left="${left}" w:header="851" w:footer="1434" w:gutter="0"/>`)
    expect(MARGIN.top).toBe(top)
    expect(document).toContain('<w:docGrid w:type="default" w:linePitch="579"/>')
    // Integers only: docx writes "37mm"-style strings verbatim.
    expect(document).not.toMatch(/w:(w|h|top|left|right|bottom|val)="\d+(\.\d+)?(mm|pt|cm)"/)
  })

  it('sets the fonts with explicit eastAsia slots and Times New Roman for digits', async () => {
    const { document, styles, fontTable } = await load()
    expect(styles).toContain('<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman" w:hint="eastAsia"/>')
    expect(styles).toContain('<w:sz w:val="32"/>')
    for (const font of ['仿宋_GB2312', '黑体', '楷体_GB2312', '方正小标宋简体']) {
      expect(document).toContain(`w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="${font}"`)
      expect(fontTable).toContain(`<w:font w:name="${font}">`)
    }
    expect(fontTable).toContain('<w:charset w:val="86"/>')
  })

  it('gives every body paragraph an exact 28.95 pt line, a 2-character indent and no widow control', async () => {
    const paras = paragraphsOf(bodyParts((await load()).document))
    const [title, ...rest] = paras
    expect(title?.xml).toContain('<w:spacing w:after="0" w:before="0" w:line="700" w:lineRule="exact"/>')
    expect(title?.xml).toContain('<w:jc w:val="center"/>')
    expect(title?.xml).toContain('<w:sz w:val="44"/>')
    for (const p of rest) {
      expect(p.xml).toContain('w:line="579" w:lineRule="exact"')
      expect(p.xml).toContain('<w:widowControl w:val="false"/>')
    }
    const withText = rest.filter((p) => p.text !== '' && !/^\d{4}年\d+月\d+日$/.test(p.text) && p.text !== '某某县某某镇人民政府')
    for (const p of withText) expect(p.xml).toContain('<w:ind w:firstLine="640" w:firstLineChars="200"/>')
    expect((await load()).document).not.toContain('lineRule="exactly"')
  })

  it('sets 一、 headings in 黑体 and run-in （一） headings in 楷体_GB2312', async () => {
    const paras = paragraphsOf(bodyParts((await load()).document))
    const heading = paras.find((p) => p.text === '一、总体情况')
    expect(heading?.xml).toContain('w:eastAsia="黑体"')
    expect(heading?.xml).toContain('<w:keepNext/>')
    expect(heading?.xml).toContain('<w:outlineLvl w:val="0"/>')
    const runIn = paras.find((p) => p.text.startsWith('（一）主动公开情况。'))
    const runs = [...(runIn?.xml ?? '').matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1] ?? '')
    expect(runs[0]).toContain('w:eastAsia="楷体_GB2312"')
    expect(runs[0]).toContain('（一）主动公开情况。')
    expect(runs[1]).toContain('w:eastAsia="仿宋_GB2312"')
    expect(runs[1]).toContain('<w:spacing w:val="-5"/>')
  })

  it('numbers pages "— N —" in 四号宋体, odd pages right and even pages left', async () => {
    const { document, settings, footers } = await load()
    expect(settings).toContain('<w:evenAndOddHeaders/>')
    expect(document).toMatch(/<w:footerReference w:type="default" r:id="rId\d+"\/>/)
    expect(document).toMatch(/<w:footerReference w:type="even" r:id="rId\d+"\/>/)
    expect(document).not.toContain('<w:titlePg/>')
    expect(footers).toHaveLength(2)
    for (const footer of footers) {
      expect(footer).toContain('<w:fldChar w:fldCharType="begin"/>')
      expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>')
      expect(footer).toContain('<w:t xml:space="preserve">— </w:t>')
      expect(footer).toContain('<w:t xml:space="preserve"> —</w:t>')
      expect(footer).toContain('w:eastAsia="宋体"')
      expect(footer).toContain('<w:sz w:val="28"/>')
      // Own single spacing, not the body's exact line.
      expect(footer).toContain('w:line="240" w:lineRule="auto"')
    }
    const sides = footers.map((f) => /<w:jc w:val="(\w+)"\/>/.exec(f)?.[1]).sort()
    expect(sides).toEqual(['left', 'right'])
    expect(footers.join('')).toContain('<w:ind w:right="280"/>')
    expect(footers.join('')).toContain('<w:ind w:left="280"/>')
  })
})

describe('buildReportDocument: tables', () => {
  it.each(FIXTURES.map(([name]) => name).concat('non-zero'))('%s: every table has exactly the definition grid', async (name) => {
    const report = FIXTURES.find(([n]) => n === name)?.[1] ?? nonZeroReport()
    const tables = tablesOf(bodyParts((await readDocx(await reportDocxBytes(report))).document))
    expect(tables).toHaveLength(TABLE_IDS.length)
    TABLE_IDS.forEach((id, i) => {
      const def = TABLES[id]
      const t = tables[i]!
      const shape = (cells: { r: number; c: number; rowSpan: number; colSpan: number }[]) =>
        cells.map(({ r, c, rowSpan, colSpan }) => `${r},${c} ${rowSpan}x${colSpan}`).sort()
      expect(shape(t.cells)).toEqual(shape(def.cells))
      expect(t.gridCols).toHaveLength(def.gridColumns)
      expect(t.rowSpans.every((n) => n === def.gridColumns)).toBe(true)
      expect(t.gridCols.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(TEXT_WIDTH)
      expect(t.headerRows).toBe(def.headerRows)
      expect(t.xml).toContain('<w:tblLayout w:type="fixed"/>')
      expect(t.xml).toContain('<w:tblW w:type="dxa" w:w="8844"/>')
    })
  })

  it('sets cells in 五号 with numbers centred and header captions in 黑体', async () => {
    const [t2, t3] = tablesOf(bodyParts((await load()).document))
    for (const cell of t3!.cells) {
      expect(cell.xml).toContain('<w:sz w:val="21"/>')
      expect(cell.xml).toContain('w:line="300" w:lineRule="exact"')
      expect(cell.xml).toContain('<w:vAlign w:val="center"/>')
      if (/^\d+$/.test(cell.text)) expect(cell.xml).toContain('<w:jc w:val="center"/>')
    }
    expect(t3!.cells.find((c) => c.text === '申请人情况')?.xml).toContain('w:eastAsia="黑体"')
    expect(t2!.cells.find((c) => c.text === '第二十条第（一）项')?.xml).toContain('w:eastAsia="黑体"')
    expect(t2!.cells.find((c) => c.text === '规章')?.xml).toContain('w:eastAsia="仿宋_GB2312"')
  })
})
