// From draft to publication (report-file.md §13): 打印 prints the report as the Word export lays it
// out (checked against LibreOffice's rendering of the exported .docx: same pages, same text per
// page), from any section and by the browser's own print command; 导出草稿 while errors remain;
// 导出网页 and 复制网页版, pasted into a contenteditable editor, keep the tables' cells and merges.
import { expect, test, type Page } from '@playwright/test'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { unzipParts, textOf } from '../src/docx/testing/docx-xml.ts'
import { compact } from '../src/docx/testing/pdf-text.ts'
import { collectPageErrors, freshApp, openPage, openReportFile } from './helpers.ts'

const FIXTURE = 'src/report/fixtures/seed-000.json'
const HAS_SOFFICE = spawnSync('sh', ['-c', 'command -v soffice && command -v pdftotext && command -v pdfinfo']).status === 0

/** Text of each page of a PDF in drawing order (a 楷体 run-in sits on a slightly other baseline), whitespace removed. */
function pdfPages(file: string): string[] {
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1).map((p) => p.replace(/\s+/g, ''))
}

function libreOfficePdf(docx: string): string {
  const out = dirname(docx)
  spawnSync('soffice', [`-env:UserInstallation=file://${resolve('.lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, docx], {
    env: { ...process.env, FONTCONFIG_FILE: resolve('.ci/fonts.conf') }, timeout: 120_000,
  })
  const pdf = docx.replace(/\.docx$/, '.pdf')
  expect(existsSync(pdf), 'LibreOffice wrote no PDF').toBe(true)
  return pdf
}

async function download(page: Page, button: string, name: string): Promise<{ path: string; suggested: string }> {
  const waiting = page.waitForEvent('download')
  await page.getByRole('button', { name: button, exact: true }).first().click()
  const file = await waiting
  const path = test.info().outputPath(name)
  await file.saveAs(path)
  return { path, suggested: file.suggestedFilename() }
}

async function printPdf(page: Page, name: string): Promise<string> {
  await page.emulateMedia({ media: 'print' })
  const path = test.info().outputPath(name)
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }))
  await page.emulateMedia({ media: 'screen' })
  return path
}

test.describe('打印', () => {
  test.skip(!HAS_SOFFICE, 'LibreOffice (soffice) and poppler-utils are needed to compare the print with the Word export')
  // LibreOffice's conversion and two PDF renderings take their time on a loaded machine.
  test.setTimeout(180_000)

  test('prints the whole report, page for page as LibreOffice renders the Word export, and nothing of the app', async ({ page }) => {
    const errors = collectPageErrors(page)
    // The print dialog itself cannot be driven headless: record the call instead.
    await page.addInitScript(() => {
      window.print = () => { (window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1 }
    })
    await freshApp(page)
    await openReportFile(page, FIXTURE)
    const word = await download(page, '导出 Word', 'report.docx')
    const lo = pdfPages(libreOfficePdf(word.path))

    // From a table section, far from the preview.
    await openPage(page, '三 申请情况')
    await page.getByRole('button', { name: '打印', exact: true }).click()
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1)
    await expect(page.getByTestId('print-root').locator('.dp-page')).toHaveCount(lo.length)
    await page.emulateMedia({ media: 'print' })
    await page.screenshot({ path: test.info().outputPath('print-media.png') })
    // Only the print view is shown in print media.
    await expect(page.locator('#root')).toBeHidden()
    await expect(page.getByTestId('print-root')).toBeVisible()
    const printed = pdfPages(await printPdf(page, 'printed.pdf'))
    execFileSync('pdftoppm', ['-r', '40', '-png', test.info().outputPath('printed.pdf'), test.info().outputPath('printed')])

    expect(printed.length).toBe(lo.length)
    const size = execFileSync('pdfinfo', [test.info().outputPath('printed.pdf')], { encoding: 'utf8' })
    expect(size).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/)
    printed.forEach((text, i) => {
      expect(text, `page ${i + 1} number`).toContain(`—${i + 1}—`)
      // Same text on the same page, as LibreOffice renders the Word file (compact: LibreOffice does
      // not paint a comma hanging past the margin, so sentence punctuation is left out).
      expect(compact(text), `page ${i + 1}`).toBe(compact(lo[i] ?? ''))
    })
    expect(printed.join('')).not.toMatch(/打开报告|检查结果|文档预览|上一节/)
    expect(errors).toEqual([])
  })

  test("the browser's own print command (Ctrl+P) prints the report too, from any section", async ({ page }) => {
    await freshApp(page)
    await openReportFile(page, FIXTURE)
    await openPage(page, '五 问题改进')
    // The print view loads at idle after start-up; then Chromium's print fires beforeprint.
    await expect(page.getByTestId('print-root')).toBeAttached()
    const printed = pdfPages(await printPdf(page, 'ctrl-p.pdf'))
    expect(printed.length).toBeGreaterThanOrEqual(3)
    expect(printed[0]).toContain('伊川县白沙镇人民政府2024年政府信息公开工作年度报告')
    expect(printed.join('')).toContain('六、其他需要报告的事项')
    expect(printed.join('')).not.toMatch(/打开报告|检查结果/)
    // Emptied after printing: no hidden copy of the report stays in the page.
    await expect(page.getByTestId('print-root').locator('.dp-page')).toHaveCount(0)
  })
})

test('导出草稿 while errors remain: every page headed 草稿 with the open errors; 导出 Word stays blocked', async ({ page }) => {
  const errors = collectPageErrors(page)
  await freshApp(page)
  await openReportFile(page, FIXTURE)
  await openPage(page, '三 申请情况')
  // One error: a number of new applications that the table's balance no longer allows.
  await page.locator('[data-cell-id="table3/newReceived/naturalPerson"]').fill('99999')
  await page.locator('[data-cell-id="table3/newReceived/commercial"]').click()
  await openPage(page, '检查与导出')
  const count = Number(await page.locator('.export-box strong').textContent())
  expect(count).toBeGreaterThan(0)

  await page.getByRole('button', { name: '导出 Word', exact: true }).first().click()
  await expect(page.locator('.toast', { hasText: '改正后才能导出 Word' })).toBeVisible()

  const draft = await download(page, '导出草稿', 'draft.docx')
  expect(draft.suggested).toBe('伊川县白沙镇人民政府2024年政府信息公开工作年度报告（草稿）.docx')
  const parts = unzipParts(readFileSync(draft.path))
  const headers = Object.keys(parts).filter((p) => /^word\/header\d+\.xml$/.test(p))
  expect(headers).toHaveLength(2)
  for (const h of headers) expect(textOf(parts[h]!)).toBe(`草稿　尚有 ${count} 个错误未改正，不得作为正式文件发布`)
  expect(parts['word/document.xml']).toContain('99999')
  expect(errors).toEqual([])
})

test('导出网页 and 复制网页版: one clean page; pasted into an editor it keeps every table cell and merge', async ({ page, context }) => {
  const errors = collectPageErrors(page)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await freshApp(page)
  await openReportFile(page, FIXTURE)

  const web = await download(page, '导出网页', 'report.html')
  expect(web.suggested).toBe('伊川县白沙镇人民政府2024年政府信息公开工作年度报告.html')
  const html = readFileSync(web.path, 'utf8')
  expect(html).toMatch(/<meta charset="utf-8">/)
  expect(html).not.toMatch(/<script|\sclass=|<style|<link/i)
  expect(html).toMatch(/rowspan="\d+"/)

  await page.getByRole('button', { name: '复制网页版', exact: true }).click()
  await expect(page.locator('.toast', { hasText: '已复制网页版' })).toBeVisible()
  const pasted = await page.evaluate(async () => {
    const items = await navigator.clipboard.read()
    const item = items[0]!
    const html = await (await item.getType('text/html')).text()
    const plain = await (await item.getType('text/plain')).text()
    // A rich-text editor as a CMS has one: a contenteditable body taking the paste as HTML.
    const editor = document.createElement('div')
    editor.contentEditable = 'true'
    document.body.append(editor)
    editor.focus()
    document.execCommand('insertHTML', false, html)
    const tables = [...editor.querySelectorAll('table')]
    const result = {
      tables: tables.length,
      cells: tables.map((t) => t.querySelectorAll('td').length),
      spans: tables.map((t) => [...t.querySelectorAll('td')].filter((td) => td.rowSpan > 1 || td.colSpan > 1).length),
      bordered: [...editor.querySelectorAll('td')].every((td) => td.style.borderTopStyle === 'solid'),
      text: editor.textContent ?? '',
      plain,
      scripts: editor.querySelectorAll('script').length,
    }
    editor.remove()
    return result
  })
  const source = await page.evaluate((h) => {
    const doc = new DOMParser().parseFromString(h, 'text/html')
    return [...doc.querySelectorAll('table')].map((t) => ({
      cells: t.querySelectorAll('td').length,
      spans: [...t.querySelectorAll('td')].filter((td) => td.rowSpan > 1 || td.colSpan > 1).length,
    }))
  }, html)
  expect(pasted.tables).toBe(3)
  expect(pasted.cells).toEqual(source.map((s) => s.cells))
  expect(pasted.spans).toEqual(source.map((s) => s.spans))
  expect(pasted.spans.every((n) => n > 0)).toBe(true)
  expect(pasted.bordered).toBe(true)
  expect(pasted.scripts).toBe(0)
  expect(pasted.text).toContain('三、收到和处理政府信息公开申请情况')
  expect(pasted.plain).toContain('一、总体情况')
  expect(errors).toEqual([])
  writeFileSync(join(test.info().outputDir, 'pasted.txt'), pasted.text)
})
