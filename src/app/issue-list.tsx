// The check results, grouped by page; each entry leads to its cells. Rule ids and cell ids stay
// in data attributes (data-rule-id, data-cells): what users read is Chinese only.
import { issueCounts, type Issue } from '@/report/issue'
import { useAllIssues } from '@/form/issue-store'
import { useEditor } from '@/form/report-context'
import { PAGES } from './pages'

function IssueSummary({ issues, pending }: { issues: Issue[]; pending: number }) {
  const { errors, warnings } = issueCounts(issues)
  return (
    <p className="issue-summary" aria-live="polite">
      <span className={errors ? 'count-error' : 'count-ok'}>✗ {errors} 个错误</span>
      <span className="count-warning">⚠ {warnings} 个提醒</span>
      {pending > 0 && <span className="count-pending">○ {pending} 项未填写</span>}
    </p>
  )
}

export function IssueList({ compact = false }: { compact?: boolean }) {
  const editor = useEditor()
  const all = useAllIssues(editor.issues)
  // Findings of sections a new report has not left yet: listed as 未填写, neutral.
  const pending = all.filter((i) => editor.issues.held(i))
  const issues = all.filter((i) => !editor.issues.held(i))
  const groups = PAGES.map((page) => ({ page, items: all.filter((i) => i.section === page.id) })).filter((g) => g.items.length > 0)
  return (
    <div className={`issue-list${compact ? ' compact' : ''}`}>
      <IssueSummary issues={issues} pending={pending.length} />
      {groups.length === 0 && pending.length === 0 && <p className="all-clear">未发现问题。</p>}
      {groups.map(({ page, items }) => (
        <section key={page.id}>
          <h3>{page.heading}</h3>
          <ul>
            {items.map((issue, i) => (
              <li key={`${issue.ruleId}-${i}`} data-rule-id={issue.ruleId} data-severity={issue.severity}
                data-cells={issue.cells.join(' ')} className={`issue ${editor.issues.held(issue) ? 'pending' : issue.severity}`}>
                <button type="button" onClick={() => editor.goTo(issue.section, issue.cells[0])}>
                  <span className="issue-icon" aria-hidden>{editor.issues.held(issue) ? '○' : issue.severity === 'error' ? '✗' : '⚠'}</span>
                  <span className="issue-text">{editor.issues.held(issue) && <span className="issue-source">未填写</span>}{issue.source === 'import' && <span className="issue-source">导入</span>}{issue.message}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
