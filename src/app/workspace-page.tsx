// 我的报告: every report kept in this browser, newest change first, with its check counts. Open,
// copy, delete (to the 回收站, with 撤销), filter by name and year; new reports and files are added
// from here too. Rows carry data-report-id (report-file.md §6).
import { useCallback, useEffect, useMemo, useState } from 'react'
import { agencyLabel, draftTitle } from '@/report/format'
import { duplicateReport, listEntries, purgeReport, setDeleted } from '@/lib/workspace'
import type { ReportEntry, WorkspaceDB } from '@/lib/workspace-db'
import type { DialogRequest } from './dialogs'
import { formatTime } from './format-time'
import { StorageInfo } from './storage-info'
import type { Notify } from './toasts'
import { announceChanged, onWorkspaceMessage } from './workspace-channel'

interface Props {
  db: WorkspaceDB
  currentId: string
  onOpen(id: string): Promise<boolean>
  onNew(): void
  onOpenFile(): void
  /** Opens a published page copied in the browser (the clipboard's text/html) as a report. */
  onPasteHtml(html: string): void
  onStartFromLastYear(): void
  /** The open report was deleted: open another one. */
  onCurrentDeleted(): Promise<void>
  notify: Notify
  ask(request: DialogRequest): Promise<boolean>
}

const ORIGIN_LABEL: Record<ReportEntry['origin'], string> = {
  new: '新建', file: '从文件打开', 'last-year': '以上年报告为底稿', copy: '复制', aggregate: '汇总生成', migrated: '原浏览器草稿',
}

