// Before the form leaves a report whose edits are not stored (storage full or unavailable): what
// will happen, and 保存报告（下载文件） right there. Nothing unsaved is dropped without a word.
import { useCallback } from 'react'
import { agencyLabel } from '@/report/format'
import type { Report } from '@/report/schema'
import type { DialogRequest } from './dialogs'
import type { Notify } from './toasts'
import { downloadReportFile } from './use-export-actions'
import type { AskLeave } from './use-report-session'

/** `memoryOnly`: the browser gives no storage at all, so nothing is kept once the report is left. */
export function useLeaveDialog(ask: (request: DialogRequest) => Promise<boolean>, notify: Notify, memoryOnly: boolean): AskLeave {
  return useCallback((report: Report) => {
    const download = () => {
      downloadReportFile(report)
      notify('报告文件已下载。存储恢复后可用“打开报告”重新打开它。')
    }
    return ask({
      title: '这份报告的修改还没有保存',
      body: (
        <>
          <p>浏览器存储已满或不可用，“{agencyLabel(report.meta.agency)} {report.meta.year}年”最近的修改没能存入“我的报告”。</p>
          <p>离开前请先把报告下载保存到电脑中：</p>
          <p><button type="button" className="primary" onClick={download}>保存报告（下载文件）</button></p>
          <p className="muted">
            {memoryOnly
              ? '浏览器没有提供本地存储（如无痕模式），离开后这些内容将无法找回。'
              : '本机会临时保留这些修改，存储恢复后下次打开本程序时自动存入；但清理浏览器数据后将无法找回。'}
          </p>
        </>
      ),
      confirmLabel: '离开此报告',
      cancelLabel: '留在此报告',
      tone: 'danger',
    })
  }, [ask, notify, memoryOnly])
}
