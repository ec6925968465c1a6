// The live A4 preview: the same render model as the Word export, redrawn shortly after the
// user pauses (no change, key or click for PREVIEW_DELAY_MS: lib/after-pause.ts), never on a
// keystroke. It listens through a watch callback, so a keystroke costs it an assignment, not a
// render; the redraw is a transition, which React interrupts for a key pressed meanwhile.
import { lazy, startTransition, Suspense, useEffect, useState } from 'react'
import { useFormContext } from 'react-hook-form'
import type { FormValues } from '@/form/form-values'
import { useCurrentReport } from '@/form/use-report'
import type { Report } from '@/report/schema'
import { afterPause } from '@/lib/after-pause'

const PREVIEW_DELAY_MS = 250
// The preview (pagination and page rendering) loads when it is first shown, not with the app.
const DocumentPreview = lazy(() => import('@/preview/document-preview').then((m) => ({ default: m.DocumentPreview })))

export function PreviewPane({ scale }: { scale: number }) {
  const { watch } = useFormContext<FormValues>()
  const currentReport = useCurrentReport()
  const [report, setReport] = useState<Report>(currentReport)
  useEffect(() => {
    const pause = afterPause(() => startTransition(() => setReport(currentReport())), { quietMs: PREVIEW_DELAY_MS })
    const sub = watch(() => pause.changed())
    return () => {
      sub.unsubscribe()
      pause.cancel()
    }
  }, [watch, currentReport])
  return (
    <div className="preview-pane" data-testid="preview">
      <Suspense fallback={<p className="muted">正在准备预览……</p>}>
        <DocumentPreview report={report} scale={scale} />
      </Suspense>
    </div>
  )
}
