// @vitest-environment node
import writeXlsxFile from 'write-excel-file/node'
import { describe, expect, it } from 'vitest'
import { readRosterFile } from './roster-file'

describe('readRosterFile', () => {
  it('reads the first sheet of an .xlsx: name and type columns, header skipped', async () => {
    const data = [[{ value: '单位名称' }, { value: '类型' }], [{ value: '伊川县白沙镇人民政府' }, { value: '乡镇' }], [{ value: '伊川县教育局' }, { value: '部门' }]]
    const bytes = new Uint8Array(await writeXlsxFile(data).toBuffer())
    expect(readRosterFile('名单.xlsx', bytes)).toEqual({ ok: true, units: [{ name: '伊川县白沙镇人民政府', type: '乡镇' }, { name: '伊川县教育局', type: '部门' }] })
  })

  it('reads a .csv with a BOM, and says why it cannot read an .xls or an empty file', () => {
    expect(readRosterFile('名单.csv', new TextEncoder().encode('\ufeff白沙镇,乡镇\r\n半坡镇,乡镇\r\n'))).toMatchObject({ ok: true, units: [{ name: '白沙镇' }, { name: '半坡镇' }] })
    expect(readRosterFile('名单.xls', new Uint8Array([1, 2]))).toMatchObject({ ok: false, reason: expect.stringContaining('另存为 .xlsx') })
    expect(readRosterFile('名单.txt', new Uint8Array())).toMatchObject({ ok: false, reason: expect.stringContaining('没有读到单位名称') })
  })
})
