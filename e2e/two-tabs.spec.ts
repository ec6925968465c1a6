// Two tabs never silently overwrite each other: on one report, the tab that did not save last
// pauses and the user chooses (the other content is kept as a version either way); on two
// different reports, both tabs save undisturbed. Storage that is full or unavailable is announced
// and 保存报告 offered.
import { expect, test } from '@playwright/test'
import { NEW_REPORT_YEAR, cell, freshApp, openPage, typeCell } from './helpers'

test('two tabs on one report: the first is told at once, pauses, and the user chooses which content wins', async ({ page, context }) => {
  await freshApp(page)
  await page.getByLabel('机关全称', { exact: true }).fill('第一页镇人民政府')
  await expect(page.getByTestId('saved-state')).toBeVisible()

  const second = await context.newPage()
  await second.goto('/')
  await expect(second.getByLabel('机关全称', { exact: true })).toHaveValue('第一页镇人民政府')
  await second.getByLabel('机关全称', { exact: true }).fill('第二页镇人民政府')
  await expect(second.getByTestId('saved-state')).toBeVisible()

  // The first tab is told at once and stops saving: its typing does not reach the stored report.
  const banner = page.getByRole('alertdialog')
  await expect(banner).toContainText('已在另一个浏览器标签页中修改')
  await openPage(page, '三 申请情况')
  await typeCell(page, 'table3/newReceived/naturalPerson', '7')
  await page.waitForTimeout(600)
  await second.reload()
  await expect(second.getByLabel('机关全称', { exact: true })).toHaveValue('第二页镇人民政府')
  await openPage(second, '三 申请情况')
  await expect(cell(second, 'table3/newReceived/naturalPerson')).toHaveValue('')

  // Keeping this tab's content overwrites the report; now the second tab is told.
  await banner.getByRole('button', { name: '保留本页内容' }).click()
  await expect(banner).toHaveCount(0)
  const secondBanner = second.getByRole('alertdialog')
  await expect(secondBanner).toBeVisible()
  await secondBanner.getByRole('button', { name: '载入另一标签页的内容' }).click()
  await expect(cell(second, 'table3/newReceived/naturalPerson')).toHaveValue('7')
  await openPage(second, '基本信息')
  await expect(second.getByLabel('机关全称', { exact: true })).toHaveValue('第一页镇人民政府')
  // What the second tab had is a version, not lost.
  await second.getByRole('button', { name: '历史版本' }).click()
  await expect(second.getByRole('dialog', { name: '历史版本' }).locator('li', { hasText: '被另一标签页的内容替换前' })).not.toHaveCount(0)
})

test('two tabs on one report: leaving it while the conflict is open keeps this tab\'s edits as a version', async ({ page, context }) => {
  await freshApp(page)
  await page.getByLabel('机关全称', { exact: true }).fill('离开镇人民政府')
  await expect(page.getByTestId('saved-state')).toBeVisible()
  const second = await context.newPage()
  await second.goto('/')
  await second.getByLabel('机关全称', { exact: true }).fill('离开镇人民政府（第二页）')
  await expect(second.getByTestId('saved-state')).toBeVisible()

  await expect(page.getByRole('alertdialog')).toContainText('已在另一个浏览器标签页中修改')
  await openPage(page, '三 申请情况')
  await typeCell(page, 'table3/newReceived/naturalPerson', '9')
  // Leaving the report without choosing: 新建报告.
  await page.getByRole('button', { name: '新建报告' }).click()
  await expect(page.locator('.toast', { hasText: '已另存为该报告的一个历史版本' })).toBeVisible()
  await openPage(page, '我的报告')
  await page.locator('[data-report-id]').filter({ hasText: '离开镇人民政府（第二页）' }).getByRole('button', { name: '打开' }).click()
  await page.getByRole('button', { name: '历史版本' }).click()
  const kept = page.getByRole('dialog', { name: '历史版本' }).locator('li', { hasText: '被另一标签页的内容替换前' })
  await expect(kept).toHaveCount(1)
})

test('two tabs on two reports: both save, neither pauses', async ({ page, context }) => {
  await freshApp(page)
  await page.getByLabel('机关全称', { exact: true }).fill('甲镇人民政府')
  await expect(page.getByTestId('saved-state')).toBeVisible()
  const second = await context.newPage()
  await second.goto('/')
  await second.getByRole('button', { name: '新建报告' }).click()
  await second.getByLabel('机关全称', { exact: true }).fill('乙镇人民政府')
  await expect(second.getByTestId('saved-state')).toBeVisible()
  await openPage(page, '三 申请情况')
  await typeCell(page, 'table3/newReceived/naturalPerson', '2')
  await openPage(second, '三 申请情况')
  await typeCell(second, 'table3/newReceived/naturalPerson', '5')
  await page.waitForTimeout(600)
  await expect(page.getByRole('alertdialog')).toHaveCount(0)
  await expect(second.getByRole('alertdialog')).toHaveCount(0)
  // Both are in 我的报告, each with its own figures.
  await openPage(page, '我的报告')
  await expect(page.locator('[data-report-id]')).toHaveCount(2)
  await page.locator('[data-report-id]', { hasText: '乙镇' }).getByRole('button', { name: '打开' }).click()
  await openPage(page, '三 申请情况')
  await expect(cell(page, 'table3/newReceived/naturalPerson')).toHaveValue('5')
  await second.reload()
  await openPage(second, '三 申请情况')
  await expect(cell(second, 'table3/newReceived/naturalPerson')).toHaveValue('5')
})

test('storage full: a clear message and 保存报告 offered; nothing typed is lost', async ({ page }) => {
  await freshApp(page)
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('quota', 'QuotaExceededError')
    }
  })
  await page.getByLabel('机关全称', { exact: true }).fill('存储满镇人民政府')
  const alert = page.getByRole('alert').filter({ hasText: '未能自动保存' })
  await expect(alert).toContainText('存储空间已满')
  const download = page.waitForEvent('download')
  await alert.getByRole('button', { name: '保存报告（下载文件）' }).click()
  expect((await download).suggestedFilename()).toBe(`存储满镇人民政府${NEW_REPORT_YEAR}年政府信息公开工作年度报告.json`)
  await expect(page.getByLabel('机关全称', { exact: true })).toHaveValue('存储满镇人民政府')
})

test('storage unavailable (private mode): the app still works and offers 保存报告', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get() { throw new DOMException('denied', 'SecurityError') } })
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
