// Triage of one report's findings (report-file.md §12): each 待处理, 已确认 or 已忽略 (with a
// reason). Ignored findings stay listed, struck through, and no longer count. For X-COPY-UNIT the
// matching passages of the two units are shown side by side.
import { useState } from 'react'
import type { CopyPair } from '@/report/county/copy-check'
import { TRIAGE_LABELS, type TriagedIssue, type TriageMark, type TriageState } from '@/report/county/triage'
import { agencyLabel } from '@/report/format'
import { narrativeLabel } from '@/report/narrative-fields'
import type { ReviewRow } from '@/report/county/review-batch'
import { placeLabel } from '@/report/field-labels'
import { ruleName } from '@/report/rule-names'

interface Props {
  row: ReviewRow
  /** Copy pairs that involve this report, and the agency of each report id. */
  pairs: CopyPair[]
  agencyOf(id: string): string
  onMark(finding: TriagedIssue, mark: TriageMark | null): void
  onClose(): void
}

const markOf = (state: TriageMark['state'], reason: string): TriageMark => ({ state, reason, at: new Date().toISOString() })

export function TriagePanel({ row, pairs, agencyOf, onMark, onClose }: Props) {
  const [ignoring, setIgnoring] = useState<{ fingerprint: string; reason: string } | null>(null)
  const triaged = row.january?.triaged ?? []
  const set = (t: TriagedIssue, state: TriageState) => {
    if (state === 'ignored') return setIgnoring({ fingerprint: t.fingerprint, reason: '' })
    setIgnoring(null)
    onMark(t, state === 'pending' ? null : markOf(state, ''))
  }
  return (
    <section className="january-panel triage-panel" aria-labelledby="triage-heading" data-triage-report={row.id}>
      <div className="panel-head">
        <h3 id="triage-heading">问题处理：{agencyLabel(row.agency)} {row.year}年（第 {row.january?.round ?? 1} 次报送）</h3>
        <span className="muted">错误 {row.errors}、提醒 {row.warnings}（不含已忽略）</span>
        <button type="button" onClick={onClose}>关闭</button>
      </div>
      {triaged.length === 0 ? <p className="muted">这份报告没有发现问题。</p> : (
        <ol className="triage-list">
          {triaged.map((t) => (
            <li key={`${t.fingerprint}-${t.issue.message}`} data-fingerprint={t.fingerprint} data-rule-id={t.issue.ruleId} data-severity={t.issue.severity}
              data-triage={t.state} className={`triage-${t.state}`}>
              <div className="triage-line">
                <span className={`badge ${t.issue.severity}`}>{t.issue.severity === 'error' ? '错误' : '提醒'}</span>
                <span className="triage-rule">{ruleName(t.issue.ruleId)}</span>
                <span className="triage-message">{t.issue.message}</span>
                <select aria-label={`处理方式：${ruleName(t.issue.ruleId)}${t.issue.cells.length ? ` ${t.issue.cells.slice(0, 3).map(placeLabel).join('、')}` : ''}`} value={ignoring?.fingerprint === t.fingerprint ? 'ignored' : t.state}
                  onChange={(e) => set(t, e.target.value as TriageState)}>
                  {(Object.keys(TRIAGE_LABELS) as TriageState[]).map((s) => <option key={s} value={s}>{TRIAGE_LABELS[s]}</option>)}
                </select>
              </div>
              {t.state === 'ignored' && ignoring?.fingerprint !== t.fingerprint && <p className="muted">忽略理由：{t.reason}</p>}
              {ignoring?.fingerprint === t.fingerprint && (
                <form className="ignore-form" onSubmit={(e) => {
                  e.preventDefault()
                  if (!ignoring.reason.trim()) return
                  onMark(t, markOf('ignored', ignoring.reason.trim()))
                  setIgnoring(null)
                }}>
                  <label>忽略理由<input value={ignoring.reason} required onChange={(e) => setIgnoring({ ...ignoring, reason: e.target.value })} /></label>
                  <button type="submit">确定忽略</button>
                  <button type="button" className="link" onClick={() => setIgnoring(null)}>取消</button>
                </form>
              )}
              {t.issue.ruleId === 'X-COPY-UNIT' && pairs.map((p) => {
                const mine = p.a === row.id
                return (
                  <table key={`${p.a}-${p.b}`} className="copy-passages" aria-label={`与${agencyLabel(agencyOf(mine ? p.b : p.a))}相同的段落`}>
                    <thead><tr><th scope="col">本单位</th><th scope="col">{agencyLabel(agencyOf(mine ? p.b : p.a))}（相同约 {Math.round(p.similarity * 100)}%）</th></tr></thead>
                    <tbody>
                      {p.passages.slice(0, 12).map((x, i) => (
                        <tr key={i}><td><small>{narrativeLabel(x.field)}</small> {mine ? x.a : x.b}</td><td>{mine ? x.b : x.a}</td></tr>
                      ))}
                    </tbody>
                  </table>
                )
              })}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
