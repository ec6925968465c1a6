// Short messages at the bottom of the screen (what was pasted, what was refused and why), some
// with one action (撤销 after a delete). The list lives in a small store that only <Toasts>
// listens to: a message (after every paste, say) renders the messages, not the editor around them.
import { useMemo, useSyncExternalStore } from 'react'

interface ToastAction {
  label: string
  run(): void
}

interface Toast {
  id: number
  message: string
  tone: 'info' | 'error'
  action?: ToastAction
}

export type Notify = (message: string, tone?: 'info' | 'error', action?: ToastAction) => void

let nextId = 1

interface ToastStore {
  notify: Notify
  dismiss(id: number): void
  list(): Toast[]
  subscribe(listener: () => void): () => void
}

function createToastStore(): ToastStore {
  let toasts: Toast[] = []
  const listeners = new Set<() => void>()
  const set = (next: Toast[]) => {
    toasts = next
    listeners.forEach((l) => l())
  }
  const dismiss = (id: number) => set(toasts.filter((t) => t.id !== id))
  return {
    notify(message, tone = 'info', action) {
      const id = nextId++
      set([...toasts.slice(-2), { id, message, tone, ...(action ? { action } : {}) }])
      // An action stays longer: the user has to read the message and decide.
      window.setTimeout(() => dismiss(id), action ? 10_000 : tone === 'error' ? 8000 : 4000)
    },
    dismiss,
    list: () => toasts,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** The messages of one editor: notify is stable, and calling it renders only <Toasts store>. */
export function useToasts(): { store: ToastStore; notify: Notify } {
  const store = useMemo(() => createToastStore(), [])
  return { store, notify: store.notify }
}

export function Toasts({ store }: { store: ToastStore }) {
  const toasts = useSyncExternalStore(store.subscribe, store.list)
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`toast ${t.tone}`}>
          {t.message}
          {t.action && (
            <button type="button" className="toast-action" onClick={() => { t.action?.run(); store.dismiss(t.id) }}>{t.action.label}</button>
          )}
        </div>
      ))}
    </div>
  )
}
