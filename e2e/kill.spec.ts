// Nothing lost when the browser dies: a cell and a narrative field typed into, the browser killed
// (SIGKILL to all its processes, as a power cut or a forced restart does) 300 ms after the last
// keystroke, and restarted on the same profile: both are there, in the report that reopens.
import { expect, test } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { kill, launchKillable, type KillableBrowser } from './hard-kill.ts'

const URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/`

test('a browser killed 300 ms after typing keeps the keystrokes', async () => {
  test.skip(process.platform !== 'linux', 'kills processes through /proc')
  const profile = mkdtempSync(join(tmpdir(), 'kill-profile-'))
  let b: KillableBrowser | undefined
  try {
    b = await launchKillable(profile)
    await b.page.goto(URL)
    await b.page.getByLabel('机关全称', { exact: true }).fill('断电镇人民政府')
    await b.page.locator('.section-nav button', { hasText: '三 申请情况' }).click()
    const cell = b.page.locator('[data-cell-id="table3/newReceived/commercial"]')
    await cell.click()
    await b.page.keyboard.type('37')
    await b.page.locator('.section-nav button', { hasText: '五 问题改进' }).click()
    await b.page.getByRole('textbox', { name: '（一）存在问题' }).click()
    await b.page.keyboard.type('公开栏更新不及时')
    await b.page.waitForTimeout(300)
    await kill(b)

    b = await launchKillable(profile)
    await b.page.goto(URL)
    await expect(b.page.getByLabel('机关全称', { exact: true })).toHaveValue('断电镇人民政府')
    await b.page.locator('.section-nav button', { hasText: '三 申请情况' }).click()
    await expect(b.page.locator('[data-cell-id="table3/newReceived/commercial"]')).toHaveValue('37')
    await b.page.locator('.section-nav button', { hasText: '五 问题改进' }).click()
    await expect(b.page.getByRole('textbox', { name: '（一）存在问题' })).toHaveValue('公开栏更新不及时')
  } finally {
    if (b) await kill(b)
    rmSync(profile, { recursive: true, force: true })
  }
})