export function WorkspacePage({ db, currentId, onOpen, onNew, onOpenFile, onPasteHtml, onStartFromLastYear, onCurrentDeleted, notify, ask }: Props) {
  usePastedPage(onPasteHtml)
  const pasteFromClipboard = async () => {
    try {
      for (const item of await navigator.clipboard.read()) {
        if (!item.types.includes('text/html')) continue
        onPasteHtml(await (await item.getType('text/html')).text())
        return
      }
      notify('剪贴板中没有网页内容：请在政府网站上选中整篇年度报告（Ctrl+A）并复制（Ctrl+C），再回到本页按 Ctrl+V', 'error')
    } catch {
      notify('浏览器不允许直接读取剪贴板：请在本页按 Ctrl+V 粘贴复制的年度报告网页', 'info')
    }
  }
  const [entries, setEntries] = useState<ReportEntry[] | null>(null)
  const [trash, setTrash] = useState<ReportEntry[]>([])
  const [query, setQuery] = useState('')
  const [year, setYear] = useState('')
  const [tick, setTick] = useState(0)
  const refresh = useCallback(() => setTick((t) => t + 1), [])

  useEffect(() => {
    let cancelled = false
    void Promise.all([listEntries(db), listEntries(db, true)]).then(([live, deleted]) => {
      if (cancelled) return
      setEntries(live)
      setTrash(deleted)
    })
    return () => {
      cancelled = true
    }
  }, [db, tick])
  useEffect(() => onWorkspaceMessage(refresh), [refresh])

  const years = useMemo(() => [...new Set((entries ?? []).map((e) => e.year))].sort((a, b) => b - a), [entries])
  const shown = (entries ?? []).filter((e) =>
    (!query.trim() || e.agency.includes(query.trim())) && (!year || String(e.year) === year))

  const remove = async (entry: ReportEntry) => {
    await setDeleted(db, entry.id, true)
    announceChanged()
    refresh()
    if (entry.id === currentId) await onCurrentDeleted()
    notify(`已将“${draftTitle(entry)}”移到回收站`, 'info', {
      label: '撤销',
      run: () => void setDeleted(db, entry.id, false).then(() => { announceChanged(); refresh() }),
    })
  }
  const copy = async (entry: ReportEntry) => {
    const id = await duplicateReport(db, entry.id)
    announceChanged()
    refresh()
    if (id) notify(`已复制“${draftTitle(entry)}”`)
  }
  const restore = async (entry: ReportEntry) => {
    await setDeleted(db, entry.id, false)
    announceChanged()
    refresh()
  }
  const purge = async (entry: ReportEntry) => {
    const ok = await ask({
      title: '彻底删除',
      body: `“${draftTitle(entry)}”及其全部历史版本将从本机浏览器中删除，无法恢复。如需保留，请先打开它并“保存报告”下载文件。`,
      confirmLabel: '彻底删除', tone: 'danger',
    })
    if (!ok) return
    await purgeReport(db, entry.id)
    announceChanged()
    refresh()
  }

  return (
    <div className="workspace-page">
      <div className="workspace-actions">
        <button type="button" className="primary" onClick={onNew}>新建报告</button>
        <button type="button" onClick={onOpenFile}>打开报告…</button>
        <button type="button" onClick={() => void pasteFromClipboard()} title="在政府网站上选中整篇年度报告并复制，再点此处或在本页按 Ctrl+V">粘贴网页</button>
        <button type="button" onClick={onStartFromLastYear}>以上年报告为底稿…</button>
        <span className="workspace-filters">
          <input type="search" aria-label="按机关名称筛选" placeholder="按机关名称筛选" value={query} onChange={(e) => setQuery(e.target.value)} />
          <select aria-label="按年度筛选" value={year} onChange={(e) => setYear(e.target.value)}>
            <option value="">全部年度</option>
            {years.map((y) => <option key={y} value={y}>{y}年</option>)}
          </select>
        </span>
      </div>
      <table className="report-list" aria-label="我的报告">
        <thead>
          <tr><th scope="col">报告</th><th scope="col">年度</th><th scope="col">最后修改</th><th scope="col">检查结果</th><th scope="col">操作</th></tr>
        </thead>
        <tbody>
          {shown.map((e) => (
            <tr key={e.id} data-report-id={e.id} aria-current={e.id === currentId ? 'true' : undefined}>
              <td>
                <button type="button" className="link report-name" onClick={() => void onOpen(e.id)}>{agencyLabel(e.agency)}</button>
                {e.id === currentId && <span className="badge">正在编辑</span>}
                <span className="origin">{ORIGIN_LABEL[e.origin]}{e.source ? `：${e.source}` : ''}</span>
              </td>
              <td>{e.year}年</td>
              <td>{formatTime(e.updatedAt)}</td>
              <td>
                {e.errors === null ? <span className="muted">未检查</span> : (
                  <span><span className={e.errors ? 'count-error' : 'count-ok'}>{e.errors} 个错误</span> · <span className="count-warning">{e.warnings} 个提醒</span></span>
                )}
              </td>
              <td className="row-actions">
                <button type="button" onClick={() => void onOpen(e.id)}>打开</button>
                <button type="button" onClick={() => void copy(e)}>复制</button>
                <button type="button" onClick={() => void remove(e)}>删除</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries && shown.length === 0 && <p className="muted">{entries.length === 0 ? '还没有报告。' : '没有符合筛选条件的报告。'}</p>}
      {trash.length > 0 && (
        <details className="trash">
          <summary>回收站（{trash.length}）</summary>
          <ul>
            {trash.map((e) => (
              <li key={e.id} data-trash-id={e.id}>
                <span>{draftTitle(e)}（删除于 {formatTime(e.deletedAt ?? e.updatedAt)}）</span>
                <button type="button" onClick={() => void restore(e)}>恢复</button>
                <button type="button" className="link" onClick={() => void purge(e)}>彻底删除</button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <StorageInfo refresh={tick} />
    </div>
  )
}

/** Ctrl+V anywhere on the page but in a text field: a copied web page is opened as a report. */
function usePastedPage(onPasteHtml: (html: string) => void): void {
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const target = e.target as HTMLElement | null
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return
      const html = e.clipboardData?.getData('text/html')
      if (!html) return
      e.preventDefault()
      onPasteHtml(html)
    }
    document.addEventListener('paste', onPaste)
    return () => document.removeEventListener('paste', onPaste)
  }, [onPasteHtml])
}
