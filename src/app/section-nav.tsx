import { STATUS_LABEL } from '@/form/page-status'
import { usePageStatus } from '@/form/issue-store'
import { useEditor, type PageId } from '@/form/report-context'
import { PAGES } from './pages'

export function SectionNav({ current }: { current: PageId }) {
  const editor = useEditor()
  const status = usePageStatus(editor.issues)
  return (
    <nav className="section-nav" aria-label="报告各部分">
      <ul className="app-nav">
        <li>
          <button type="button" aria-current={current === 'workspace' ? 'page' : undefined} data-page="workspace" onClick={() => editor.goTo('workspace')}>
            <span className="nav-label">我的报告</span>
          </button>
        </li>
        <li>
          <button type="button" aria-current={current === 'county' ? 'page' : undefined} data-page="county" onClick={() => editor.goTo('county')}>
            <span className="nav-label">汇总审核</span>
          </button>
        </li>
      </ul>
      <p className="nav-group">本报告</p>
      <ol>
        {PAGES.map((page) => {
          const s = status[page.id]
          return (
            <li key={page.id}>
              <button type="button" aria-current={page.id === current ? 'page' : undefined}
                data-page={page.id} onClick={() => editor.goTo(page.id)}>
                <span className="nav-label">{page.nav}</span>
                {s && <span className={`status status-${s}`} data-status={s}>{STATUS_LABEL[s]}</span>}
              </button>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
