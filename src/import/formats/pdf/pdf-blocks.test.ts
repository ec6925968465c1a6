// The PDF layout rules on text pieces shaped like what pdf.js gives for WPS and Word exports
// (published-formats.md): wrapped labels with their numbers between the label's lines, the group
// label one character per line, a page number and running header inside table 3, stray spaces,
// a collapsed （六）其他处理, table 4's 15 numbers on one line, two reports side by side.
import { describe, expect, it } from 'vitest'
import { TABLES } from '@/report/tables/registry'
import { readDocument } from '../../read/read-document'
import { findTables, pdfBlocks, ruledPages } from './pdf-blocks'
import type { PageGraphics } from './pdf-graphics'
import { pageLines, sideBySideSplit, sideOf, type TextPiece } from './pdf-lines'

const SIZE = 10
const COLS = [300, 340, 380, 420, 460, 500, 540]

/** One printed line: label pieces at x, then numbers at the value columns. */
function line(y: number, parts: [number, string][], numbers: (string | null)[] = []): TextPiece[] {
  const out: TextPiece[] = parts.map(([x, str]) => ({ str, x, y, width: [...str].length * 8, size: SIZE }))
  numbers.forEach((n, i) => n !== null && out.push({ str: n, x: COLS[i]! , y, width: n.length * 5, size: SIZE }))
  return out
}

const T3_HEADER = (y: number) => [
  ...line(y, [[300, '自然人'], [340, '商业企业'], [380, '科研机构'], [420, '社会公益'], [460, '法律服务'], [500, '其他'], [540, '总计']]),
  ...line(y - 12, [[420, '组织'], [460, '机构']]),
]
const seven = (n: number[]) => n.map(String)

/** Table 4's fifteen columns, and the page down to its two-level header (captions on two lines). */
const T4_XS = Array.from({ length: 15 }, (_v, i) => 60 + i * 32)
function table4Header(): TextPiece[] {
  const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
  return [
    ...line(760, [[60, '某某镇人民政府2024年政府信息公开工作年度报告']]),
    ...line(700, [[60, '四、政府信息公开行政复议、行政诉讼情况']]),
    ...line(680, [[100, '行政复议'], [330, '行政诉讼']]),
    ...line(668, [[260, '未经复议直接起诉'], [440, '复议后起诉']]),
    ...T4_XS.map((x, i) => ({ str: outcomes[i % 5]!.slice(0, 2), x, y: 656, width: 20, size: SIZE })),
    ...T4_XS.flatMap((x, i) => (i % 5 === 4 ? [] : [{ str: outcomes[i % 5]!.slice(2), x, y: 644, width: 20, size: SIZE }])),
  ]
}

/** Table 3 as WPS prints it, over two pages, with each quirk. */
function table3Pages(collapsed: number[] | null): TextPiece[][] {
  let y = 700
  const p1: TextPiece[] = [...line(760, [[60, '某某镇人民政府2024年政府信息公开工作年度报告']]), ...line(740, [[60, '三、收到和处理政府信息公开申请情况']]), ...T3_HEADER(y)]
  y -= 30
  const rows = TABLES.table3.rows.filter((r) => !(collapsed && r.id.startsWith('other.')))
  const pages = [p1, [] as TextPiece[]]
  let page = 0
  rows.forEach((r, i) => {
    if (i === 12) {
      // Page break inside the table: page number at the foot, running header at the top.
      pages[0]!.push(...line(40, [[290, '— 4 —']]))
      page = 1
      y = 760
      pages[1]!.push(...line(y, [[60, '某某镇人民政府2024年政府信息公开工作年度报告']]))
      y -= 20
    }
    const values = seven([i % 3, 0, 1, 0, 0, 0, (i % 3) + 1])
    const target = pages[page]!
    // Group label of the results, one character per line down the left edge.
    const group: [number, string][] = i >= 2 && i < 9 ? [[40, '三、本年度办理结果'[i - 2]!]] : []
    if (r.caption.length > 14) {
      // Wrapped label: the numbers on the middle line, between the label's two lines.
      target.push(...line(y, [...group, [120, r.caption.slice(0, 12)]]))
      target.push(...line(y - 10, [], values))
      target.push(...line(y - 20, [[120, r.caption.slice(12)]]))
      y -= 34
    } else {
      const label = r.id === 'denied.lawForbidden' ? '2.其他法律行政 法规禁止公开' : r.caption
      target.push(...line(y, [...group, [120, label]], values))
      y -= 16
    }
  })
  if (collapsed) pages[1]!.push(...line(y, [[120, '（六）其他处理']], seven(collapsed)))
  return pages
}

