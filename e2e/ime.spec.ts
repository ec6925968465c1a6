// IME-safe input, driven through the Chrome DevTools Protocol as a Chinese IME drives Chrome.
import { expect, test } from '@playwright/test'
import { cell, freshApp, openPage } from './helpers'

test('composition in a table cell: nothing lost or duplicated', async ({ page }) => {
  await freshApp(page)
  await openPage(page, '三 申请情况')
  const input = cell(page, 'table3/newReceived/naturalPerson')
  await input.click()
  const cdp = await page.context().newCDPSession(page)
  // A full-width "１" composed, then committed as "１２".
  await cdp.send('Input.imeSetComposition', { text: '１', selectionStart: 1, selectionEnd: 1 })
  await cdp.send('Input.imeSetComposition', { text: '１２', selectionStart: 2, selectionEnd: 2 })
  await expect(input).toHaveValue('１２')
  await cdp.send('Input.insertText', { text: '１２' })
  await expect(input).toHaveValue('１２')
  await expect(cell(page, 'table3/newReceived/total')).toHaveText('12')
  await input.press('Tab')
  await expect(input).toHaveValue('12')
})

test('composition in a narrative field keeps every character', async ({ page }) => {
  await freshApp(page)
  await openPage(page, '一 总体情况')
  const area = page.getByRole('textbox', { name: '（二）依申请公开' })
  await area.click()
  const cdp = await page.context().newCDPSession(page)
  await page.keyboard.type('本年')
  await cdp.send('Input.imeSetComposition', { text: 'wei', selectionStart: 3, selectionEnd: 3 })
  await cdp.send('Input.imeSetComposition', { text: 'weishou', selectionStart: 7, selectionEnd: 7 })
  await cdp.send('Input.insertText', { text: '未收到' })
  await cdp.send('Input.imeSetComposition', { text: 'shenqing', selectionStart: 8, selectionEnd: 8 })
  await cdp.send('Input.insertText', { text: '申请' })
  await page.keyboard.type('。')
  await expect(area).toHaveValue('本年未收到申请。')
  await expect(page.locator('.narrative-field', { has: area }).locator('.char-count')).toHaveText('8 字')
  await page.reload()
  await openPage(page, '一 总体情况')
  await expect(page.getByRole('textbox', { name: '（二）依申请公开' })).toHaveValue('本年未收到申请。')
})
