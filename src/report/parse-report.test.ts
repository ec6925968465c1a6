// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { balancedReport } from './fixtures/balanced'
import { SEED_FIXTURES } from './fixtures/seeds'
import { parseReport, parseReportText } from './parse-report'
import { createEmptyReport } from './default-report'

type Json = Record<string, unknown>
const CHINESE = /[\u4e00-\u9fff]/

/** The balanced report as a plain JSON object, edited by `change`. */
function file(change: (data: Json & { meta: Json; table3: Record<string, Json>; table4: Record<string, Json> }) => void = () => {}) {
  const data = JSON.parse(JSON.stringify(balancedReport()))
  change(data)
  return data as unknown
}

function errorsOf(data: unknown): string[] {
  const result = parseReport(data)
  if (result.ok) throw new Error('the file was accepted')
  for (const e of result.errors) expect(e).toMatch(CHINESE)
  return result.errors
}

describe('parseReport — versions', () => {
  /** The balanced report as a version 1 file: no overview.intro. */
  function v1(change: (data: Json & { overview: Json }) => void = () => {}): unknown {
    const data = JSON.parse(JSON.stringify(balancedReport()))
    data.schemaVersion = 1
    delete data.overview.intro
    change(data)
    return data
  }

  it('opens a version 1 file as version 2 with an empty opening paragraph, nothing else changed', () => {
    const result = parseReport(v1())
    if (!result.ok) throw new Error(result.errors.join())
    const expected = balancedReport()
    expected.overview.intro = ''
    expect(result.report).toEqual(expected)
    expect(Object.keys(result.report.overview).slice(0, 2)).toEqual(['preface', 'intro'])
  })

  it('a version 1 file cannot carry overview.intro, a version 2 file must', () => {
    expect(errorsOf(v1((d) => { d.overview.intro = 'x' }))).toEqual(['一、总体情况含有无法识别的字段：intro。'])
    expect(errorsOf(file((d) => { delete (d.overview as Json).intro }))[0]).toMatch(/一、总体情况开头段：缺少此项/)
  })

  it('writes version 2', () => {
    expect(createEmptyReport().schemaVersion).toBe(2)
  })
})

describe('parseReport — valid files', () => {
  it.each(SEED_FIXTURES.map((s) => [s.id, s] as const))('reads seed %s', (_, seed) => {
    const result = parseReport(seed.file)
    expect(result.ok ? [] : result.errors).toEqual([])
  })

  it('round-trips the balanced report and an empty report through JSON text', () => {
    for (const report of [balancedReport(), createEmptyReport(2024)]) {
      const result = parseReportText(JSON.stringify(report, null, 2))
      expect(result).toEqual({ ok: true, report, cleaned: [] })
    }
  })

  it('accepts a byte-order mark and published totals (total keys, a totalResults row)', () => {
    expect(parseReportText(`\ufeff${JSON.stringify(balancedReport())}`).ok).toBe(true)
    const withTotals = file((d) => {
      d.table3.granted = { ...d.table3.granted, total: 8 }
      d.table3.totalResults = { naturalPerson: 12, total: 15 }
      d.table4.review = { ...d.table4.review, total: 1 }
    })
    expect(parseReport(withTotals).ok).toBe(true)
  })
})

