// 检查与导出: every error and warning, grouped by section; export is blocked while errors remain
// (a draft for review can still be exported).
import { useAllIssues } from '@/form/issue-store'
import { useEditor } from '@/form/report-context'
import { issueCounts } from '@/report/issue'
import { IssueList } from './issue-list'
import { PreviewPane } from './preview-pane'

export function ReviewPage({ onExport, onExportDraft }: { onExport(): void; onExportDraft(): void }) {
  const issues = useAllIssues(useEditor().issues)
  const { errors } = issueCounts(issues)
  return (
    <div className="review-page">
      <div className={`export-box ${errors ? 'blocked' : 'ready'}`}>
        {errors > 0 ? (
          <p>还有 <strong>{errors}</strong> 个错误，改正后才能导出 Word。点击下面的条目可直接定位到出错的单元格。</p>
        ) : (
          <p>没有错误，可以导出。{issues.length > 0 ? `有 ${issues.length} 个提醒，请逐条核对，确认无误也可导出。` : ''}</p>
        )}
        <button type="button" className="primary" onClick={onExport} aria-disabled={errors > 0 || undefined}>导出 Word</button>
        {errors > 0 && <button type="button" onClick={onExportDraft}>导出草稿（供审阅）</button>}
      </div>
      <div className="review-columns">
        <IssueList />
        <div className="review-preview">
          <h3>文档预览（A4，与导出的 Word 一致）</h3>
          <PreviewPane scale={0.5} />
        </div>
      </div>
    </div>
  )
}
