import { describe, expect, it } from 'vitest'
import { balancedReport } from '../fixtures/balanced'
import { createEmptyReport } from '../default-report'
import { TABLES } from '../tables/registry'
import type { CellRef, TableId } from '../tables/table-def'
import { computeCell } from '../totals'
import { readValue, storedValue } from '../values'
import { buildClipGrid, clipGridFromText } from './clip-grid'
import { placePaste } from './place-paste'
import { pasteSummary } from './paste-summary'

const empty = createEmptyReport(2025)
const filled = balancedReport()
const reader = (table: TableId) => (ref: CellRef) => storedValue(empty, table, ref)
/** What the grid shows in a cell of the filled report: an input or a computed total. */
const shown = (table: TableId, rowId: string, colId: string) => {
  const computed = TABLES[table].computed.find((c) => c.rowId === rowId && c.colId === colId)
  return computed ? computeCell(filled, table, computed) : readValue(filled, table, { rowId, colId })
}

const t4row = () => TABLES.table4.cells.filter((c) => c.ref).sort((a, b) => a.c - b.c)
  .map((c) => String(shown('table4', c.ref!.rowId, c.ref!.colId) ?? 0))

describe('placePaste: the shapes users paste', () => {
  it('table 4 as one published row of 15 numbers: totals compared, nothing shifted', () => {
    const plan = placePaste({ def: TABLES.table4, clip: clipGridFromText(t4row().join('\t')), focusId: 'table4/review/upheld', read: reader('table4') })
    expect(plan.certain).toBe(true)
    expect(plan.writes).toHaveLength(12)
    expect(plan.totals).toHaveLength(3)
    expect(plan.totals.every((t) => t.stated === t.computed)).toBe(true)
    for (const w of plan.writes) expect(w.value).toBe(readValue(filled, 'table4', w.ref) ?? 0)
    expect(pasteSummary(plan)).toBe('已写入 12 个数；比对了 3 个合计，全部相符')
  })

  it('table 4 row of 15 pasted into a later cell is still the full row', () => {
    const plan = placePaste({ def: TABLES.table4, clip: clipGridFromText(t4row().join('\t')), focusId: 'table4/litigationDirect/other', read: reader('table4') })
    expect(plan.writes.map((w) => w.id)).toContain('table4/review/upheld')
  })

  it('a changed total is a finding on its cell', () => {
    const row = t4row()
    row[4] = String(Number(row[4]) + 1)
    const plan = placePaste({ def: TABLES.table4, clip: clipGridFromText(row.join('\t')), focusId: 'table4/review/upheld', read: reader('table4') })
    expect(plan.totals.filter((t) => t.stated !== t.computed).map((t) => t.id)).toEqual(['table4/review/total'])
    expect(pasteSummary(plan)).toMatch(/1 个不符/)
  })

  const t3rows = (withTotal: boolean, labels: boolean) => TABLES.table3.cells.filter((c) => c.kind === 'rowLabel' && c.r >= 3)
    .filter((c) => withTotal || c.text !== '（七）总计')
    .map((label) => {
      const cells = TABLES.table3.cells.filter((c) => c.r === label.r && c.ref).sort((a, b) => a.c - b.c)
      const values = cells.map((c) => String(shown('table3', c.ref!.rowId, c.ref!.colId) ?? 0))
      return (labels ? [label.text!, ...values] : values).join('\t')
    })

  it('table 3 as 25 rows with （七）总计: the total row is compared, 四 gets its own row', () => {
    const plan = placePaste({ def: TABLES.table3, clip: clipGridFromText(t3rows(true, false).join('\n')), focusId: 'table3/newReceived/naturalPerson', read: reader('table3') })
    expect(plan.certain).toBe(true)
    expect(plan.writes).toHaveLength(24 * 6)
    const forward = plan.writes.filter((w) => w.ref.rowId === 'carriedForward')
    expect(forward.map((w) => w.value)).toEqual(forward.map((w) => readValue(filled, 'table3', w.ref)))
    expect(plan.totals.filter((t) => t.ref.rowId === 'totalResults')).toHaveLength(7)
    expect(plan.totals.every((t) => t.stated === t.computed)).toBe(true)
  })

  it('table 3 as 24 rows without the total row fills every input row', () => {
    const plan = placePaste({ def: TABLES.table3, clip: clipGridFromText(t3rows(false, false).join('\n')), focusId: 'table3/newReceived/naturalPerson', read: reader('table3') })
    expect(plan.certain).toBe(true)
    expect(plan.writes).toHaveLength(24 * 6)
    expect(plan.totals.some((t) => t.ref.rowId === 'totalResults')).toBe(false)
  })

  it('a row copied with its label goes to that row, not one column right', () => {
    const line = t3rows(false, true)[3]!
    const plan = placePaste({ def: TABLES.table3, clip: clipGridFromText(line), focusId: 'table3/newReceived/naturalPerson', read: reader('table3') })
    expect(plan.certain).toBe(true)
    expect(plan.writes.map((w) => w.ref.rowId)).toEqual(Array(6).fill('partial'))
    expect(plan.writes[0]!.value).toBe(readValue(filled, 'table3', { rowId: 'partial', colId: 'naturalPerson' }))
  })

  it('HTML with merged labels and headers places by captions', () => {
    const clip = buildClipGrid([
      [{ text: '', colSpan: 3, rowSpan: 2 }, { text: '申请人情况', colSpan: 7 }],
      [{ text: '自然人' }, { text: '商业企业' }, { text: '科研机构' }, { text: '社会公益组织' }, { text: '法律服务机构' }, { text: '其他' }, { text: '总计' }],
      [{ text: '三、本年度办理结果', rowSpan: 2 }, { text: '（三）不予公开', rowSpan: 2 }, { text: '1.属于国家秘密' }, ...['1', '0', '0', '0', '0', '0', '1'].map((text) => ({ text }))],
      [{ text: '2.其他法律行政法规禁止公开' }, ...['0', '2', '0', '0', '0', '0', '3'].map((text) => ({ text }))],
    ])
    const plan = placePaste({ def: TABLES.table3, clip, focusId: 'table3/granted/otherOrg', read: reader('table3') })
    expect(plan.writes.find((w) => w.id === 'table3/denied.stateSecret/naturalPerson')?.value).toBe(1)
    expect(plan.writes.find((w) => w.id === 'table3/denied.lawForbidden/commercial')?.value).toBe(2)
    expect(plan.totals.find((t) => t.id === 'table3/denied.lawForbidden/total')).toMatchObject({ stated: 3, computed: 2 })
  })

  it('an unknown row label is ignored and named', () => {
    const plan = placePaste({ def: TABLES.table3, clip: clipGridFromText('（一）予以公开\t1\t2\t3\t4\t5\t6\t21\n（八）其他情形\t1\t1\t1\t1\t1\t1\t6'), focusId: 'table3/newReceived/naturalPerson', read: reader('table3') })
    expect(plan.writes).toHaveLength(6)
    expect(plan.ignored.join()).toMatch(/第 2 行“（八）其他情形”/)
  })

  it('numbers beyond the right edge are named with where they came from', () => {
    const plan = placePaste({ def: TABLES.table3, clip: clipGridFromText('1\t2\t3'), focusId: 'table3/newReceived/otherOrg', read: reader('table3') })
    expect(plan.ignored.join()).toMatch(/第 1 行第 3 列起 1 个数在表格右边之外/)
  })

  it('an all-zero block that fits two ways asks first', () => {
    const plan = placePaste({ def: TABLES.table4, clip: clipGridFromText('0\t0\t0\t0\t0\t0'), focusId: 'table4/review/upheld', read: reader('table4') })
    expect(plan.certain).toBe(false)
    expect(plan.doubt).toBeTruthy()
  })

  it('an all-zero block offers both readings; each names its own cells', () => {
    const plan = placePaste({ def: TABLES.table4, clip: clipGridFromText('0\t0\t0\t0\t0\t0'), focusId: 'table4/review/upheld', read: reader('table4') })
    expect(plan.readings.map((r) => r.label)).toEqual(['按含合计读取', '按不含合计读取'])
    expect(plan.readings[plan.chosen]!.writes).toEqual(plan.writes)
    const [withTotal, without] = plan.readings
    // With the total: the fifth number is 复议 总计 (compared); without: it is written, and the sixth
    // goes one cell further into 直接起诉.
    expect(withTotal!.writes.map((w) => w.id)).not.toContain('table4/litigationDirect/corrected')
    expect(withTotal!.totals.map((t) => t.id)).toEqual(['table4/review/total'])
    expect(without!.writes.map((w) => w.id)).toContain('table4/litigationDirect/corrected')
    expect(withTotal!.note).toBe('写入 5 个数，1 个合计相符')
    expect(without!.totals).toEqual([])
    expect(without!.note).toBe('写入 6 个数')
  })

  it('table 3 bare rows from 三 offer the readings with and without the （七）总计 row', () => {
    // Results rows only, 7 numbers wide, pasted at the first result row: all zero, so nothing decides.
    const rows = Array.from({ length: 22 }, () => '0\t0\t0\t0\t0\t0').join('\n')
    const plan = placePaste({ def: TABLES.table3, clip: clipGridFromText(rows), focusId: 'table3/granted/naturalPerson', read: reader('table3') })
    expect(plan.certain).toBe(false)
    const labels = plan.readings.map((r) => r.label)
    expect(labels).toContain('按含“（七）总计”行读取')
    expect(labels).toContain('按不含“（七）总计”行读取')
    const withRow = plan.readings.find((r) => r.label === '按含“（七）总计”行读取')!
    const without = plan.readings.find((r) => r.label === '按不含“（七）总计”行读取')!
    // The 22nd row lands on （七）总计 (compared) in one reading, on 四、结转下年度 in the other.
    expect(withRow.writes.some((w) => w.ref.rowId === 'carriedForward')).toBe(false)
    expect(without.writes.filter((w) => w.ref.rowId === 'carriedForward')).toHaveLength(6)
  })

  it('a block whose labels decide it has one reading', () => {
    const plan = placePaste({ def: TABLES.table3, clip: clipGridFromText(t3rows(false, true)[3]!), focusId: 'table3/newReceived/naturalPerson', read: reader('table3') })
    expect(plan.readings).toHaveLength(1)
    expect(plan.chosen).toBe(0)
  })
})

