// 保存报告 (the report file) and 导出 Word (blocked while errors remain). The Word library loads
// only when the user exports.
import { reportFileName } from '@/report/format'
import type { Report } from '@/report/schema'
import { hasErrors, issueCounts } from '@/report/issue'
import { downloadBlob } from '@/lib/download'
import type { Notify } from './toasts'

interface Deps {
  currentReport(): Report
  notify: Notify
  previous: Report | null
  showReview(): void
  /** Each Word export keeps the exported state as a version. */
  exported(report: Report): Promise<void>
}

export function useExportActions({ currentReport, notify, previous, showReview, exported }: Deps) {
  const onSave = () => {
    const report = currentReport()
    const blob = new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' })
    downloadBlob(blob, reportFileName(report.meta, 'json'))
    notify('报告文件已下载。请妥善保存，明年可用它作为底稿。')
  }

  const onExport = async () => {
    const report = currentReport()
    const { checkInBrowser } = await import('@/worker/browser-jobs')
    const { issues } = await checkInBrowser(report, { previous })
    if (hasErrors(issues)) {
      showReview()
      notify(`还有 ${issueCounts(issues).errors} 个错误，改正后才能导出 Word`, 'error')
      return
    }
    try {
      const { exportReportDocx } = await import('@/docx/export-docx')
      // A user-timing measure: the bench reads it (it costs nothing otherwise).
      const started = performance.now()
      const blob = await exportReportDocx(report)
      performance.measure('docx-export', { start: started })
      downloadBlob(blob, reportFileName(report.meta, 'docx'))
      await exported(report)
      const warnings = issues.length
      notify(warnings > 0 ? `已导出 Word。另有 ${warnings} 个提醒，建议发布前再核对。` : '已导出 Word。')
    } catch {
      notify('导出失败：请检查网络后重试（首次导出需加载排版组件），或保存报告后刷新页面。', 'error')
    }
  }

  return { onSave, onExport }
}
