// Promise-based modal dialogs (native <dialog>): confirmations before destructive actions and
// messages that must be read (a file that cannot be opened).
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'

export interface DialogRequest {
  title: string
  body: ReactNode
  confirmLabel?: string
  cancelLabel?: string | null
  tone?: 'info' | 'danger'
}

interface Pending extends DialogRequest {
  resolve(ok: boolean): void
}

export function useDialog() {
  const [pending, setPending] = useState<Pending | null>(null)
  const ask = useCallback(
    (request: DialogRequest) => new Promise<boolean>((resolve) => setPending({ ...request, resolve })),
    [],
  )
  const close = (ok: boolean) => {
    pending?.resolve(ok)
    setPending(null)
  }
  return { ask, element: pending ? <DialogView request={pending} onClose={close} /> : null }
}

function DialogView({ request, onClose }: { request: DialogRequest; onClose(ok: boolean): void }) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])
  return (
    <dialog ref={ref} className={`dialog ${request.tone ?? 'info'}`} aria-labelledby="dialog-title"
      onCancel={(e) => { e.preventDefault(); onClose(false) }}>
      <h2 id="dialog-title">{request.title}</h2>
      <div className="dialog-body">{request.body}</div>
      <div className="dialog-actions">
        {request.cancelLabel !== null && (
          <button type="button" onClick={() => onClose(false)}>{request.cancelLabel ?? '取消'}</button>
        )}
        <button type="button" className={request.tone === 'danger' ? 'danger' : 'primary'} autoFocus onClick={() => onClose(true)}>
          {request.confirmLabel ?? '确定'}
        </button>
      </div>
    </dialog>
  )
}
