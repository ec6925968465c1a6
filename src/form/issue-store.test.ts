import { describe, expect, it, vi } from 'vitest'
import type { Issue } from '@/report/issue'
import { createIssueStore } from './issue-store'

const issue = (message: string): Issue => ({ ruleId: 'T3-BALANCE', severity: 'error', section: 'requests', cells: ['table3/newReceived/naturalPerson'], message })

describe('createIssueStore', () => {
  it('tells no one when a check run finds what the last one found (typing rarely changes the findings)', () => {
    const store = createIssueStore()
    const listener = vi.fn()
    store.subscribe(listener)
    store.set([issue('差 1')], { requests: 'error' })
    expect(listener).toHaveBeenCalledTimes(1)
    const before = store.all()
    const status = store.status()
    // A new run: new objects, same findings and statuses.
    store.set([issue('差 1')], { requests: 'error' })
    expect(listener).toHaveBeenCalledTimes(1)
    expect(store.all()).toBe(before)
    expect(store.status()).toBe(status)
    expect(store.forCell('table3/newReceived/naturalPerson')).toBe('差 1')
  })

  it('publishes a changed finding, and keeps the status object when only the findings changed', () => {
    const store = createIssueStore()
    const listener = vi.fn()
    store.subscribe(listener)
    store.set([issue('差 1')], { requests: 'error' })
    const status = store.status()
    store.set([issue('差 2')], { requests: 'error' })
    expect(listener).toHaveBeenCalledTimes(2)
    expect(store.forCell('table3/newReceived/naturalPerson')).toBe('差 2')
    expect(store.status()).toBe(status)
    store.set([issue('差 2')], { requests: 'done' })
    expect(listener).toHaveBeenCalledTimes(3)
    expect(store.status()).toEqual({ requests: 'done' })
  })
})
