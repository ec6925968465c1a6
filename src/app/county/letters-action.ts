// 导出整改通知: for the chosen reports, one letter per unit (its latest submission) with its open
// problems, all in one .zip. The docx builder loads only now.
import { agencyLabel } from '@/report/format'
import { openIssues } from '@/report/county/triage'
import { latestPerUnit } from '@/report/county/units'
import { downloadBlob } from '@/lib/download'
import type { Notify } from '../toasts'
import type { ReviewRow } from '@/report/county/review-batch'
import { DEFAULT_OFFICE, type JanuaryStored } from './use-january-settings'
import { localIsoDate } from '../format-time'

export async function exportLetters(rows: readonly ReviewRow[], settings: JanuaryStored | null, notify: Notify): Promise<void> {
  // A unit's latest submission of each year speaks for it, as in 生成汇总报告 (rows in submission order).
  const latest = latestPerUnit(rows, (r) => r.report)
  const inputs = latest.flatMap((r) => {
    const issues = r.january ? openIssues(r.january.triaged) : r.issues
    return issues.length === 0 ? [] : [{
      unit: agencyLabel(r.agency), year: r.year, issues, resubmitBy: settings?.resubmitBy ?? null,
      office: settings?.office || DEFAULT_OFFICE, date: localIsoDate(),
    }]
  })
  if (inputs.length === 0) return notify('所选单位没有待整改的问题，无需发整改通知')
  try {
    const { lettersZip } = await import('@/docx/letters/export-letters')
    downloadBlob(await lettersZip(inputs), `整改通知（${inputs.length} 个单位）.zip`)
    notify(`已生成 ${inputs.length} 个单位的整改通知${latest.length > inputs.length ? `；${latest.length - inputs.length} 个单位没有待整改的问题，未生成` : ''}`)
  } catch {
    notify('导出整改通知失败：请刷新页面后重试', 'error')
  }
}