describe('placePaste: numbers run together with spaces', () => {
  it('stay in their column and are named as not pasted; the numbers after them keep their cells', () => {
    const plan = placePaste({ def: TABLES.table3, clip: clipGridFromText('1 2\t3\t4'), focusId: 'table3/newReceived/naturalPerson', read: reader('table3') })
    expect(plan.writes.map((w) => [w.id, w.value])).toEqual([['table3/newReceived/commercial', 3], ['table3/newReceived/research', 4]])
    expect(plan.ignored.join()).toContain('用空格或换行隔开的数')
  })
})

describe('placePaste: signs for “none” (—, /, 无) are values, never labels', () => {
  it('a table 3 row starting with — keeps every number in its column', () => {
    const plan = placePaste({ def: TABLES.table3, clip: clipGridFromText('—\t3\t0\t0\t0\t0\t3'), focusId: 'table3/newReceived/naturalPerson', read: reader('table3') })
    const byId = new Map(plan.writes.map((w) => [w.id, w.value]))
    expect(byId.get('table3/newReceived/naturalPerson')).toBeNull()
    expect(byId.get('table3/newReceived/commercial')).toBe(3)
    expect(byId.get('table3/newReceived/otherOrg')).toBe(0)
    // The row's total is not compared: one of the cells it adds is left blank by the —.
    expect(plan.totals).toEqual([])
    expect(plan.unchecked).toBe(1)
    expect(plan.certain).toBe(true)
  })

  it('rows of six starting with / or 无 stay in their columns, and a row of signs only keeps its place', () => {
    const clip = clipGridFromText('/\t—\t—\t—\t—\t—\n无\t2\t0\t0\t0\t1\n0\t1\t0\t0\t0\t0')
    const plan = placePaste({ def: TABLES.table3, clip, focusId: 'table3/newReceived/naturalPerson', read: reader('table3') })
    const byId = new Map(plan.writes.map((w) => [w.id, w.value]))
    expect(byId.get('table3/carriedOver/naturalPerson')).toBeNull()
    expect(byId.get('table3/carriedOver/commercial')).toBe(2)
    expect(byId.get('table3/carriedOver/otherOrg')).toBe(1)
    expect(byId.get('table3/granted/commercial')).toBe(1)
    expect(byId.has('table3/newReceived/naturalPerson')).toBe(true)
  })
})

