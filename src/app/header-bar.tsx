// Title as it will print, where the report is kept and when it was last saved, and the file
// buttons (names fixed by report-file.md §3).
import type { ReactNode } from 'react'
import { useWatch } from 'react-hook-form'
import { draftTitle } from '@/report/format'
import type { FormValues } from '@/form/form-values'
import { formatClock } from './format-time'
import { useSaveStatus, type SaveStatusStore } from './save-status'

interface Props {
  statusStore: SaveStatusStore
  reportId: string
  /** The report lives only in this page (the browser gives no storage). */
  memoryOnly: boolean
  onNew(): void
  onOpen(): void
  onSave(): void
  onExport(): void
  onHistory: (() => void) | null
  /** More actions, before 导出 Word (打印 and the publishing exports). */
  children?: ReactNode
  /** On a page that is not the editor's (汇总审核): no report title and no save or export. */
  noReport?: boolean
}

function Title() {
  const meta = useWatch<FormValues, 'meta'>({ name: 'meta' })
  return <h1 className="doc-title">{draftTitle(meta)}</h1>
}

function SavedState({ store, reportId, memoryOnly }: { store: SaveStatusStore; reportId: string; memoryOnly: boolean }) {
  const status = useSaveStatus(store, reportId)
  if (memoryOnly) return <span className="saved failed">未保存到浏览器（请用“保存报告”下载）</span>
  if (status.kind === 'failed') return <span className="saved failed">未自动保存</span>
  if (status.kind === 'conflict') return <span className="saved failed">已暂停自动保存</span>
  if (status.kind === 'idle') return <span className="saved">保存在本机浏览器的“我的报告”中</span>
  return <span className="saved" data-testid="saved-state">已自动保存 {formatClock(status.at)}</span>
}

export function HeaderBar({ statusStore, reportId, memoryOnly, onNew, onOpen, onSave, onExport, onHistory, children, noReport }: Props) {
  return (
    <header className="header-bar">
      {noReport ? <div className="title-block"><span className="doc-title-none">政府信息公开工作年度报告</span></div> : <div className="title-block">
        <Title />
        <SavedState store={statusStore} reportId={reportId} memoryOnly={memoryOnly} />
        {onHistory && <button type="button" className="link history-link" onClick={onHistory}>历史版本</button>}
      </div>}
      <div className="header-actions">
        <button type="button" onClick={onNew}>新建报告</button>
        <button type="button" onClick={onOpen}>打开报告</button>
        {!noReport && <button type="button" onClick={onSave}>保存报告</button>}
        {!noReport && children}
        {!noReport && <button type="button" className="primary" onClick={onExport}>导出 Word</button>}
      </div>
    </header>
  )
}
