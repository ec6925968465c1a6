// Storage full (issue 22 item 3): while saves fail, leaving the report — switching in 我的报告,
// 打开报告, 新建报告, closing or reloading the tab — asks first and offers 保存报告（下载文件）; the
// edits that failed to save survive a restart, and are stored once storage is back.
import { expect, test, type Page } from '@playwright/test'
import { cell, collectPageErrors, freshApp, NEW_REPORT_YEAR, openPage } from './helpers.ts'

const agency = (page: Page) => page.getByLabel('机关全称', { exact: true })

/** Every IndexedDB put fails as on a full disk, in this tab, for as long as the flag is set (reloads included). */
async function fillStorage(page: Page) {
  await page.evaluate(() => sessionStorage.setItem('e2e-quota', '1'))
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('quota', 'QuotaExceededError')
    }
  })
}

test('leaving a report whose saves fail asks first; the unsaved edits survive a restart', async ({ page }) => {
  const errors = collectPageErrors(page)
  await page.addInitScript(() => {
    if (sessionStorage.getItem('e2e-quota') !== '1') return
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('quota', 'QuotaExceededError')
    }
  })
  await freshApp(page)
  await agency(page).fill('甲镇人民政府')
  await expect(page.getByTestId('saved-state')).toBeVisible()
  await page.getByRole('button', { name: '新建报告' }).click()
  await expect(page.locator('.toast', { hasText: '已新建空白报告' })).toBeVisible()
  await agency(page).fill('乙镇人民政府')
  await expect(page.getByTestId('saved-state')).toBeVisible()

  await fillStorage(page)
  await agency(page).fill('乙镇人民政府（未保存）')
  await expect(page.getByRole('alert').filter({ hasText: '未能自动保存' })).toContainText('存储空间已满')

  // Switching in 我的报告: asked, with the download right in the dialog.
  await openPage(page, '我的报告')
  await page.locator('[data-report-id]', { hasText: '甲镇' }).getByRole('button', { name: '打开' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('这份报告的修改还没有保存')
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: '保存报告（下载文件）' }).click()
  expect((await download).suggestedFilename()).toBe(`乙镇人民政府（未保存）${NEW_REPORT_YEAR}年政府信息公开工作年度报告.json`)
  await dialog.getByRole('button', { name: '留在此报告' }).click()
  await expect(dialog).toBeHidden()
  await openPage(page, '基本信息')
  await expect(agency(page)).toHaveValue('乙镇人民政府（未保存）')

  // 打开报告 of another file and 新建报告: asked too; staying keeps everything.
  await page.getByTestId('open-file').setInputFiles('src/report/fixtures/seed-000.json')
  await expect(dialog).toContainText('这份报告的修改还没有保存')
  await dialog.getByRole('button', { name: '留在此报告' }).click()
  await page.getByRole('button', { name: '新建报告' }).click()
  await expect(dialog).toContainText('这份报告的修改还没有保存')
  await dialog.getByRole('button', { name: '留在此报告' }).click()
  await expect(agency(page)).toHaveValue('乙镇人民政府（未保存）')

  // Reloading the tab: the browser asks (beforeunload). Restarted with storage still full, the
  // edits are back in the form and the banner says they are not saved yet.
  const asked: string[] = []
  page.on('dialog', (d) => {
    asked.push(d.type())
    void d.accept()
  })
  await page.reload()
  expect(asked).toEqual(['beforeunload'])
  await expect(agency(page)).toHaveValue('乙镇人民政府（未保存）')
  await expect(page.locator('.toast', { hasText: '已恢复上次未能保存的修改' })).toBeVisible()
  await expect(page.getByRole('alert').filter({ hasText: '未能自动保存' })).toBeVisible()

  // Storage back: the next start stores them, and nothing asks any more.
  await page.evaluate(() => sessionStorage.removeItem('e2e-quota'))
  await page.reload()
  await expect(agency(page)).toHaveValue('乙镇人民政府（未保存）')
  await expect(page.getByRole('alert').filter({ hasText: '未能自动保存' })).toHaveCount(0)
  await openPage(page, '我的报告')
  await expect(page.locator('[data-report-id]', { hasText: '乙镇人民政府（未保存）' })).toHaveCount(1)
  await page.locator('[data-report-id]', { hasText: '甲镇' }).getByRole('button', { name: '打开' }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(agency(page)).toHaveValue('甲镇人民政府')
  expect(errors.filter((e) => !/QuotaExceeded|quota/.test(e))).toEqual([])
})

test('no storage at all (private mode): 新建报告 asks before the report held only in memory is replaced', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get() { throw new DOMException('denied', 'SecurityError') } })
  })
  await page.goto('/')
  await agency(page).fill('无痕镇人民政府')
  await openPage(page, '三 申请情况')
  await cell(page, 'table3/newReceived/naturalPerson').fill('2')
  await page.getByRole('button', { name: '新建报告' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('这份报告的修改还没有保存')
  await expect(dialog.getByRole('button', { name: '保存报告（下载文件）' })).toBeVisible()
  await expect(dialog).toContainText('离开后这些内容将无法找回')
  await dialog.getByRole('button', { name: '留在此报告' }).click()
  await expect(cell(page, 'table3/newReceived/naturalPerson')).toHaveValue('2')
  await page.getByRole('button', { name: '新建报告' }).click()
  await dialog.getByRole('button', { name: '离开此报告' }).click()
  await openPage(page, '基本信息')
  await expect(agency(page)).toHaveValue('')
})
