// 以上年报告为底稿, and which report the cross-year checks compare against.
import type { Report } from '@/report/schema'

interface Props {
  baseline: Report | null
  onStart(): void
  onClear(): void
}

export function LastYearPanel({ baseline, onStart, onClear }: Props) {
  return (
    <div className="last-year-panel">
      <div>
        <strong>以上年报告为底稿</strong>
        <p className="hint">选择上年的 Word 报告（.docx）或本程序保存的报告文件（.json）：沿用机关信息、自动填入上年结转数，并检查与上年数据是否衔接。</p>
        {baseline && (
          <p className="baseline" data-testid="baseline">
            对比基准：{baseline.meta.agency} {baseline.meta.year}年报告
            <button type="button" className="link" onClick={onClear}>不再对比</button>
          </p>
        )}
      </div>
      <button type="button" onClick={onStart}>以上年报告为底稿…</button>
    </div>
  )
}
