// 打印: the A4 preview at full size, outside the app's root, as the only thing the print media
// shows. The same pages, margins, fonts and page numbers as the preview and the Word export, from
// the same render model and metrics: no second layout. Mounted once its chunk has loaded (at idle
// after start-up, so Ctrl+P works offline from any section); it draws the report only while
// printing, handed over by the app in `beforeprint` or by the 打印 button.
import { createPortal } from 'react-dom'
import type { Report } from '@/report/schema'
import { DocumentPreview } from './document-preview'
import { PRINT_PAGE_RULE } from './page-style'
import './print-report.css'

export function PrintReport({ report }: { report: Report | null }) {
  return createPortal(
    <div className="print-root" data-testid="print-root">
      <style>{PRINT_PAGE_RULE}</style>
      {report && <DocumentPreview report={report} scale={1} />}
    </div>,
    document.body,
  )
}
