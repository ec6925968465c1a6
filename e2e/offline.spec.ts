// Offline after the first visit: the service worker precaches every build file, so with the
// network off the app reloads, opens a report file (lazy importer chunk), takes typing and
// exports Word (lazy export-docx chunk). The same build also works under a sub-path.
import { expect, test, type Page, type Response } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { readDocx } from '../src/docx/testing/docx-xml.ts'
import { cell, collectPageErrors, freshApp, openPage, typeCell, openReportFile } from './helpers.ts'
import { serveDist } from './serve-dist.ts'

const FIXTURE = 'src/report/fixtures/seed-003.json'
const NOTE = '离线状态下补充的说明。'

/** Waits until the service worker is active and controls the page (reloading once if needed). */
async function untilControlled(page: Page): Promise<string> {
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload()
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
  return scope
}

/** Opens the seed report, types into a cell and a narrative field, exports and reads the .docx. */
async function openTypeAndExport(page: Page, name: string): Promise<string> {
  await openReportFile(page, FIXTURE)
  await expect(page.getByLabel('机关全称', { exact: true })).toHaveValue('叶城县白杨镇人民政府')

  await openPage(page, '二 主动公开')
  await typeCell(page, 'table2/licensing/decisions', '5')
  await expect(cell(page, 'table2/licensing/decisions')).toHaveValue('5')
  await openPage(page, '五 问题改进')
  const box = page.getByRole('textbox', { name: '（二）改进情况' })
  await box.click()
  await box.press('Control+End')
  await page.keyboard.type(NOTE)

  await openPage(page, '检查与导出')
  const download = page.waitForEvent('download')
  await page.locator('.page').getByRole('button', { name: '导出 Word' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('叶城县白杨镇人民政府2024年政府信息公开工作年度报告.docx')
  const saved = test.info().outputPath(name)
  await file.saveAs(saved)
  return (await readDocx(readFileSync(saved))).document
}

test('after one visit the app reloads, opens a file, takes typing and exports with the network off', async ({ page, context }) => {
  const errors = collectPageErrors(page)
  await freshApp(page)
  await untilControlled(page)

  const responses: Response[] = []
  page.on('response', (r) => responses.push(r))
  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('button', { name: '新建报告' })).toBeVisible()
  expect(await page.evaluate(() => navigator.onLine)).toBe(false)

  const document = await openTypeAndExport(page, 'offline.docx')
  expect(document).toContain(NOTE)
  // Both lazy chunks (the reading pool's page side and the Word export) came out of the precache, not the network (which is off anyway).
  for (const chunk of [/browser-jobs-[\w-]+\.js$/, /export-docx-[\w-]+\.js$/]) {
    const hit = responses.find((r) => chunk.test(r.url()))
    expect(hit, String(chunk)).toBeDefined()
    expect(hit!.fromServiceWorker()).toBe(true)
  }
  await context.setOffline(false)
  expect(errors).toEqual([])
})

test('the build works from a plain static server under a sub-path, online and offline', async ({ page, context }) => {
  const server = await serveDist('/sub/dir/')
  try {
    const errors = collectPageErrors(page)
    await page.goto(server.url)
    await expect(page.getByRole('button', { name: '新建报告' })).toBeVisible()
    // A first visit to this origin: the user is told once everything is cached. The worker
    // fetches every build file first, which on a busy machine takes longer than an expect's
    // patience: wait for what the message reports (the worker installed and active), then for it.
    await page.evaluate(async () => { await navigator.serviceWorker.ready })
    await expect(page.getByTestId('offline-ready')).toContainText('已可离线使用')
    await page.getByTestId('offline-ready').getByRole('button', { name: '知道了' }).click()
    await expect(page.getByTestId('offline-ready')).toBeHidden()
    // The worker's scope is the sub-path, not the server root.
    expect(await untilControlled(page)).toBe(server.url)
    const document = await openTypeAndExport(page, 'sub-path.docx')
    expect(document).toContain(NOTE)

    await context.setOffline(true)
    await page.reload()
    await expect(page.getByRole('button', { name: '新建报告' })).toBeVisible()
    await openPage(page, '二 主动公开')
    await typeCell(page, 'table2/penalty/decisions', '7')
    await expect(cell(page, 'table2/penalty/decisions')).toHaveValue('7')
    await context.setOffline(false)
    expect(errors).toEqual([])
  } finally {
    await server.close()
  }
})

test('a new version is announced and applied only when the user chooses 更新', async ({ page }) => {
  const server = await serveDist('/app/')
  try {
    const errors = collectPageErrors(page)
    await page.goto(server.url)
    await untilControlled(page)
    await page.getByLabel('机关全称', { exact: true }).fill('某镇人民政府')
    await expect(page.getByTestId('saved-state')).toBeVisible()

    server.setWorkerVersion('v2')
    // A marker on window tells whether the page was reloaded behind the user's back.
    // update() resolves once the new worker starts installing; the prompt comes once it is
    // installed and waiting, which on a busy machine can take longer than an expect's patience.
    await page.evaluate(async () => {
      Object.assign(window, { notReloaded: true })
      const registration = await navigator.serviceWorker.ready
      await registration.update()
      while (!registration.waiting) await new Promise((next) => setTimeout(next, 50))
    })
    const prompt = page.getByTestId('update-prompt')
    await expect(prompt).toContainText('有新版本可用')
    await prompt.getByRole('button', { name: '稍后' }).click()
    await expect(prompt).toBeHidden()
    expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true)
    await expect(page.getByLabel('机关全称', { exact: true })).toHaveValue('某镇人民政府')

    // Still waiting after a reload; 更新 activates it and reloads, the draft is kept.
    await page.reload()
    await expect(prompt).toContainText('有新版本可用')
    // The marker again: the reload just made cleared it, and the wait below would not wait at all.
    await page.evaluate(() => Object.assign(window, { notReloaded: true }))
    await prompt.getByRole('button', { name: '更新' }).click()
    await page.waitForFunction(() => !('notReloaded' in window) && document.readyState === 'complete')
    await expect(page.getByLabel('机关全称', { exact: true })).toHaveValue('某镇人民政府')
    await expect(prompt).toBeHidden()
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull()
    expect(errors).toEqual([])
  } finally {
    await server.close()
  }
})
