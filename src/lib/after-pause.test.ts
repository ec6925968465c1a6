import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterPause } from './after-pause'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] })
})
afterEach(() => {
  vi.useRealTimers()
})

const key = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: '1' }))
const click = () => document.dispatchEvent(new Event('pointerdown'))

describe('afterPause', () => {
  it('runs once, quietMs after the last change', () => {
    const work = vi.fn()
    const task = afterPause(work, { quietMs: 100 })
    for (let i = 0; i < 5; i++) {
      task.changed()
      vi.advanceTimersByTime(50)
    }
    expect(work).not.toHaveBeenCalled()
    expect(task.pending()).toBe(true)
    vi.advanceTimersByTime(60)
    expect(work).toHaveBeenCalledTimes(1)
    expect(task.pending()).toBe(false)
    vi.advanceTimersByTime(1000)
    expect(work).toHaveBeenCalledTimes(1)
  })

  it('arms one timer for a burst of changes, not one per change', () => {
    const spy = vi.spyOn(globalThis, 'setTimeout')
    const task = afterPause(() => {}, { quietMs: 100 })
    for (let i = 0; i < 30; i++) {
      task.changed()
      vi.advanceTimersByTime(10)
    }
    // One when the burst began, one more each time it fired before the pause came (every 100 ms).
    expect(spy.mock.calls.length).toBeLessThanOrEqual(4)
    spy.mockRestore()
  })

  it('waits while keys and clicks go on, even when they change nothing', () => {
    const work = vi.fn()
    const task = afterPause(work, { quietMs: 100 })
    task.changed()
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(60)
      if (i % 2) click()
      else key()
    }
    expect(work).not.toHaveBeenCalled()
    vi.advanceTimersByTime(100)
    expect(work).toHaveBeenCalledTimes(1)
  })

  it('runs after maxWaitMs while the user keeps typing without a pause', () => {
    const work = vi.fn()
    const task = afterPause(work, { quietMs: 100, maxWaitMs: 500 })
    for (let t = 0; t < 1200; t += 30) {
      key()
      task.changed()
      vi.advanceTimersByTime(30)
    }
    expect(work.mock.calls.length).toBe(2)
  })

  it('runs nothing after cancel', () => {
    const work = vi.fn()
    const task = afterPause(work, { quietMs: 100 })
    task.changed()
    task.cancel()
    vi.advanceTimersByTime(500)
    expect(work).not.toHaveBeenCalled()
    expect(task.pending()).toBe(false)
  })
})
