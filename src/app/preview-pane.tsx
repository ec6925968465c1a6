// The live A4 preview: the same render model as the Word export, redrawn shortly after the
// user pauses typing (never on every keystroke).
import { useEffect, useState } from 'react'
import { useWatch } from 'react-hook-form'
import { fromFormValues, type FormValues } from '@/form/form-values'
import { DocumentPreview } from '@/preview/document-preview'
import type { Report } from '@/report/schema'

const PREVIEW_DELAY_MS = 250

export function PreviewPane({ scale }: { scale: number }) {
  const values = useWatch<FormValues>() as FormValues
  const [report, setReport] = useState<Report>(() => fromFormValues(values))
  useEffect(() => {
    const timer = window.setTimeout(() => setReport(fromFormValues(values)), PREVIEW_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [values])
  return (
    <div className="preview-pane" data-testid="preview">
      <DocumentPreview report={report} scale={scale} />
    </div>
  )
}
