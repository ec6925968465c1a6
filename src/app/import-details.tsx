// What an import read and what it could not, shown before the file is opened.
import type { ImportSummary } from '@/import/import-result'
import type { Issue, Severity } from '@/report/issue'
import { SECTIONS } from '@/report/sections'
import { placeLabel } from '@/report/field-labels'
import { TABLE_IDS } from '@/report/tables/registry'
import { parseCellId } from '@/report/tables/table-def'

const SEVERITY_LABEL: Record<Severity, string> = { error: '未能读取', warning: '请注意', info: '已读取' }

/** 表三 “（二）部分公开” 行 “自然人” 列: the check list's name for a cell. */
const cellName = (id: string) => (parseCellId(id) ? placeLabel(id) : id)

interface Props {
  summary: ImportSummary
  findings: Issue[]
  /** Where each number was read (cell id → page and line, or table, row and column). */
  sources?: Record<string, string>
}

export function ImportDetails({ summary, findings, sources = {} }: Props) {
  const read = Object.entries(sources)
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
      {read.length > 0 && (
        <details data-testid="import-sources">
          <summary>数字来源（{read.length} 个单元格）</summary>
          <ul className="finding-list">
            {read.map(([id, where]) => <li key={id} data-cells={id}>{cellName(id)}：{where}</li>)}
          </ul>
        </details>
      )}
    </div>
  )
}
