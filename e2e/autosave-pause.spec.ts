// The autosave waits for a pause in typing, but nothing typed waits long: every key is stored
// within 300 ms (report-file.md §6), so a burst without a pause is saved every 200 ms, a pause finds
// the last key stored, and a tab closed in mid-burst saves at once (pagehide).
// What is checked is what IndexedDB holds, read in the page itself.
import { expect, test, type Page } from '@playwright/test'
import { freshApp, openPage } from './helpers'

/** 五（一）存在问题 as stored in the one report of the workspace, straight from IndexedDB. */
async function storedText(page: Page): Promise<string | null> {
  return page.evaluate(() => new Promise<string | null>((resolve, reject) => {
    const open = indexedDB.open('gov-info-annual-report')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const db = open.result
      const all = db.transaction('bodies').objectStore('bodies').getAll()
      all.onsuccess = () => {
        const bodies = all.result as { report: { problems: { problems: string } } }[]
        db.close()
        if (bodies.length !== 1) reject(new Error(`${bodies.length} reports stored`))
        else resolve(bodies[0]!.report.problems.problems)
      }
      all.onerror = () => reject(all.error)
    }
  }))
}

test('a burst without a pause is saved as it goes; a pause saves the last key; closing mid-burst saves at once', async ({ page }) => {
  await freshApp(page)
  await openPage(page, '五 问题改进')
  const box = page.getByRole('textbox', { name: '（一）存在问题' })
  await box.click()
  // 3 s of keys 20 ms apart, sent from the page's own timer (Playwright's round trips on a busy
  // machine leave gaps long enough to count as pauses): no pause for the autosave to use. 600 ms
  // after the 25th key (300 ms by the rule, doubled for a loaded machine), the page reads what
  // IndexedDB holds.
  const burst = page.evaluate(() => new Promise<number>((done, fail) => {
    const el = document.activeElement as HTMLTextAreaElement
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!
    let n = 0
    let storedMidBurst: Promise<number> | null = null
    const readStored = () => new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('gov-info-annual-report')
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const all = open.result.transaction('bodies').objectStore('bodies').getAll()
        all.onsuccess = () => {
          open.result.close()
          resolve((all.result as { report: { problems: { problems: string } } }[])[0]?.report.problems.problems.length ?? 0)
        }
        all.onerror = () => reject(all.error)
      }
    })
    const timer = setInterval(() => {
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }))
      setValue.call(el, el.value + 'a')
      el.dispatchEvent(new Event('input', { bubbles: true }))
      if (++n === 25) storedMidBurst = new Promise((resolve) => setTimeout(resolve, 600)).then(readStored)
      if (n === 150) {
        clearInterval(timer)
        storedMidBurst!.then(done, fail)
      }
    }, 20)
  }))
  expect(await burst).toBeGreaterThanOrEqual(25)
  expect(await box.inputValue()).toBe('a'.repeat(150))

  // A pause: 300 ms after the last key, the last key is stored.
  await page.waitForTimeout(300)
  expect(await storedText(page)).toBe('a'.repeat(150))

  // Keys without a pause, then the tab is reloaded at once: pagehide saves what was typed.
  await page.keyboard.type('bcd')
  await page.reload()
  await openPage(page, '五 问题改进')
  await expect(page.getByRole('textbox', { name: '（一）存在问题' })).toHaveValue(`${'a'.repeat(150)}bcd`)
  await expect.poll(() => storedText(page)).toBe(`${'a'.repeat(150)}bcd`)
})
