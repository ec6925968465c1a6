import { expect, test } from '@playwright/test'
import { writeFileSync, mkdirSync } from 'node:fs'
import { cell, freshApp, openPage, typeCell } from './helpers'

const DRAFT_KEY = 'gov-info-annual-report:draft'

test('a reload restores everything typed', async ({ page }) => {
  await freshApp(page)
  await page.getByLabel('机关全称', { exact: true }).fill('测试县测试镇人民政府')
  await openPage(page, '三 申请情况')
  await typeCell(page, 'table3/newReceived/naturalPerson', '3')
  await openPage(page, '五 问题改进')
  await page.getByRole('textbox', { name: '（一）存在问题' }).fill('公开栏更新不及时。')
  await expect(page.getByTestId('saved-state')).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('机关全称', { exact: true })).toHaveValue('测试县测试镇人民政府')
  await expect(page.locator('.doc-title')).toHaveText('测试县测试镇人民政府2025年政府信息公开工作年度报告')
  await openPage(page, '三 申请情况')
  await expect(cell(page, 'table3/newReceived/naturalPerson')).toHaveValue('3')
  await openPage(page, '五 问题改进')
  await expect(page.getByRole('textbox', { name: '（一）存在问题' })).toHaveValue('公开栏更新不及时。')
})

test('a damaged stored draft is kept aside, reported, and a fresh draft starts', async ({ page }) => {
  await page.goto('/')
  await page.evaluate((key) => {
    localStorage.clear()
    localStorage.setItem(key, '{"savedAt":"x","report":{"format":"gov-info-annual-report","schemaVersion":1,"meta":')
  }, DRAFT_KEY)
  await page.reload()
  await expect(page.getByRole('alert').filter({ hasText: '上次的草稿已损坏' })).toBeVisible()
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':damaged:')))
  expect(kept).toHaveLength(1)
  const keptValue = await page.evaluate((k) => localStorage.getItem(k), kept[0]!)
  expect(keptValue).toContain('"meta":')
  await page.getByLabel('机关全称', { exact: true }).fill('新草稿镇人民政府')
  await page.waitForTimeout(400)
  // The damaged copy is still there after the new draft has been saved.
  expect(await page.evaluate((k) => localStorage.getItem(k), kept[0]!)).toBe(keptValue)
})

test('opening a bad file shows a Chinese error and leaves the draft untouched', async ({ page }) => {
  await freshApp(page)
  await page.getByLabel('机关全称', { exact: true }).fill('原草稿镇人民政府')
  mkdirSync('test-results/files', { recursive: true })
  const cases: [string, string, RegExp][] = [
    ['broken.json', '{ not json', /不是有效的 JSON/],
    ['other.json', JSON.stringify({ format: 'something-else', schemaVersion: 1 }), /不是政府信息公开工作年度报告文件/],
    ['v9.json', JSON.stringify({ format: 'gov-info-annual-report', schemaVersion: 9 }), /不支持的文件版本/],
    ['notes.txt', 'hello', /只能打开/],
  ]
  for (const [name, content, message] of cases) {
    const path = `test-results/files/${name}`
    writeFileSync(path, content)
    await page.getByTestId('open-file').setInputFiles(path)
    const dialog = page.getByRole('dialog')
    await expect(dialog).toContainText('无法打开此文件')
    await expect(dialog).toContainText(message)
    await dialog.getByRole('button', { name: '知道了' }).click()
    await expect(page.getByLabel('机关全称', { exact: true })).toHaveValue('原草稿镇人民政府')
  }
})

test('save, then open the saved report file; 新建报告 asks before discarding', async ({ page }) => {
  await freshApp(page)
  await page.getByLabel('机关全称', { exact: true }).fill('保存镇人民政府')
  await openPage(page, '三 申请情况')
  await typeCell(page, 'table3/newReceived/commercial', '4')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '保存报告' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('保存镇人民政府2025年政府信息公开工作年度报告.json')
  const path = 'test-results/files/saved.json'
  await file.saveAs(path)

  await page.getByRole('button', { name: '新建报告' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click()
  await expect(page.locator('.doc-title')).toContainText('保存镇人民政府')
  await page.getByRole('button', { name: '新建报告' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '清空并新建' }).click()
  await expect(page.getByLabel('机关全称', { exact: true })).toHaveValue('')

  await page.getByTestId('open-file').setInputFiles(path)
  await page.getByRole('dialog').getByRole('button', { name: '替换当前草稿' }).click()
  await expect(page.getByLabel('机关全称', { exact: true })).toHaveValue('保存镇人民政府')
  await openPage(page, '三 申请情况')
  await expect(cell(page, 'table3/newReceived/commercial')).toHaveValue('4')
})
