// Title as it will print, autosave state, and the file buttons (names fixed by report-file.md).
import { useWatch } from 'react-hook-form'
import { draftTitle } from '@/report/format'
import type { FormValues } from '@/form/form-values'
import type { SaveResult } from '@/lib/draft-storage'

interface Props {
  saved: SaveResult | null
  onNew(): void
  onOpen(): void
  onSave(): void
  onExport(): void
}

function Title() {
  const meta = useWatch<FormValues, 'meta'>({ name: 'meta' })
  return <h1 className="doc-title">{draftTitle(meta)}</h1>
}

function SavedState({ saved }: { saved: SaveResult | null }) {
  if (!saved) return <span className="saved">草稿保存在本机浏览器中</span>
  if (!saved.ok) return <span className="saved failed">未自动保存</span>
  const t = new Date(saved.savedAt)
  const hhmm = `${String(t.getHours()).padStart(2, '0')}:${String(t.getMinutes()).padStart(2, '0')}:${String(t.getSeconds()).padStart(2, '0')}`
  return <span className="saved" data-testid="saved-state">已自动保存 {hhmm}</span>
}

export function HeaderBar({ saved, onNew, onOpen, onSave, onExport }: Props) {
  return (
    <header className="header-bar">
      <div className="title-block">
        <Title />
        <SavedState saved={saved} />
      </div>
      <div className="header-actions">
        <button type="button" onClick={onNew}>新建报告</button>
        <button type="button" onClick={onOpen}>打开报告</button>
        <button type="button" onClick={onSave}>保存报告</button>
        <button type="button" className="primary" onClick={onExport}>导出 Word</button>
      </div>
    </header>
  )
}
