// 单位名单 (report-file.md §12): the units the office expects a report from — typed, pasted from a
// spreadsheet, or opened from a .csv/.xlsx — with the 截止日期, and every unit's status.
import { useState } from 'react'
import { parseRosterText, UNIT_STATUS_LABELS, type RosterUnit } from '@/report/county/roster'
import type { UnitRow } from '@/report/county/january'
import { agencyLabel } from '@/report/format'
import type { Notify } from '../toasts'

interface Props {
  roster: RosterUnit[]
  deadline: string | null
  units: UnitRow[]
  /** Reports that match no unit of the roster. */
  unmatched: string[]
  onSave(roster: RosterUnit[]): void
  onDeadline(deadline: string | null): void
  notify: Notify
}

const asText = (roster: readonly RosterUnit[]) => roster.map((u) => (u.type ? `${u.name}\t${u.type}` : u.name)).join('\n')

export function RosterPanel({ roster, deadline, units, unmatched, onSave, onDeadline, notify }: Props) {
  const [text, setText] = useState(() => asText(roster))
  const [editing, setEditing] = useState(roster.length === 0)

  const save = (units: RosterUnit[]) => {
    onSave(units)
    setText(asText(units))
    setEditing(false)
    notify(units.length ? `单位名单已保存：${units.length} 个单位` : '单位名单已清空')
  }

  const openFile = async (file: File | undefined) => {
    if (!file) return
    const { readRosterFile } = await import('@/import/roster-file')
    const read = readRosterFile(file.name, new Uint8Array(await file.arrayBuffer()))
    if (read.ok) save(read.units)
    else notify(`无法读取单位名单“${file.name}”：${read.reason}`, 'error')
  }

  const missing = units.filter((u) => u.status === 'missing')
  const late = units.filter((u) => u.late)
  return (
    <section className="january-panel roster-panel" aria-labelledby="roster-heading">
      <div className="panel-head">
        <h3 id="roster-heading">单位名单</h3>
        <span className="muted">
          {roster.length ? `${roster.length} 个单位，已报送 ${roster.length - missing.length} 个，未提交 ${missing.length} 个${late.length ? `，逾期 ${late.length} 个` : ''}` : '还没有名单：输入或粘贴本县应报送年报的单位'}
        </span>
        <label className="inline">截止日期
          <input type="date" value={deadline ?? ''} onChange={(e) => onDeadline(e.target.value || null)} />
        </label>
        <button type="button" onClick={() => setEditing(!editing)} aria-expanded={editing}>{editing ? '收起名单' : '编辑名单'}</button>
      </div>
      {editing && (
        <div className="roster-edit">
          <label htmlFor="roster-text">每行一个单位；可从 Excel/WPS 直接粘贴“单位名称、类型”两列</label>
          <textarea id="roster-text" rows={6} value={text} onChange={(e) => setText(e.target.value)}
            placeholder={'伊川县白沙镇人民政府\t乡镇\n伊川县城关街道办事处\t街道\n伊川县教育局\t部门'} />
          <div className="row-buttons">
            <button type="button" className="primary" onClick={() => save(parseRosterText(text))}>保存名单</button>
            <label className="button-like">打开名单文件（.xlsx/.csv）
              <input type="file" accept=".xlsx,.csv,.txt,.xls" className="visually-hidden" aria-label="打开单位名单文件" data-testid="roster-file"
                onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; void openFile(f) }} />
            </label>
          </div>
        </div>
      )}
      {unmatched.length > 0 && (
        <p className="warning-note" data-unmatched-reports={unmatched.length}>
          {unmatched.length} 份报告的单位不在名单中：{unmatched.slice(0, 5).map(agencyLabel).join('、')}{unmatched.length > 5 ? '等' : ''}。请核对单位名称或把它加入名单。
        </p>
      )}
      {units.length > 0 && (
        <table className="unit-table" aria-label="名单单位报送情况">
          <thead><tr><th scope="col">单位</th><th scope="col">类型</th><th scope="col">状态</th><th scope="col">报送</th><th scope="col">收到日期</th></tr></thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.name} data-unit={u.name} data-unit-status={u.status} data-missing-unit={u.status === 'missing' ? u.name : undefined}
                data-late={u.late || undefined} className={`status-${u.status}`}>
                <td>{u.name}</td>
                <td>{u.type || '—'}</td>
                <td>{UNIT_STATUS_LABELS[u.status]}{u.late ? '（逾期）' : ''}</td>
                <td>{u.round ? `第 ${u.round} 次` : '—'}</td>
                <td>{u.receivedAt ? u.receivedAt.slice(0, 10) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
