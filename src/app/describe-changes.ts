// What changed between two versions, in the words of the navigator: 历史版本 and a resubmission's
// row in 汇总审核 say it the same way.
import type { ReportChanges } from '@/report/diff'
import { PAGES } from './pages'

const PAGE_NAME: Record<string, string> = Object.fromEntries(PAGES.map((p) => [p.id, p.heading]))

export function describeChanges(changes: ReportChanges | null): string {
  if (!changes) return '最早的版本'
  if (changes.sections.length === 0) return '与前一版本相同'
  const parts = changes.sections.map((s) => PAGE_NAME[s] ?? s)
  const counts = [
    changes.cells.length ? `${changes.cells.length} 个单元格` : '',
    changes.fields.length ? `${changes.fields.length} 处文字或基本信息` : '',
  ].filter(Boolean).join('、')
  return `改动：${parts.join('；')}（${counts}）`
}
