// 新建报告, 打开报告 and 以上年报告为底稿. Each adds a report to 我的报告 and opens it; none
// replaces another report. A file is read completely (and a Word file's reading shown) first. A file
// of a unit and year 我的报告 already holds becomes a new version of that report by default, and one
// identical to it is opened, not added again (report-file.md §11).
import { useState } from 'react'
import { createEmptyReport } from '@/report/default-report'
import type { NewReport } from '@/lib/workspace'
import type { WorkspaceDB } from '@/lib/workspace-db'
import type { VersionReason } from '@/lib/workspace-db'
import type { DialogRequest } from './dialogs'
import { readReportFile, type OpenedFile } from './read-report-file'
import type { Notify } from './toasts'
import { agencyLabel } from '@/report/format'

interface Deps {
  ask(request: DialogRequest): Promise<boolean>
  notify: Notify
  add(input: NewReport, reason: VersionReason): Promise<boolean>
  /** A new version of a kept report, then open it. */
  resubmit(id: string, input: Required<Pick<NewReport, 'report' | 'findings'>> & { source: string }): Promise<boolean>
  openById(id: string): Promise<boolean>
  /** null: the report lives in memory only (no versions to add to). */
  db: WorkspaceDB | null
  /** After a report was added: show its first page. */
  opened(): void
}

export function useOpenActions({ ask, notify, add, resubmit, openById, db, opened }: Deps) {
  const [reading, setReading] = useState<{ name: string; stop: AbortController } | null>(null)
  const onNew = async () => {
    if (await add({ report: createEmptyReport(), origin: 'new' }, 'created')) {
      opened()
      notify('已新建空白报告，原来的报告仍在“我的报告”中')
    }
  }

  const read = async (file: File, report?: number): Promise<Extract<OpenedFile, { ok: true }> | null> => {
    let result: OpenedFile
    const stop = new AbortController()
    setReading({ name: file.name, stop })
    try {
      result = await readReportFile(file, stop.signal, report)
    } catch {
      result = { ok: false, errors: [`读取“${file.name}”时出错：文件可能已损坏；若是网络中断导致读取组件未能加载，请刷新后重试。`] }
    } finally {
      setReading(null)
    }
    if (result.ok) return result
    if (result.cancelled) {
      notify(`已取消读取“${file.name}”，“我的报告”中的报告都没有改动`)
      return null
    }
    // Several reports in one file: the user chooses one, which is then read on its own.
    if (result.reports && report === undefined) {
      // The chooser loads on first use: a file with several reports is rare (initial JS budget).
      const { chooseReport } = await import('./choose-report')
      const chosen = await chooseReport(ask, file.name, result.reports)
      if (chosen !== null) return read(file, chosen)
      notify(`未打开“${file.name}”，“我的报告”中的报告都没有改动`)
      return null
    }
    await ask({
      title: '无法打开此文件',
      body: (
        <>
          <p>“{file.name}”未能打开，“我的报告”中的报告都没有改动。</p>
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
    const { report, findings } = result
    const same = db ? await import('@/lib/same-report').then((m) => m.findSameReport(db, report)).catch(() => null) : null
    const unit = `${agencyLabel(report.meta.agency)} ${report.meta.year}年`
    if (same?.identical) {
      if (await openById(same.id)) {
        opened()
        notify(`“${file.name}”与“我的报告”中的${unit}报告相同，未重复加入，已打开该报告`)
      }
      return
    }
    // Unchecked: a new version of the kept report; checked: a report of its own beside it.
    let separate = false
    // A Word file is shown as read before it is added; a report file is this app's own, and is
    // asked about only when it would become a new version.
    const ok = (!result.details && !same) || await ask({
      title: '打开报告',
      body: (
        <>
          <p>已读取“{file.name}”：{unit}。</p>
          {result.details}
          {same ? (
            <>
              <p>“我的报告”中已有{unit}的报告：打开后将作为它的新版本，原来的内容保存在“历史版本”中，可随时恢复。</p>
              <label className="check-line">
                <input type="checkbox" data-testid="open-as-separate" onChange={(e) => { separate = e.target.checked }} />
                另作为一份新报告加入（保留两份）
              </label>
            </>
          ) : <p>打开后将作为一份新报告加入“我的报告”，不会替换其他报告。</p>}
        </>
      ),
      confirmLabel: '打开',
    })
    if (!ok) return
    if (same && !separate) {
      if (await resubmit(same.id, { report, findings, source: file.name })) {
        opened()
        notify(`已打开“${file.name}”，作为${unit}报告的新版本；原来的内容在“历史版本”中`)
      }
      return
    }
    if (await add({ report, findings, origin: 'file', source: file.name }, 'import')) {
      opened()
      notify(`已打开“${file.name}”，并加入“我的报告”`)
    }
  }

  /** A published page copied in the browser: read like a saved .html file. */
  const openPastedPage = (html: string) => void openFile(new File([html], '粘贴的网页.html', { type: 'text/html' }))

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
          <p>新报告将加入“我的报告”，上年报告不会改动。</p>
        </>
      ),
      confirmLabel: '新建本年报告',
    })
    if (ok && await add({ report, baseline, findings: result.findings, origin: 'last-year', source: file.name }, 'created')) {
      opened()
      notify(`已以${baseline.meta.year}年报告为底稿新建${report.meta.year}年报告`)
    }
  }

  // While a file is read (in a worker): what is read, and a way to stop it.
  const readingStatus = reading && (
    <div className="reading-status" role="status">
      正在读取“{reading.name}”……
      <button type="button" onClick={() => reading.stop.abort()}>取消读取</button>
    </div>
  )

  return { onNew, openFile, openPastedPage, startFromLastYear, readingStatus }
}
