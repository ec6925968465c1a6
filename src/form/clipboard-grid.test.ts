import { describe, expect, it } from 'vitest'
import { readClipboardGrid } from './clipboard-grid'

const clipboard = (html: string, text = ''): DataTransfer =>
  ({ getData: (type: string) => (type === 'text/html' ? html : type === 'text/plain' ? text : '') }) as DataTransfer

describe('readClipboardGrid', () => {
  it('reads the data table of a CMS page, not the layout table around it or a small metadata table', () => {
    const html = `<table><tr><td>
      <table><tr><td>索引号</td><td>001</td></tr></table>
      <p>三、收到和处理政府信息公开申请情况</p>
      <table><tr><td>一、本年新收政府信息公开申请数量</td><td>3</td><td>1</td><td>0</td></tr>
             <tr><td>二、上年结转政府信息公开申请数量</td><td>0</td><td>0</td><td>0</td></tr></table>
    </td><td>侧栏</td></tr></table>`
    const grid = readClipboardGrid(clipboard(html))
    expect(grid?.rowCount).toBe(2)
    expect(grid?.colCount).toBe(4)
    expect(grid?.slots[0]?.[1]?.text).toBe('3')
  })

  it('falls back to tab-separated text without a table, and leaves a single value to the input', () => {
    expect(readClipboardGrid(clipboard('', '1\t2\n3\t4'))?.rowCount).toBe(2)
    expect(readClipboardGrid(clipboard('<b>5</b>', '5'))).toBeNull()
  })
})
