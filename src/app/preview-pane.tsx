// The live A4 preview: the same render model as the Word export, redrawn shortly after the
// user pauses typing (never on every keystroke). It listens through a watch callback, so a
// keystroke costs it a timer reset, not a render.
import { lazy, Suspense, useEffect, useState } from 'react'
import { useFormContext } from 'react-hook-form'
import type { FormValues } from '@/form/form-values'
import { useCurrentReport } from '@/form/use-report'
import type { Report } from '@/report/schema'

const PREVIEW_DELAY_MS = 250
// The preview (pagination and page rendering) loads when it is first shown, not with the app.
const DocumentPreview = lazy(() => import('@/preview/document-preview').then((m) => ({ default: m.DocumentPreview })))

export function PreviewPane({ scale }: { scale: number }) {
  const { watch } = useFormContext<FormValues>()
  const currentReport = useCurrentReport()
  const [report, setReport] = useState<Report>(currentReport)
  useEffect(() => {
    let timer: number | undefined
    const sub = watch(() => {
      window.clearTimeout(timer)
      timer = window.setTimeout(() => setReport(currentReport()), PREVIEW_DELAY_MS)
    })
    return () => {
      sub.unsubscribe()
      window.clearTimeout(timer)
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
