// Published reports (report-file.md §10): a saved web page and a page pasted from the clipboard
// open through the same reading as a Word file, and every number says where it was read.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { cmsPage } from '../src/import/formats/html/test-pages.ts'
import { cell, collectPageErrors, freshApp, openPage, openReportFile } from './helpers'

const PAGE = 'src/import/test-fixtures/seed-layout.html'

test('打开报告 with a saved web page: the import details list each number’s source, the cell’s tooltip says it', async ({ page }) => {
  const errors = collectPageErrors(page)
  await freshApp(page)
  await page.getByTestId('open-file').setInputFiles(PAGE)
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByTestId('import-details')).toContainText('找到 6/6 个部分、3/3 张统计表；读取 166 个单元格')
  await dialog.getByTestId('import-sources').locator('summary').click()
  await expect(dialog.locator('[data-cells="table3/newReceived/naturalPerson"]')).toContainText('第 2 个表格第 4 行第 4 列')
  await dialog.getByRole('button', { name: '打开', exact: true }).click()
  await expect(page.getByLabel('机关全称', { exact: true })).toHaveValue('叶城县白杨镇人民政府')
  await openPage(page, '三 申请情况')
  await expect(cell(page, 'table3/newReceived/naturalPerson')).toHaveValue('5')
  await expect(cell(page, 'table3/newReceived/naturalPerson')).toHaveAttribute('title', /来源：第 2 个表格第 4 行第 4 列/)
  expect(errors).toEqual([])
})

test('打开报告 with a page saved from a government portal: its index table (索引号, 发布机构…) is named as such', async ({ page }) => {
  const errors = collectPageErrors(page)
  const file = join(mkdtempSync(join(tmpdir(), 'e2e-cms-')), '白杨镇2024年报.html')
  writeFileSync(file, cmsPage())
  await freshApp(page)
  await page.getByTestId('open-file').setInputFiles(file)
  const details = page.getByRole('dialog').getByTestId('import-details')
  await expect(details).toContainText('找到 6/6 个部分、3/3 张统计表')
  await details.locator('summary', { hasText: '读取明细' }).click()
  await expect(details).toContainText('网页的信息索引表（索引号、发布机构等），不属于报告，未导入')
  await expect(details).not.toContainText('无法识别的表格')
  expect(errors).toEqual([])
})

test('a whole published page pasted on 我的报告 opens as a report', async ({ page }) => {
  await freshApp(page)
  await openPage(page, '我的报告')
  await expect(page.getByRole('button', { name: '粘贴网页' })).toBeVisible()
  const html = readFileSync(PAGE, 'utf8').replace(/^[\s\S]*<body>/, '<!--StartFragment-->').replace(/<\/body>[\s\S]*$/, '<!--EndFragment-->')
  await page.evaluate((h) => {
    const dt = new DataTransfer()
    dt.setData('text/html', h)
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }))
  }, html)
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('叶城县白杨镇人民政府 2024年')
  await dialog.getByRole('button', { name: '打开', exact: true }).click()
  await expect(page.locator('.toast', { hasText: '已打开' }).last()).toBeVisible()
  await openPage(page, '我的报告')
  await expect(page.locator('[data-report-id]', { hasText: '叶城县白杨镇人民政府' })).toBeVisible()
})

const HAS_SOFFICE = spawnSync('sh', ['-c', 'command -v soffice']).status === 0

test('打开报告 with a PDF (LibreOffice’s PDF of a published report; pdf.js loaded on demand)', async ({ page }) => {
  test.skip(!HAS_SOFFICE, 'soffice (LibreOffice) is not installed; .ci/run installs it')
  test.setTimeout(120_000)
  const dir = mkdtempSync(join(tmpdir(), 'e2e-pdf-'))
  spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, 'src/import/test-fixtures/seed-layout.docx'], { timeout: 90_000 })
  await freshApp(page)
  await openReportFile(page, join(dir, 'seed-layout.pdf'))
  await openPage(page, '三 申请情况')
  await expect(cell(page, 'table3/newReceived/naturalPerson')).toHaveAttribute('title', /来源：第 \d+ 页第 \d+ 行/)
})
