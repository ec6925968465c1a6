// @vitest-environment node
// 导出草稿 (report-file.md §13): the same document as the official export, with a header on every
// page (odd and even) saying 草稿 and how many errors are open. Checked in the XML, by Microsoft's
// Open XML SDK validator, and in LibreOffice's rendering (every page of the PDF carries the mark).
import validate from '@ooxml-tools/validate'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { nonZeroReport } from '@/report/fixtures/test-reports'
import { reportFileName } from '@/report/format'
import { reportDocxBytes } from './build-report'
import { draftHeaderText } from './page'
import { textOf, unzipParts } from './testing/docx-xml'

const HAS_SOFFICE = spawnSync('sh', ['-c', 'command -v soffice && command -v pdftotext']).status === 0
const SLOW = 120_000

/** document.xml without the section's header references and relationship ids: what both exports share. */
const bodyOf = (xml: string) => xml.replace(/<w:headerReference [^>]*\/>/g, '').replace(/r:id="rId\d+"/g, 'r:id')

describe('导出草稿', () => {
  it('is named …年度报告（草稿）.docx', () => {
    expect(reportFileName({ agency: '白沙镇人民政府', year: 2024 }, 'docx', true)).toBe('白沙镇人民政府2024年政府信息公开工作年度报告（草稿）.docx')
  })

  it('heads odd and even pages with 草稿 and the error count; the body is the official one', async () => {
    const report = nonZeroReport()
    const draft = unzipParts(await reportDocxBytes(report, { draft: { errors: 3 } }))
    const official = unzipParts(await reportDocxBytes(report))
    const refs = [...(draft['word/document.xml'] ?? '').matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)]
    expect(refs.map((m) => m[1]).sort()).toEqual(['default', 'even'])
    const rels = draft['word/_rels/document.xml.rels'] ?? ''
    for (const [, , id] of refs) {
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1]
      expect(textOf(draft[`word/${target}`] ?? '')).toBe('草稿　尚有 3 个错误未改正，不得作为正式文件发布')
    }
    // Compared as a boolean: a failure would print two 100 kB strings.
    expect(bodyOf(draft['word/document.xml'] ?? '') === bodyOf(official['word/document.xml'] ?? '')).toBe(true)
    expect(Object.keys(official).filter((p) => p.includes('header'))).toEqual([])
    expect(draft['word/settings.xml']).toContain('<w:evenAndOddHeaders/>')
  })

  it('passes the Open XML SDK validator', async () => {
    const bytes = await reportDocxBytes(nonZeroReport(), { draft: { errors: 12 } })
    expect(await validate(bytes, 'docx', 'Office2019')).toEqual([])
  }, SLOW)

  it.skipIf(!HAS_SOFFICE)('LibreOffice shows the mark on every page, the page count unchanged', async () => {
    const out = resolve('render-out/draft')
    rmSync(out, { recursive: true, force: true })
    mkdirSync(out, { recursive: true })
    const report = nonZeroReport()
    writeFileSync(join(out, 'draft.docx'), await reportDocxBytes(report, { draft: { errors: 5 } }))
    writeFileSync(join(out, 'official.docx'), await reportDocxBytes(report))
    spawnSync('soffice', [`-env:UserInstallation=file://${resolve('.lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out,
      join(out, 'draft.docx'), join(out, 'official.docx')], { env: { ...process.env, FONTCONFIG_FILE: resolve('.ci/fonts.conf') }, timeout: SLOW })
    expect(existsSync(join(out, 'draft.pdf'))).toBe(true)
    const pages = (file: string) => execFileSync('pdftotext', ['-layout', join(out, file), '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim())
    const draft = pages('draft.pdf')
    expect(draft.length).toBe(pages('official.pdf').length)
    for (const page of draft) expect(page.replace(/\s+/g, '')).toContain(draftHeaderText(5).replace(/\s+/g, ''))
    // For a visual review: render-out/draft/p-*.png.
    spawnSync('pdftoppm', ['-r', '50', '-png', join(out, 'draft.pdf'), join(out, 'p')])
  }, SLOW)
})
