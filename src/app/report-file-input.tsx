// The hidden picker behind 打开报告 and 以上年报告为底稿: a report file (.json), a Word report, or
// a published web page or PDF (report-file.md §10).
import type { RefObject } from 'react'
import { REPORT_FILE_ACCEPT } from '@/import/report-files'

interface Props {
  ref: RefObject<HTMLInputElement | null>
  label: string
  testId: string
  onFile(file: File): Promise<void>
}

export function ReportFileInput({ ref, label, testId, onFile }: Props) {
  return (
    <input ref={ref} type="file" accept={REPORT_FILE_ACCEPT} hidden aria-label={label} data-testid={testId}
      onChange={(e) => {
        const file = e.target.files?.[0]
        e.target.value = '' // picking the same file again must fire change again
        if (file) void onFile(file)
      }} />
  )
}
