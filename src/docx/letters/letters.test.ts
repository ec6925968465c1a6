// @vitest-environment node
// 整改通知 read back: every letter in the .zip is a Word document whose text names the unit, each
// problem's place in the tables in plain Chinese, what to do, and the due date.
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { issue } from '@/report/issue'
import { lettersZip } from './export-letters'

const text = (docx: Uint8Array) => strFromU8(unzipSync(docx)['word/document.xml']!).replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '')

describe('lettersZip', () => {
  it('writes one readable letter per unit with where, what and how, and the deadline', async () => {
    const balance = issue('T3-BALANCE', 'error', 'requests', ['table3/carriedForward/naturalPerson'], '自然人列：一+二=12，三+四=10，不相等')
    const late = issue('PACK-LATE', 'error', 'meta', ['meta.publishDate'], '成文日期 2025-02-03 晚于公布期限 2025-01-31')
    const zip = unzipSync(new Uint8Array(await (await lettersZip([
      { unit: '伊川县白沙镇人民政府', year: 2024, issues: [balance, late], resubmitBy: '2025-02-15', office: '伊川县政务公开办', date: '2025-02-05' },
      { unit: '伊川县半坡镇人民政府', year: 2024, issues: [late], resubmitBy: null, office: '伊川县政务公开办', date: '2025-02-05' },
    ])).arrayBuffer()))
    expect(Object.keys(zip).sort()).toEqual(['伊川县半坡镇人民政府2024年年报整改通知.docx', '伊川县白沙镇人民政府2024年年报整改通知.docx'])
    const white = text(zip['伊川县白沙镇人民政府2024年年报整改通知.docx']!)
    expect(white).toContain('关于2024年政府信息公开工作年度报告整改的通知')
    expect(white).toContain('伊川县白沙镇人民政府：')
    expect(white).toContain('存在以下 2 个问题')
    // Where: the table, row and column as a clerk reads them (fieldLabel).
    expect(white).toMatch(/位置：表三.*结转下年度继续办理.*自然人/)
    expect(white).toContain('问题：自然人列：一+二=12，三+四=10，不相等')
    expect(white).toContain('整改：请核对该列')
    expect(white).toContain('位置：成文日期')
    expect(white).toContain('请于2025年2月15日前')
    expect(white).toContain('2025年2月5日')
    expect(text(zip['伊川县半坡镇人民政府2024年年报整改通知.docx']!)).toContain('请尽快对照以上问题逐项整改')
  })
})
