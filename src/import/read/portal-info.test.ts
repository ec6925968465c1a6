import { describe, expect, it } from 'vitest'
import { buildGrid, type RawCell } from '@/report/table-grid'
import { classifyGrid } from './locate-tables'
import { portalIndexLabels } from './portal-info'

const grid = (rows: string[][]) =>
  buildGrid(rows.map((cells) => ({ gridBefore: 0, gridAfter: 0, cells: cells.map((text): RawCell => ({ text, gridSpan: 1, vMerge: null })) })))

describe('portalIndexLabels', () => {
  it('finds the labels of a CMS index table, alone in their cells or before their values, spaced or not', () => {
    expect(portalIndexLabels(['索引号：', '11653126MB1234567X/2025-00012', '发布机构：', '叶城县白杨镇人民政府', '名　　称：', '某某报告']))
      .toEqual(['索引号', '发布机构', '名称'])
    expect(portalIndexLabels(['发文机关: 某某镇人民政府', '主题分类：政务公开', '成文日期：2025-01-26'])).toEqual(['发文机关', '主题分类', '成文日期'])
    expect(portalIndexLabels(['索 引 号', '001', '文号', '无'])).toEqual(['索引号', '文号'])
  })

  it('is empty for other tables: one label, only common labels, a data table', () => {
    expect(portalIndexLabels(['索引号：', '001'])).toEqual([])
    expect(portalIndexLabels(['名称：', '某某', '成文日期：', '2025-01-26'])).toEqual([])
    expect(portalIndexLabels(['姓名', '电话', '张三', '123'])).toEqual([])
    expect(portalIndexLabels(['信息内容', '本年制发件数', '规章', '0'])).toEqual([])
  })
})

describe('classifyGrid', () => {
  it('names an index table as such and never as a report table', () => {
    const c = classifyGrid(grid([['索引号：', '001', '发布机构：', '某某镇人民政府'], ['成文日期：', '2025-01-26', '发布日期：', '2025-01-27']]))
    expect(c).toEqual({ table: null, oldTerms: [], portalIndex: ['索引号', '发布机构', '成文日期', '发布日期'] })
  })

  it('leaves a report table a report table', () => {
    const c = classifyGrid(grid([['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '0', '0', '0'], ['行政规范性文件', '1', '0', '3']]))
    expect(c.table).toBe('table2')
    expect(c.portalIndex).toEqual([])
  })
})
