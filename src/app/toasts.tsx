// Short messages at the bottom of the screen (what was pasted, what was refused and why), some
// with one action (撤销 after a delete).
import { useCallback, useState } from 'react'

interface ToastAction {
  label: string
  run(): void
}

export interface Toast {
  id: number
  message: string
  tone: 'info' | 'error'
  action?: ToastAction
}

export type Notify = (message: string, tone?: 'info' | 'error', action?: ToastAction) => void

let nextId = 1

export function useToasts() {
  const [toasts, setToasts] = useState<Toast[]>([])
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), [])
  const notify = useCallback<Notify>((message, tone = 'info', action) => {
    const id = nextId++
    setToasts((list) => [...list.slice(-2), { id, message, tone, ...(action ? { action } : {}) }])
    // An action stays longer: the user has to read the message and decide.
    window.setTimeout(() => dismiss(id), action ? 10_000 : tone === 'error' ? 8000 : 4000)
  }, [dismiss])
  return { toasts, notify, dismiss }
}

export function Toasts({ toasts, dismiss }: { toasts: Toast[]; dismiss(id: number): void }) {
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`toast ${t.tone}`}>
          {t.message}
          {t.action && (
            <button type="button" className="toast-action" onClick={() => { t.action?.run(); dismiss(t.id) }}>{t.action.label}</button>
          )}
        </div>
      ))}
    </div>
  )
}