describe('placePaste: a caption the table has more than once', () => {
  const leaf = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
  it('表四 with only its bottom header row: the k-th 结果维持 goes to the k-th group', () => {
    const clip = clipGridFromText(`${[...leaf, ...leaf, ...leaf].join('\t')}\n${t4row().join('\t')}`)
    const plan = placePaste({ def: TABLES.table4, clip, focusId: 'table4/review/upheld', read: reader('table4') })
    expect(plan.ignored).toEqual([])
    expect(plan.writes).toHaveLength(12)
    for (const w of plan.writes) expect(w.value).toBe(readValue(filled, 'table4', w.ref) ?? 0)
    expect(plan.totals.every((t) => t.stated === t.computed)).toBe(true)
    expect(plan.certain).toBe(true)
  })

  it('one group copied without its group header is placed but asked about', () => {
    const clip = clipGridFromText(`${leaf.join('\t')}\n1\t2\t3\t4\t10`)
    const plan = placePaste({ def: TABLES.table4, clip, focusId: 'table4/review/upheld', read: reader('table4') })
    expect(plan.certain).toBe(false)
    expect(plan.doubt).toContain('结果维持')
  })

  it('five numbers whose last equals the sum of the four before it: 总计 or the next group, asked (found by the property test)', () => {
    // From 直接起诉·结果维持: 1 0 0 0 | 1 is either that group with its 总计 or its four inputs and
    // 复议后起诉·结果维持. The agreeing total may be a coincidence, so nothing is written unasked.
    const plan = placePaste({ def: TABLES.table4, clip: clipGridFromText('1\t0\t0\t0\t1'), focusId: 'table4/litigationDirect/upheld', read: reader('table4') })
    expect(plan.certain).toBe(false)
    expect(plan.readings.length).toBe(2)
    expect(plan.readings[plan.chosen]!.totals.map((t) => t.id)).toEqual(['table4/litigationDirect/total'])
    expect(plan.readings.some((r) => r.writes.some((w) => w.id === 'table4/litigationAfterReview/upheld' && w.value === 1))).toBe(true)
  })
})
