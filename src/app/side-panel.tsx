// Right-hand panel: live check results or the A4 preview; collapsible on narrow screens.
import { useState } from 'react'
import { IssueList } from './issue-list'
import { PreviewPane } from './preview-pane'

type Tab = 'checks' | 'preview'

export function SidePanel() {
  const [open, setOpen] = useState(true)
  const [tab, setTab] = useState<Tab>('checks')
  return (
    <aside className={`side-panel${open ? '' : ' collapsed'}`} aria-label="检查结果与预览">
      <div className="side-head">
        {open && (
          <div className="tabs" role="tablist">
            <button type="button" role="tab" aria-selected={tab === 'checks'} onClick={() => setTab('checks')}>检查结果</button>
            <button type="button" role="tab" aria-selected={tab === 'preview'} onClick={() => setTab('preview')}>文档预览</button>
          </div>
        )}
        <button type="button" className="link" onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? '收起' : '展开'}
        </button>
      </div>
      {open && tab === 'checks' && <IssueList compact />}
      {open && tab === 'preview' && <PreviewPane scale={0.34} />}
    </aside>
  )
}
