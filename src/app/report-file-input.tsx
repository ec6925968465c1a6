// The hidden picker behind 打开报告 and 以上年报告为底稿: a report file (.json) or a Word report.
import type { RefObject } from 'react'

interface Props {
  ref: RefObject<HTMLInputElement | null>
  label: string
  testId: string
  onFile(file: File): Promise<void>
}

export function ReportFileInput({ ref, label, testId, onFile }: Props) {
  return (
    <input ref={ref} type="file" accept=".json,.docx,application/json" hidden aria-label={label} data-testid={testId}
      onChange={(e) => {
        const file = e.target.files?.[0]
        e.target.value = '' // picking the same file again must fire change again
        if (file) void onFile(file)
      }} />
  )
}
