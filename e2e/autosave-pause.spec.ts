// The autosave waits for a pause in typing, but nothing typed waits long: every key is stored
// within 300 ms (report-file.md §6), so a burst without a pause is saved every 200 ms, a pause finds
// the last key stored, and a tab closed in mid-burst saves at once (pagehide).
// What is checked is what IndexedDB holds, read in the page itself.
import { expect, test, type Page } from '@playwright/test'
import { freshApp, openPage } from './helpers'

/** 五（一）存在问题 as stored in the one report of the workspace, straight from IndexedDB (run in the page). */
function readStored(): Promise<string | null> {
  return new Promise<string | null>((resolve, reject) => {
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
  })
}

const storedText = (page: Page) => page.evaluate(readStored)

test('a burst without a pause is saved as it goes; a pause saves the last key; closing mid-burst saves at once', async ({ page }) => {
  await freshApp(page)
  await openPage(page, '五 问题改进')
  const box = page.getByRole('textbox', { name: '（一）存在问题' })
  await box.click()
  // Keys 20 ms apart, sent from the page's own timer (Playwright's round trips on a busy machine
  // leave gaps long enough to count as pauses), for as long as IndexedDB holds none of them: the
  // burst ends a few keys after a save made in the middle of it is seen. How soon: the first save
  // holds the keys typed when it was taken, so the page's own clock at its last key says when
  // (about 250 ms by the rule; 2 s with last round's bound). The time IndexedDB takes to write
  // does not count; 1.5 s leaves a loaded machine's stalled timers room without letting 2 s pass.
  await page.evaluate(`window.readStored = ${readStored}`) // a string: the page's CSP allows no eval of its own
  const burst = await page.evaluate(() => new Promise<{ typed: number; storedMidBurst: number; savedAfterMs: number }>((done, fail) => {
    const el = document.activeElement as HTMLTextAreaElement
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!
    const stored = (window as unknown as { readStored: () => Promise<string | null> }).readStored
    let storedMidBurst = 0
    const typedAt: number[] = []
    const timer = setInterval(() => {
      typedAt.push(performance.now())
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }))
      setValue.call(el, el.value + 'a')
      el.dispatchEvent(new Event('input', { bubbles: true }))
      // A few keys more after the save was seen: the burst did not pause for it.
      if (storedMidBurst > 0 && el.value.length >= storedMidBurst + 5) {
        clearInterval(timer)
        done({ typed: el.value.length, storedMidBurst, savedAfterMs: typedAt[storedMidBurst - 1]! - typedAt[0]! })
      } else if (el.value.length > 1500) {
        clearInterval(timer)
        fail(new Error('30 s of keys without a pause and nothing saved'))
      }
    }, 20)
    const look = () => stored().then((text) => {
      if (text && /^a+$/.test(text)) storedMidBurst = text.length
      else setTimeout(look, 50)
    }, fail)
    look()
  }))
  expect(burst.savedAfterMs).toBeLessThan(1500)
  expect(burst.storedMidBurst).toBeLessThan(burst.typed)
  await expect(box).toHaveValue('a'.repeat(burst.typed))

  // A pause: the last key is stored.
  await expect.poll(() => storedText(page)).toBe('a'.repeat(burst.typed))

  // Keys without a pause, then the tab is reloaded at once: pagehide saves what was typed.
  await page.keyboard.type('bcd')
  await page.reload()
  await openPage(page, '五 问题改进')
  await expect(page.getByRole('textbox', { name: '（一）存在问题' })).toHaveValue(`${'a'.repeat(burst.typed)}bcd`)
  await expect.poll(() => storedText(page)).toBe(`${'a'.repeat(burst.typed)}bcd`)
})
