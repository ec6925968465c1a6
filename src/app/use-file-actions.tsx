// 新建报告 / 打开报告 / 保存报告 / 导出 Word. Opening never touches the current draft until the
// new report has been read completely and the user has agreed to replace it.
import type { ReactNode } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { fromFormValues, type FormValues } from '@/form/form-values'
import { createEmptyReport } from '@/report/default-report'
import { reportFileName } from '@/report/format'
import { parseReportText } from '@/report/parse-report'
import type { Report } from '@/report/schema'
import { hasErrors, validate } from '@/report/validate'
import { downloadBlob } from '@/lib/download'
import type { DialogRequest } from './dialogs'

interface Deps {
  form: UseFormReturn<FormValues>
  ask(request: DialogRequest): Promise<boolean>
  notify(message: string, tone?: 'info' | 'error'): void
  replaceReport(report: Report, baseline?: Report | null): void
  previous: Report | null
  showReview(): void
}

export type OpenedFile = { ok: true; report: Report; details?: ReactNode; baseline?: Report | null } | { ok: false; errors: string[] }

export async function readReportFile(file: File): Promise<OpenedFile> {
  const name = file.name.toLowerCase()
  if (name.endsWith('.json')) return parseReportText(await file.text())
  if (name.endsWith('.docx')) return { ok: false, errors: ['暂不支持打开 Word 文件。'] }
  return { ok: false, errors: [`无法打开“${file.name}”：只能打开本程序保存的报告文件（.json）或 Word 文件（.docx）。`] }
}

export function useFileActions({ form, ask, notify, replaceReport, previous, showReview }: Deps) {
  const current = () => fromFormValues(form.getValues())

  const onNew = async () => {
    const ok = await ask({
      title: '新建报告',
      body: '将清空当前草稿并开始一份新的报告。当前内容如需保留，请先点“保存报告”下载文件。确定要新建吗？',
      confirmLabel: '清空并新建',
      tone: 'danger',
    })
    if (ok) {
      replaceReport(createEmptyReport(), null)
      notify('已新建空白报告')
    }
  }

  const openFile = async (file: File) => {
    let result: OpenedFile
    try {
      result = await readReportFile(file)
    } catch {
      result = { ok: false, errors: [`读取“${file.name}”时出错，文件可能已损坏。`] }
    }
    if (!result.ok) {
      await ask({
        title: '无法打开此文件',
        body: (
          <>
            <p>“{file.name}”未能打开，当前草稿没有任何改动。</p>
            <ul className="error-list">{result.errors.map((e, i) => <li key={i}>{e}</li>)}</ul>
          </>
        ),
        cancelLabel: null,
        confirmLabel: '知道了',
        tone: 'danger',
      })
      return
    }
    const ok = await ask({
      title: '打开报告',
      body: (
        <>
          <p>已读取“{file.name}”：{result.report.meta.agency || '（未填写机关）'} {result.report.meta.year}年。</p>
          {result.details}
          <p>打开后将替换当前草稿。当前内容如需保留，请先取消并点“保存报告”。</p>
        </>
      ),
      confirmLabel: '替换当前草稿',
    })
    if (ok) {
      replaceReport(result.report, result.baseline)
      notify(`已打开“${file.name}”`)
    }
  }

  const onSave = () => {
    const report = current()
    const blob = new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' })
    downloadBlob(blob, reportFileName(report.meta, 'json'))
    notify('报告文件已下载。请妥善保存，明年可用它作为底稿。')
  }

  const onExport = async () => {
    const report = current()
    const issues = validate(report, { previous })
    if (hasErrors(issues)) {
      showReview()
      notify(`还有 ${issues.filter((i) => i.severity === 'error').length} 个错误，改正后才能导出 Word`, 'error')
      return
    }
    try {
      const { exportReportDocx } = await import('@/docx/export-docx')
      downloadBlob(await exportReportDocx(report), reportFileName(report.meta, 'docx'))
      const warnings = issues.length
      notify(warnings > 0 ? `已导出 Word。另有 ${warnings} 个提醒，建议发布前再核对。` : '已导出 Word。')
    } catch {
      notify('导出失败：请检查网络后重试（首次导出需加载排版组件），或保存报告后刷新页面。', 'error')
    }
  }

  return { onNew, openFile, onSave, onExport }
}
