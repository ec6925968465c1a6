// The update prompt: a waiting version is announced and applied only on 更新; 稍后 hides it;
// "已可离线使用" can be dismissed; a tab that did not ask for the update is asked to reload.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import type { RegisterSWOptions } from 'vite-plugin-pwa/types'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { resetServiceWorkerForTests } from './service-worker'
import { UpdatePrompt } from './update-prompt'

const sw = vi.hoisted(() => ({ options: undefined as RegisterSWOptions | undefined, registrations: 0, update: vi.fn(async () => {}) }))
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: RegisterSWOptions) => {
    sw.options = options
    sw.registrations++
    return sw.update
  },
}))

beforeEach(() => {
  resetServiceWorkerForTests()
  sw.options = undefined
  sw.registrations = 0
  sw.update.mockClear()
})
afterEach(cleanup)

describe('UpdatePrompt', () => {
  it('registers once, shows nothing until the worker reports', () => {
    const { container, rerender, unmount } = render(<UpdatePrompt />)
    rerender(<UpdatePrompt />)
    unmount()
    render(<UpdatePrompt />)
    expect(sw.registrations).toBe(1)
    expect(sw.options).toBeDefined()
    expect(container.innerHTML).toBe('')
  })

  it('announces a new version; 稍后 hides it, 更新 activates it', async () => {
    render(<UpdatePrompt />)
    act(() => sw.options!.onNeedRefresh!())
    expect(screen.getByTestId('update-prompt').textContent).toContain('有新版本可用')
    fireEvent.click(screen.getByRole('button', { name: '稍后' }))
    expect(screen.queryByTestId('update-prompt')).toBeNull()
    expect(sw.update).not.toHaveBeenCalled()

    act(() => sw.options!.onNeedRefresh!())
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '更新' })))
    expect(sw.update).toHaveBeenCalledWith(true)
  })

  it('one waiting version reported twice (installed, then waiting) is announced once: 稍后 holds', () => {
    render(<UpdatePrompt />)
    const registration = { waiting: { scriptURL: 'sw.js?v2' } } as unknown as ServiceWorkerRegistration
    act(() => sw.options!.onRegisteredSW!('sw.js', registration))
    act(() => sw.options!.onNeedRefresh!())
    fireEvent.click(screen.getByRole('button', { name: '稍后' }))
    act(() => sw.options!.onNeedRefresh!())
    expect(screen.queryByTestId('update-prompt')).toBeNull()

    // A later version is a new worker: announced again.
    Object.assign(registration, { waiting: { scriptURL: 'sw.js?v3' } })
    act(() => sw.options!.onNeedRefresh!())
    expect(screen.getByTestId('update-prompt').textContent).toContain('有新版本可用')
  })

  it('says once that the app works offline, and can be dismissed', () => {
    render(<UpdatePrompt />)
    act(() => sw.options!.onOfflineReady!())
    expect(screen.getByTestId('offline-ready').textContent).toContain('已可离线使用')
    fireEvent.click(screen.getByRole('button', { name: '知道了' }))
    expect(screen.queryByTestId('offline-ready')).toBeNull()
  })

  it('asks this tab to reload when another tab applied the update, instead of reloading it', () => {
    render(<UpdatePrompt />)
    act(() => sw.options!.onNeedRefresh!())
    // jsdom cannot reload: a reload here would log "Not implemented" and fail the page check.
    act(() => sw.options!.onNeedReload!())
    expect(screen.getByTestId('update-prompt').textContent).toContain('新版本已在另一个标签页启用')
    expect(screen.getByRole('button', { name: '刷新' })).toBeDefined()
  })
})