describe('parseReport — errors name the field', () => {
  it('rejects text that is not JSON', () => {
    const result = parseReportText('{"format": ')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[0]).toMatch(/JSON/)
    expect(errorsOf([])[0]).toMatch(/顶层应为一个对象/)
  })

  it('rejects a wrong format and an unsupported schemaVersion, naming key and value', () => {
    expect(errorsOf(file((d) => { d.format = 'other-app' }))[0]).toMatch(/format.*“gov-info-annual-report”.*"other-app"/)
    expect(errorsOf(file((d) => { delete d.format }))[0]).toMatch(/format.*（缺失）/)
    expect(errorsOf(file((d) => { d.schemaVersion = 3 }))[0]).toMatch(/schemaVersion 为 3.*能读取版本 1、2.*更新版本/)
    expect(errorsOf(file((d) => { d.schemaVersion = '2' }))[0]).toMatch(/schemaVersion 为 "2"/)
  })

  it('rejects an unknown top-level key', () => {
    expect(errorsOf(file((d) => { d.comment = 'x' }))).toEqual(['文件顶层含有无法识别的字段：comment。'])
  })

  it('rejects an unknown key inside a table-3 row, naming the row', () => {
    const [error] = errorsOf(file((d) => { d.table3.granted = { ...d.table3.granted, legal: 1 } }))
    expect(error).toMatch(/表三 “（一）予以公开” 行含有/)
    expect(error).toMatch(/无法识别的字段：legal/)
  })

  it('rejects an unknown table-3 row and an unknown meta key', () => {
    expect(errorsOf(file((d) => { d.table3['denied.secret'] = {} }))[0]).toMatch(/表三.*denied\.secret/)
    expect(errorsOf(file((d) => { d.meta.county = '伊川县' }))[0]).toMatch(/基本信息.*county/)
  })

  it('rejects a negative count, naming the cell', () => {
    const [error] = errorsOf(file((d) => { d.table3['denied.stateSecret'] = { ...d.table3['denied.stateSecret'], otherOrg: -2 } }))
    expect(error).toMatch(/表三 “1\.属于国家秘密” 行 “其他” 列/)
    expect(error).toMatch(/负数/)
  })

  it('rejects a decimal in a count cell', () => {
    const [error] = errorsOf(file((d) => { d.table4.review = { ...d.table4.review, upheld: 1.5 } }))
    expect(error).toMatch(/表四 “行政复议” 的 “结果维持” 列/)
    expect(error).toMatch(/1\.5 带有小数/)
  })

  it('rejects a number written as text and a boolean of the wrong type', () => {
    expect(errorsOf(file((d) => { d.table3.granted = { ...d.table3.granted, naturalPerson: '7' } }))[0])
      .toMatch(/表三 “（一）予以公开” 行 “自然人” 列.*不是数字/)
    expect(errorsOf(file((d) => { d.meta.signature = 'yes' }))[0]).toMatch(/落款.*应为“是”或“否”/)
  })

  it('rejects a missing section, a missing row and a missing cell', () => {
    expect(errorsOf(file((d) => { delete d.problems }))[0]).toMatch(/五、存在的主要问题及改进情况：缺少此项/)
    expect(errorsOf(file((d) => { delete d.table3.carriedForward }))[0]).toMatch(/表三 “四、结转下年度继续办理” 行：缺少此项/)
    expect(errorsOf(file((d) => { delete d.table3.granted?.research }))[0]).toMatch(/表三 “（一）予以公开” 行 “科研机构” 列：缺少此项/)
  })

  it('rejects a bad unitType, listing the allowed values', () => {
    const [error] = errorsOf(file((d) => { d.meta.unitType = 'village' }))
    expect(error).toMatch(/单位类型：/)
    expect(error).toMatch(/"village".*township/)
  })

  it('rejects a publishDate not written YYYY-MM-DD', () => {
    const [error] = errorsOf(file((d) => { d.meta.publishDate = '2025年1月20日' }))
    expect(error).toMatch(/成文日期：/)
    expect(error).toMatch(/YYYY-MM-DD/)
  })

  it('lists at most 20 problems and says how many more there are', () => {
    const errors = errorsOf(file((d) => {
      for (const row of Object.values(d.table3)) for (const col of Object.keys(row)) row[col] = -1
    }))
    expect(errors).toHaveLength(21)
    expect(errors[20]).toMatch(/另有 124 处问题未列出/)
  })
})

describe('messages name fields in Chinese only', () => {
  it('never shows null or a cell id', () => {
    const errors = errorsOf(file((d) => { (d.table2 as Json).fees = { amountWanYuan: 'abc' } }))
    for (const e of errors) expect(e).not.toMatch(/null|table2|amountWanYuan|fees/)
    expect(errors[0]).toMatch(/表二 “行政事业性收费” 行 “本年收费金额（单位：万元）” 列/)
  })
})
