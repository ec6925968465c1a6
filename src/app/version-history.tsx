// 历史版本 of the open report: when each version was kept, why, and what it changed against the
// version before it. Restoring keeps the current state as a version too.
import { useEffect, useRef, useState } from 'react'
import { describeChanges } from './describe-changes'
import { listVersions } from '@/lib/workspace'
import type { VersionReason, VersionRecord, WorkspaceDB } from '@/lib/workspace-db'
import { formatTime } from './format-time'

const REASON_LABEL: Record<VersionReason, string> = {
  created: '新建时',
  import: '从文件导入时',
  idle: '停顿后继续编辑前',
  'before-replace': '被另一标签页的内容替换前',
  'before-restore': '恢复旧版本前',
  export: '导出 Word 时',
  copy: '复制而来',
  'before-resubmit': '收到新提交的文件前',
  resubmit: '新提交的文件',
}


interface Props {
  db: WorkspaceDB
  reportId: string
  onRestore(version: VersionRecord): Promise<void>
  onClose(): void
}

export function VersionHistory({ db, reportId, onRestore, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const [versions, setVersions] = useState<VersionRecord[] | null>(null)
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal()
    void listVersions(db, reportId).then(setVersions)
  }, [db, reportId])
  return (
    <dialog ref={ref} className="dialog history" aria-labelledby="history-title" onCancel={(e) => { e.preventDefault(); onClose() }}>
      <h2 id="history-title">历史版本</h2>
      <p className="hint">新建、导入、每次导出 Word、停顿后再编辑、恢复旧版本之前，都会自动保留一个版本（最多保留 50 个，较早的按时间稀疏保留）。</p>
      {versions === null ? <p>正在读取…</p> : (
        <ol className="version-list">
          {versions.map((v) => (
            <li key={v.seq} data-version={v.seq}>
              <span className="version-time">{formatTime(v.createdAt)}</span>
              <span className="version-reason">{REASON_LABEL[v.reason]}</span>
              <span className="version-changes">{describeChanges(v.changes)}</span>
              <button type="button" onClick={() => void onRestore(v).then(onClose)}>恢复此版本</button>
            </li>
          ))}
        </ol>
      )}
      <div className="dialog-actions">
        <button type="button" autoFocus onClick={onClose}>关闭</button>
      </div>
    </dialog>
  )
}
