// Two tabs on the same draft never silently overwrite each other; storage that is full or
// unavailable is announced and 保存报告 offered.
import { expect, test } from '@playwright/test'
import { cell, freshApp, openPage, typeCell } from './helpers'

test('a second tab saving the draft pauses the first; the user chooses which content wins', async ({ page, context }) => {
  await freshApp(page)
  await page.getByLabel('机关全称', { exact: true }).fill('第一页镇人民政府')
  await expect(page.getByTestId('saved-state')).toBeVisible()

  const second = await context.newPage()
  await second.goto('/')
  await expect(second.getByLabel('机关全称', { exact: true })).toHaveValue('第一页镇人民政府')
  await second.getByLabel('机关全称', { exact: true }).fill('第二页镇人民政府')
  await expect(second.getByTestId('saved-state')).toBeVisible()

  // The first tab is told at once (storage event) and stops saving.
  const banner = page.getByRole('alertdialog')
  await expect(banner).toContainText('已在另一个浏览器标签页中修改')
  await openPage(page, '三 申请情况')
  await typeCell(page, 'table3/newReceived/naturalPerson', '7')
  await page.waitForTimeout(600)
  const stored = await page.evaluate(() => localStorage.getItem('gov-info-annual-report:draft'))
  expect(stored).toContain('第二页镇人民政府')
  expect(JSON.parse(stored!).report.table3.newReceived.naturalPerson).toBeNull()

  // Choosing this tab's content overwrites the draft, and now the second tab is told.
  await banner.getByRole('button', { name: '保留本页内容' }).click()
  await expect(banner).toHaveCount(0)
  await expect.poll(async () => JSON.parse((await page.evaluate(() => localStorage.getItem('gov-info-annual-report:draft')))!).report.meta.agency).toBe('第一页镇人民政府')
  const secondBanner = second.getByRole('alertdialog')
  await expect(secondBanner).toBeVisible()
  await secondBanner.getByRole('button', { name: '载入另一标签页的内容' }).click()
  await expect(second.getByLabel('机关全称', { exact: true })).toHaveValue('第一页镇人民政府')
  await openPage(second, '三 申请情况')
  await expect(cell(second, 'table3/newReceived/naturalPerson')).toHaveValue('7')
})

test('storage full: a clear message and 保存报告 offered; nothing typed is lost', async ({ page }) => {
  await freshApp(page)
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('quota', 'QuotaExceededError')
    }
  })
  await page.getByLabel('机关全称', { exact: true }).fill('存储满镇人民政府')
  const alert = page.getByRole('alert').filter({ hasText: '未能自动保存' })
  await expect(alert).toContainText('存储空间已满')
  const download = page.waitForEvent('download')
  await alert.getByRole('button', { name: '保存报告（下载文件）' }).click()
  expect((await download).suggestedFilename()).toBe('存储满镇人民政府2025年政府信息公开工作年度报告.json')
  await expect(page.getByLabel('机关全称', { exact: true })).toHaveValue('存储满镇人民政府')
})

test('storage unavailable (private mode): the app still works and offers 保存报告', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError') } })
  })
  await page.goto('/')
  const alert = page.getByRole('alert').filter({ hasText: '未能自动保存' })
  await expect(alert).toContainText('无痕')
  await page.getByLabel('机关全称', { exact: true }).fill('无痕镇人民政府')
  await openPage(page, '三 申请情况')
  await typeCell(page, 'table3/newReceived/naturalPerson', '2')
  await expect(cell(page, 'table3/newReceived/total')).toHaveText('2')
  const download = page.waitForEvent('download')
  await alert.getByRole('button', { name: '保存报告（下载文件）' }).click()
  expect((await download).suggestedFilename()).toContain('无痕镇人民政府')
})