function read(pages: TextPiece[][], graphics: PageGraphics[] = []) {
  const lines = pages.flatMap((p, i) => pageLines(p, i + 1))
  const { blocks, notes } = pdfBlocks(lines, graphics)
  const result = readDocument({ blocks, notes })
  if (!result.ok) throw new Error(result.errors.join())
  return result
}

describe('PDF tables from text positions', () => {
  it('table 3 over two pages with wrapped labels, a vertical group label, a page number and a header', () => {
    const result = read(table3Pages(null))
    const t3 = result.report.table3
    TABLES.table3.rows.forEach((r, i) => expect(t3[r.id], r.caption).toMatchObject({ naturalPerson: i % 3, research: 1, commercial: 0 }))
    expect(result.sources['table3/newReceived/naturalPerson']).toBe('第 1 页第 6 行')
    expect(result.findings.filter((f) => f.severity !== 'info' && f.section === 'requests' && f.ruleId !== 'W-CAPTION')).toEqual([])
  })

  it('（六）其他处理 printed as one row of zeros: three rows of zeros, marked as a guess', () => {
    const result = read(table3Pages([0, 0, 0, 0, 0, 0, 0]))
    expect(result.report.table3['other.overdueFee']).toMatchObject({ naturalPerson: 0, otherOrg: 0 })
    const guess = result.findings.find((f) => f.ruleId === 'IMPORT-GUESS' && f.message.includes('印成了一行'))
    expect(guess?.cells).toContain('table3/other.overdueFee/naturalPerson')
  })

  it('（六）其他处理 printed as one row with numbers: never split, left blank and reported', () => {
    const result = read(table3Pages([2, 0, 0, 0, 0, 0, 2]))
    expect(result.report.table3['other.overdueFee']?.naturalPerson ?? null).toBeNull()
    expect(result.findings.some((f) => f.message.includes('无法分到它的三个子项'))).toBe(true)
  })

  it('table 4: fifteen numbers on one line under the two-level header', () => {
    const numbers = T4_XS.map((x, i) => ({ str: String([1, 0, 0, 1, 2][i % 5]), x: x + 5, y: 630, width: 5, size: SIZE }))
    const result = read([[...table4Header(), ...numbers]])
    expect(result.report.table4.review).toMatchObject({ upheld: 1, corrected: 0, other: 0, pending: 1 })
    expect(result.report.table4.litigationDirect).toMatchObject({ upheld: 1, pending: 1 })
    expect(result.sources['table4/litigationAfterReview/upheld']).toBe('第 1 页第 7 行')
  })

  it('two reports side by side are split by position, never mixed', () => {
    const left = table3Pages(null)[0]!
    const right = left.map((p) => ({ ...p, x: p.x + 600, str: /^\d$/.test(p.str) ? String((Number(p.str) + 5) % 10) : p.str }))
    const lines = pageLines([...left, ...right], 1)
    const split = sideBySideSplit(lines)
    expect(split).toBeGreaterThan(540)
    expect(split).toBeLessThan(720)
    const leftLines = sideOf(lines, split!, false)
    expect(leftLines.flatMap((l) => l.tokens).filter((t) => t.x0 >= 600)).toEqual([])
    expect(sideOf(lines, split!, true).flatMap((l) => l.tokens).filter((t) => t.x0 < 600)).toEqual([])
  })

  it('page numbers are dropped, numbers split by single spaces are separate', () => {
    const lines = pageLines([...line(40, [[290, '-4-']]), { str: '12 3 0 0 0 0 15', x: 300, y: 100, width: 150, size: SIZE }], 1)
    expect(lines).toHaveLength(1)
    expect(lines[0]!.tokens.map((t) => t.text)).toEqual(['12', '3', '0', '0', '0', '0', '15'])
  })
})

