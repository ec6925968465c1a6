// 导出整改通知: for the chosen reports, one letter per unit (its latest submission) with its open
// problems, all in one .zip. The docx builder loads only now.
import { agencyLabel } from '@/report/format'
import { openIssues } from '@/report/county/triage'
import { downloadBlob } from '@/lib/download'
import type { Notify } from '../toasts'
import type { ReviewRow } from '@/report/county/review-batch'
import type { JanuaryStored } from './use-january-settings'

const today = () => {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

export async function exportLetters(rows: readonly ReviewRow[], settings: JanuaryStored | null, notify: Notify): Promise<void> {
  // A unit's latest submission of each year speaks for it.
  const latest = new Map<string, ReviewRow>()
  for (const r of rows) {
    const key = `${r.january?.unit ?? r.agency}|${r.year}`
    const seen = latest.get(key)
    if (!seen || (r.january?.round ?? 1) > (seen.january?.round ?? 1)) latest.set(key, r)
  }
  const inputs = [...latest.values()].flatMap((r) => {
    const issues = r.january ? openIssues(r.january.triaged) : r.issues
    return issues.length === 0 ? [] : [{
      unit: agencyLabel(r.agency), year: r.year, issues, resubmitBy: settings?.resubmitBy ?? null,
      office: settings?.office || '县政务公开办', date: today(),
    }]
  })
  if (inputs.length === 0) return notify('所选单位没有待整改的问题，无需发整改通知')
  try {
    const { lettersZip } = await import('@/docx/letters/export-letters')
    downloadBlob(await lettersZip(inputs), `整改通知（${inputs.length} 个单位）.zip`)
    notify(`已生成 ${inputs.length} 个单位的整改通知${latest.size > inputs.length ? `；${latest.size - inputs.length} 个单位没有待整改的问题，未生成` : ''}`)
  } catch {
    notify('导出整改通知失败：请刷新页面后重试', 'error')
  }
}
