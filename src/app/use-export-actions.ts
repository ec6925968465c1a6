// 保存报告 (the report file), 导出 Word (blocked while errors remain) and 导出草稿 (any time, every
// page headed 草稿 with the open errors). The Word library loads only when the user exports.
import { reportFileName } from '@/report/format'
import type { Report } from '@/report/schema'
import { hasErrors, issueCounts, type Issue } from '@/report/issue'
import { downloadBlob } from '@/lib/download'
import type { Notify } from './toasts'

interface Deps {
  currentReport(): Report
  notify: Notify
  previous: Report | null
  /** What the importer noticed in the opened file: the editor's check list counts them too. */
  importFindings: readonly Issue[]
  showReview(): void
  /** Each Word export keeps the exported state as a version. */
  exported(report: Report): Promise<void>
}

/** 保存报告: the report file (.json) downloaded; the one way to keep a report outside the browser. */
export function downloadReportFile(report: Report): void {
  const blob = new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' })
  downloadBlob(blob, reportFileName(report.meta, 'json'))
}

const EXPORT_FAILED = '导出失败：请检查网络后重试（首次导出需加载排版组件），或保存报告后刷新页面。'

export function useExportActions({ currentReport, notify, previous, importFindings, showReview, exported }: Deps) {
  const onSave = () => {
    downloadReportFile(currentReport())
    notify('报告文件已下载。请妥善保存，明年可用它作为底稿。')
  }

  /**
   * The report's findings by the one check pipeline (in a worker), with the check list's context;
   * null (and said) where the check could not be loaded: nothing is exported unchecked.
   */
  const check = async (report: Report): Promise<Issue[] | null> => {
    try {
      const { checkInBrowser } = await import('@/worker/browser-jobs')
      return (await checkInBrowser(report, { previous, importFindings })).issues
    } catch {
      notify(EXPORT_FAILED, 'error')
      return null
    }
  }

  const onExport = async () => {
    const report = currentReport()
    const issues = await check(report)
    if (!issues) return
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
      notify(EXPORT_FAILED, 'error')
    }
  }

  const onExportDraft = async () => {
    const report = currentReport()
    const issues = await check(report)
    if (!issues) return
    const { errors } = issueCounts(issues)
    try {
      const { exportReportDocx } = await import('@/docx/export-docx')
      downloadBlob(await exportReportDocx(report, { draft: { errors } }), reportFileName(report.meta, 'docx', true))
      notify(errors > 0
        ? `已导出草稿（每页页眉注明“草稿”和尚有 ${errors} 个错误），仅供审阅；改正错误后再导出正式的 Word。`
        : '已导出草稿（每页页眉注明“草稿”）。没有错误，也可直接导出正式的 Word。')
    } catch {
      notify(EXPORT_FAILED, 'error')
    }
  }

  return { onSave, onExport, onExportDraft }
}
