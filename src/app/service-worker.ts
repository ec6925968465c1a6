// Registers the offline service worker once and keeps what it announces (a new version is
// waiting; the app now works offline) in a tiny store that the update prompt subscribes to.
// Under `npm run dev` and in unit tests virtual:pwa-register is a no-op (devOptions disabled).
import { registerSW } from 'virtual:pwa-register'

export interface ServiceWorkerState {
  /** A new version is installed and waits for the user's 更新. */
  needRefresh: boolean
  /** Everything is precached: the app opens and exports without a network. */
  offlineReady: boolean
  /** Another tab applied the update: this tab still runs the old files and should reload. */
  reloadNeeded: boolean
}

const INITIAL: ServiceWorkerState = { needRefresh: false, offlineReady: false, reloadNeeded: false }

let state = INITIAL
const listeners = new Set<() => void>()
let updateSW: ((reloadPage?: boolean) => Promise<void>) | null = null
let updateRequestedHere = false
let registration: ServiceWorkerRegistration | undefined
// The waiting worker already announced. workbox-window reports one new version twice (its
// 'installed' event, then 'waiting' 200 ms later), so 稍后 clicked in between would be undone.
let announcedWorker: ServiceWorker | null = null

function announceRefresh(): void {
  const waiting = registration?.waiting ?? null
  if (waiting && waiting === announcedWorker) return
  announcedWorker = waiting
  set({ needRefresh: true })
}

function set(patch: Partial<ServiceWorkerState>): void {
  state = { ...state, ...patch }
  for (const listener of listeners) listener()
}

export function registerServiceWorker(): void {
  if (updateSW) return
  updateSW = registerSW({
    onNeedRefresh: announceRefresh,
    onRegisteredSW: (_url, found) => { registration = found },
    onOfflineReady: () => set({ offlineReady: true }),
    // The new worker took control. Only the tab whose user chose 更新 reloads by itself; another
    // tab may hold unsaved typing or a dialog, so it is asked instead of being reloaded under
    // the user's feet.
    onNeedReload: () => {
      if (updateRequestedHere) window.location.reload()
      else set({ needRefresh: false, reloadNeeded: true })
    },
  })
}

export function subscribeServiceWorker(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function serviceWorkerState(): ServiceWorkerState {
  return state
}

/** Activates the waiting version; the page reloads once it controls this tab. */
export async function applyUpdate(): Promise<void> {
  updateRequestedHere = true
  set({ needRefresh: false })
  await updateSW?.(true)
}

export function dismissServiceWorkerNotice(key: 'needRefresh' | 'offlineReady'): void {
  set({ [key]: false })
}

/** Test support: forget the registration and the announcements. */
export function resetServiceWorkerForTests(): void {
  state = INITIAL
  updateSW = null
  updateRequestedHere = false
  registration = undefined
  announcedWorker = null
  listeners.clear()
}
