// What an import read and what it could not, shown before the file is opened.
import type { ImportSummary } from '@/import/import-result'
import type { Issue, Severity } from '@/report/issue'
import { SECTIONS } from '@/report/sections'
import { TABLE_IDS } from '@/report/tables/registry'

const SEVERITY_LABEL: Record<Severity, string> = { error: '未能读取', warning: '请注意', info: '已读取' }

export function ImportDetails({ summary, findings }: { summary: ImportSummary; findings: Issue[] }) {
  const important = findings.filter((f) => f.severity !== 'info')
  const info = findings.filter((f) => f.severity === 'info')
  return (
    <div className="import-details" data-testid="import-details">
      <p>
        找到 {summary.sectionsFound}/{SECTIONS.length} 个部分、{summary.tablesFound}/{TABLE_IDS.length} 张统计表；读取 {summary.cellsRead} 个单元格
        {summary.cellsMissing > 0 ? `，${summary.cellsMissing} 个未能读取（留空待填）` : ''}。
      </p>
      {important.length > 0 && (
        <ul className="finding-list">
          {important.map((f, i) => (
            <li key={i} className={`finding ${f.severity}`} data-rule-id={f.ruleId} data-severity={f.severity}>
              <strong>{SEVERITY_LABEL[f.severity]}：</strong>{f.message}
            </li>
          ))}
        </ul>
      )}
      {info.length > 0 && (
        <details>
          <summary>读取明细（{info.length} 条）</summary>
          <ul className="finding-list">{info.map((f, i) => <li key={i}>{f.message}</li>)}</ul>
        </details>
      )}
    </div>
  )
}
