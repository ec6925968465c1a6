// Right-hand panel: live check results, and the A4 preview once opened. Collapsible.
import { useState } from 'react'
import { IssueList } from './issue-list'

export function SidePanel() {
  const [open, setOpen] = useState(true)
  return (
    <aside className={`side-panel${open ? '' : ' collapsed'}`} aria-label="检查结果">
      <div className="side-head">
        <h2>检查结果</h2>
        <button type="button" className="link" onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? '收起' : '展开'}
        </button>
      </div>
      {open && <IssueList compact />}
    </aside>
  )
}
