// @vitest-environment node
// 导出问题清单 read back: both sheets, one row per report and per finding, numbers as numbers,
// and LibreOffice converts the workbook (both sheets) without error.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURES } from '@/report/fixtures/test-reports'
import { checkReport } from '@/report/check-report'
import { reviewBatch } from '@/report/county/review-batch'
import { problemWorkbook } from './problem-workbook'
import { readXlsxSheets } from '@/import/xlsx-sheets'

const HAS_SOFFICE = spawnSync('sh', ['-c', 'command -v soffice']).status === 0

function rows() {
  const reports = FIXTURES.map(([, report]) => structuredClone(report))
  reports[0]!.table2.fees = { amountWanYuan: 24252.311082 }
  reports[1]!.table3.carriedForward = { ...reports[1]!.table3.carriedForward, naturalPerson: 99 }
  return reviewBatch(reports.map((report, i) => ({ id: `r${i}`, fileName: `${FIXTURES[i]![0]}.json`, report, check: checkReport(report) })))
}

describe('problem workbook', () => {
  it('has 汇总 (a row per report and per unreadable file) and 问题 (a row per finding)', async () => {
    const review = rows()
    const blob = await problemWorkbook(review, [{ name: '坏文件.docx', reason: '文件内容不是 zip 格式' }])
    const [summary, problems] = readXlsxSheets(new Uint8Array(await blob.arrayBuffer()))
    expect(summary?.name).toBe('汇总')
    expect(summary?.rows[0]?.slice(0, 6)).toEqual(['单位', '年度', '单位类型', '文件', '错误数', '提醒数'])
    expect(summary?.frozenRows).toBe(1)
    expect(summary?.rows).toHaveLength(1 + review.length + 1)
    const first = summary!.rows[1]!
    expect(first.slice(0, 4)).toEqual([review[0]!.agency, 2024, '乡镇人民政府', 'seed-000.json'])
    expect(first[4]).toBe(review[0]!.errors)
    expect(first[10]).toBe(24252.311082)
    expect(summary!.rows.at(-1)).toContain('无法读取：文件内容不是 zip 格式')
    expect(problems?.name).toBe('问题')
    expect(problems?.rows).toHaveLength(1 + review.reduce((n, r) => n + r.issues.length, 0) + 1)
    const balance = problems!.rows.find((r) => r[3] === 'T3-BALANCE')
    expect(balance?.slice(0, 5)).toEqual([review[1]!.agency, 2024, 'seed-001.json', 'T3-BALANCE', '错误'])
    expect(String(balance?.[5])).toContain('表三 “四、结转下年度继续办理” 行 “自然人” 列')
    expect(String(balance?.[5])).not.toMatch(/table3|naturalPerson/)
    expect(String(balance?.[6])).toContain('自然人列')
  })

  it('writes text that looks like a formula as text: shared strings in Text format, no <f> anywhere', async () => {
    const FORMULAS = ['=HYPERLINK("http://example.com/x","点击")', "+cmd|' /C calc'!A0", '-2+3+cmd|x', '@SUM(1+1)*cmd|x', '-1']
    const review = rows().slice(0, FORMULAS.length).map((r, i) => ({ ...r, agency: FORMULAS[i]!, fileName: `${FORMULAS[i]!}.json` }))
    const bytes = new Uint8Array(await (await problemWorkbook(review, [{ name: '=1+1.docx', reason: '+损坏' }])).arrayBuffer())
    const parts = unzipSync(bytes)
    const sheets = Object.keys(parts).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
    expect(sheets).toHaveLength(2)
    // The number format of each cell style (cellXfs, by index): Text is built-in 49 or a format "@".
    const styles = strFromU8(parts['xl/styles.xml']!)
    const textFormats = new Set(['49', ...[...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="@"/g)].map((m) => m[1])])
    const cellXfs = [.../<cellXfs[^>]*>(.*)<\/cellXfs>/s.exec(styles)![1]!.matchAll(/<xf\b([^>]*)>/g)].map((m) => /numFmtId="(\d+)"/.exec(m[1]!)?.[1] ?? '0')
    for (const path of sheets) {
      const xml = strFromU8(parts[path]!)
      expect(xml).not.toMatch(/<f[\s>]/)
      // Column A of 汇总 and of 问题 holds the unit names: each a shared string in a Text-formatted style.
      const cells = [...xml.matchAll(/<c r="A[2-6]"([^>]*)>/g)].map((m) => m[1]!)
      expect(cells).toHaveLength(5)
      for (const attrs of cells) {
        expect(attrs).toContain('t="s"')
        expect(textFormats.has(cellXfs[Number(/s="(\d+)"/.exec(attrs)?.[1])] ?? ''), attrs).toBe(true)
      }
    }
    const [summary, problems] = readXlsxSheets(bytes)
    expect(summary!.rows.slice(1, 1 + FORMULAS.length).map((r) => r[0])).toEqual(FORMULAS)
    expect(summary!.rows.at(-1)).toContain('=1+1.docx')
    expect(problems!.rows.some((r) => r[0] === FORMULAS[0])).toBe(true)
  })

  it.skipIf(!HAS_SOFFICE)('converts with LibreOffice: both sheets, the Chinese text and the exact amount (skipped without soffice)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xlsx-'))
    const file = join(dir, 'problems.xlsx')
    writeFileSync(file, new Uint8Array(await (await problemWorkbook(rows(), [])).arrayBuffer()))
    // soffice exits 0 even when it fails: the CSV files themselves are the check.
    execFileSync('soffice', [`-env:UserInstallation=file://${resolve('.lo-profile')}`, '--headless', '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', dir, file], { stdio: 'ignore', timeout: 120_000 })
    const csvs = readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()
    expect(csvs).toEqual(['problems-问题.csv', 'problems-汇总.csv'].sort())
    const summary = readFileSync(join(dir, 'problems-汇总.csv'), 'utf8')
    expect(summary).toContain('伊川县白沙镇人民政府')
    expect(summary).toContain('24252.311082')
    expect(readFileSync(join(dir, 'problems-问题.csv'), 'utf8')).toContain('T3-BALANCE')
    expect(existsSync(file)).toBe(true)
  }, 150_000)
})
