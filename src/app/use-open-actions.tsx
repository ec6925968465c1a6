// 新建报告, 打开报告 and 以上年报告为底稿. Opening never touches the current draft until the new
// report has been read completely and the user has agreed to replace it.
import { createEmptyReport } from '@/report/default-report'
import type { Issue } from '@/report/issue'
import type { Report } from '@/report/schema'
import type { DialogRequest } from './dialogs'
import { readReportFile, type OpenedFile } from './read-report-file'

interface Deps {
  ask(request: DialogRequest): Promise<boolean>
  notify(message: string, tone?: 'info' | 'error'): void
  replaceReport(report: Report, baseline?: Report | null, findings?: Issue[]): void
}

export function useOpenActions({ ask, notify, replaceReport }: Deps) {
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

  const read = async (file: File): Promise<Extract<OpenedFile, { ok: true }> | null> => {
    let result: OpenedFile
    try {
      result = await readReportFile(file)
    } catch {
      result = { ok: false, errors: [`读取“${file.name}”时出错：文件可能已损坏；若是网络中断导致读取组件未能加载，请刷新后重试。`] }
    }
    if (result.ok) return result
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
    return null
  }

  const openFile = async (file: File) => {
    const result = await read(file)
    if (!result) return
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
      replaceReport(result.report, null, result.findings)
      notify(`已打开“${file.name}”`)
    }
  }

  const startFromLastYear = async (file: File) => {
    const result = await read(file)
    if (!result) return
    const { startNextYear } = await import('@/import/start-next-year')
    const { report, baseline } = startNextYear(result.report)
    const ok = await ask({
      title: '以上年报告为底稿',
      body: (
        <>
          <p>将以“{file.name}”（{baseline.meta.agency} {baseline.meta.year}年）为底稿，新建 {report.meta.year} 年报告：</p>
          <ul>
            <li>机关全称、单位类型沿用上年；</li>
            <li>表三“二、上年结转”按上年“四、结转下年度继续办理”逐列填入，其余数据留空待填；</li>
            <li>上年文字复制为初稿，并标注【请按本年情况改写】；</li>
            <li>上年报告作为对比基准，用于检查结转数、现行有效件数和文字雷同。</li>
          </ul>
          {result.details}
          <p>这将替换当前草稿。</p>
        </>
      ),
      confirmLabel: '新建本年报告',
    })
    if (ok) {
      replaceReport(report, baseline, result.findings)
      notify(`已以${baseline.meta.year}年报告为底稿新建${report.meta.year}年报告`)
    }
  }

  return { onNew, openFile, startFromLastYear }
}