/** Vertical rules at these x, from the foot to the top of the page. */
const verticals = (xs: number[]): PageGraphics => ({ verticals: xs.map((at) => ({ at, from: 0, to: 800 })), horizontals: [], images: [] })
const T4_TOP = (y: number) => [
  ...line(y + 60, [[60, '某某镇人民政府2024年政府信息公开工作年度报告']]),
  ...line(y + 40, [[60, '四、政府信息公开行政复议、行政诉讼情况']]),
  ...line(y + 20, [[100, '行政复议'], [330, '行政诉讼']]),
  ...line(y + 10, [[260, '未经复议直接起诉'], [440, '复议后起诉']]),
  ...Array.from({ length: 15 }, (_v, i) => ({ str: ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'][i % 5]!, x: 62 + i * 32, y, width: 28, size: 7 })),
]

describe('PDF tables with their drawn rules', () => {
  it('a number nearer the next column’s numbers goes to the box its rules draw around it', () => {
    const pages = table3Pages(null)
    // （一）予以公开: a wide number set right in the first cell, the second cell blank.
    const y = pages[0]!.find((p) => p.str === '（一）予以公开')!.y
    const row = pages[0]!.filter((p) => p.y === y && /^\d+$/.test(p.str))
    row[0]!.str = '12345'
    row[0]!.x = 311
    row[0]!.width = 25
    pages[0]!.splice(pages[0]!.indexOf(row[1]!), 1)
    const byPosition = read(pages)
    expect(byPosition.report.table3.granted).toMatchObject({ naturalPerson: null, commercial: 12345 })
    expect(byPosition.findings.some((f) => f.ruleId === 'IMPORT-GUESS' && f.cells.includes('table3/granted/commercial'))).toBe(true)
    const rules = verticals([110, ...COLS.map((x) => x - 2), 338 + 240])
    const byRules = read(pages, [rules, rules])
    expect(byRules.report.table3.granted).toMatchObject({ naturalPerson: 12345, commercial: null, research: 1 })
    expect(byRules.findings.filter((f) => f.ruleId === 'IMPORT-GUESS' && f.cells.includes('table3/granted/naturalPerson')).map((f) => f.message)).toEqual([])
  })

  it('table 4: a number wrapped in its narrow cell (1234 as 12 / 34) is joined; sure within rules, a guess without', () => {
    const values = [1234, 0, 0, 1, 1235, 7, 0, 0, 0, 7, 2, 0, 0, 0, 2]
    const pieces: TextPiece[] = [...T4_TOP(640)]
    values.forEach((v, i) => {
      const s = String(v)
      // Four digits do not fit the cell: the last two go to the next line.
      if (s.length > 2) pieces.push({ str: s.slice(0, 2), x: 64 + i * 32, y: 628, width: 10, size: SIZE }, { str: s.slice(2), x: 64 + i * 32, y: 618, width: 10, size: SIZE })
      else pieces.push({ str: s, x: 66 + i * 32, y: 623, width: 5 * s.length, size: SIZE })
    })
    const rules = verticals(Array.from({ length: 16 }, (_v, i) => 60 + i * 32))
    const ruled = read([pieces], [rules])
    expect(ruled.report.table4.review).toMatchObject({ upheld: 1234, corrected: 0, other: 0, pending: 1 })
    expect(ruled.report.table4.litigationDirect).toMatchObject({ upheld: 7 })
    expect(ruled.findings.filter((f) => f.ruleId === 'IMPORT-GUESS' && f.section === TABLES.table4.section)).toEqual([])
    const bare = read([pieces])
    expect(bare.report.table4.review).toMatchObject({ upheld: 1234, pending: 1 })
    expect(bare.findings.find((f) => f.ruleId === 'IMPORT-GUESS' && f.cells.includes('table4/review/upheld'))?.message).toContain('由上下 2 段拼成')
  })

  it('table 4 with a blank cell: its rules keep each number in its own column', () => {
    const values: (number | null)[] = [3, null, 0, 1, 4, 7, 0, 0, 0, 7, 2, 0, 0, 0, 2]
    const pieces: TextPiece[] = [...T4_TOP(640)]
    values.forEach((v, i) => v !== null && pieces.push({ str: String(v), x: 80 + i * 32, y: 623, width: 5, size: SIZE }))
    const result = read([pieces], [verticals(Array.from({ length: 16 }, (_v, i) => 60 + i * 32))])
    expect(result.report.table4.review).toMatchObject({ upheld: 3, corrected: null, other: 0, pending: 1 })
    expect(result.report.table4.litigationAfterReview).toMatchObject({ upheld: 2, pending: 0 })
  })
})

describe('table 4 with a blank cell and no ruling lines', () => {
  it('places each number under its header caption: the blank stays blank, nothing after it shifts', () => {
    const values = [1, 2, 3, 4, 10, 5, 0, 0, 0, 5, 0, 0, 0, 7, 7]
    const numbers = T4_XS.flatMap((x, i) => (i === 1 ? [] : [{ str: String(values[i]), x: x + 5, y: 630, width: 5, size: SIZE }]))
    const { blocks, notes } = pdfBlocks(pageLines([...table4Header(), ...numbers], 1))
    const result = readDocument({ blocks, notes })
    if (!result.ok) throw new Error(result.errors.join())
    const t4 = result.report.table4
    expect(t4.review).toMatchObject({ upheld: 1, corrected: null, other: 3, pending: 4 })
    expect(t4.litigationDirect).toMatchObject({ upheld: 5, corrected: 0, other: 0, pending: 0 })
    expect(t4.litigationAfterReview).toMatchObject({ upheld: 0, corrected: 0, other: 0, pending: 7 })
  })
})

describe('the pages whose rules a table needs (the others’ operator lists are not drawn)', () => {
  const needed = (pages: TextPiece[][]) => {
    const lines = pages.flatMap((p, i) => pageLines(p, i + 1))
    return [...ruledPages(lines, findTables(lines))]
  }
  const t4 = (values: (number | null)[], width = 5) => [...table4Header(), ...T4_XS.flatMap((x, i) => (values[i] === null ? [] : [{ str: String(values[i]), x: x + 5, y: 630, width, size: SIZE }]))]
  const fifteen = [1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1]

  it('none where every number line holds all its numbers, none wrapped, and table 4’s captions stand over them', () => {
    expect(needed(table3Pages(null))).toEqual([])
    expect(needed([t4(fifteen)])).toEqual([])
  })

  it('a line short of numbers, a wrapped number, a number as wide as its cell: that table’s pages', () => {
    const pages = table3Pages(null)
    // A row whose numbers all wrapped: two full lines of pieces as wide as their cells.
    const wide = (y: number) => COLS.map((x) => ({ str: '12', x: x - 12, y, width: 24, size: SIZE }))
    expect(needed([pages[0]!, [...pages[1]!, ...wide(200), ...wide(190)]])).toEqual([1, 2])
    expect(needed([[...pages[0]!, ...line(300, [[120, '（一）予以公开']], seven([1, 0, 0, 0, 0, 0]))], pages[1]!])).toEqual([1, 2])
    expect(needed([t4(fifteen.map((v, i) => (i === 1 ? null : v)))])).toEqual([1])
    expect(needed([[...t4(fifteen), { str: '34', x: 65, y: 620, width: 5, size: SIZE }]])).toEqual([1])
    expect(needed([t4(fifteen, 20)])).toEqual([1])
  })
})
