// Short messages at the bottom of the screen (what was pasted, what was refused and why).
import { useCallback, useState } from 'react'

export interface Toast {
  id: number
  message: string
  tone: 'info' | 'error'
}

let nextId = 1

export function useToasts() {
  const [toasts, setToasts] = useState<Toast[]>([])
  const notify = useCallback((message: string, tone: 'info' | 'error' = 'info') => {
    const id = nextId++
    setToasts((list) => [...list.slice(-2), { id, message, tone }])
    window.setTimeout(() => setToasts((list) => list.filter((t) => t.id !== id)), tone === 'error' ? 8000 : 4000)
  }, [])
  return { toasts, notify }
}

export function Toasts({ toasts }: { toasts: Toast[] }) {
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`toast ${t.tone}`}>{t.message}</div>
      ))}
    </div>
  )
}
