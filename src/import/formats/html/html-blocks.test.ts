// A web page's table goes through the same layout as the same table pasted from the clipboard
// (report/table-grid.ts): rowspans reach down into their own columns, whatever the rows below hold.
import { describe, expect, it } from 'vitest'
import { buildClipGrid } from '@/report/paste/clip-grid'
import { buildGrid, gridTexts } from '@/report/table-grid'
import { htmlBlocks } from './html-blocks'
import { parseHtml } from './html-tree'

function pageGrid(html: string) {
  const table = htmlBlocks(parseHtml(`<html><body>${html}</body></html>`)).find((b) => b.kind === 'table')
  if (table?.kind !== 'table') throw new Error('no table')
  return buildGrid(table.rows)
}

describe('a web page table', () => {
  it('a rowspan right of a shorter row below stays in its column (the cell left of it is not stretched)', () => {
    const grid = pageGrid('<table><tr><td>x</td><td>y</td><td rowspan="2">z</td></tr><tr><td>p</td></tr></table>')
    expect(gridTexts(grid)).toEqual([['x', 'y', 'z'], ['p', '', 'z']])
    expect(grid.cells.find((c) => c.text === 'y')?.rowSpan).toBe(1)
  })

  it('lays out as the same table pasted from the clipboard', () => {
    const html = `<table><tr><td colspan="3" rowspan="3">说明</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
<tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>1</td><td colspan="2">5</td><td>0</td><td>0</td><td>0</td><td>6</td></tr>
<tr><td rowspan="1" colspan="0">（二）</td><td>x</td></tr></table>`
    const clip = buildClipGrid([...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('tr')].map((tr) =>
      [...tr.cells].map((td) => ({ text: td.textContent ?? '', rowSpan: td.rowSpan, colSpan: td.colSpan }))))
    expect(gridTexts(pageGrid(html))).toEqual(gridTexts(clip))
  })
})
