// DRAFT-MARKER (report-file.md §9): a marker the app inserted into a draft and still in the text
// is an error on that field, so a draft started from last year cannot be exported by accident.
import { DRAFT_MARKERS } from '../draft-markers'
import { issue, type Issue } from '../issue'
import { narrativeLabel } from '../narrative-fields'
import type { Report } from '../schema'
import { narrativeFields } from './narrative'

export function draftMarkerRule(report: Report): Issue[] {
  const texts = [
    { path: 'meta.agency', section: 'meta' as const, label: '机关全称', text: report.meta.agency },
    ...narrativeFields(report).map((f) => ({ ...f, label: narrativeLabel(f.path) })),
  ]
  return texts.flatMap(({ path, section, label, text }) => {
    const found = DRAFT_MARKERS.filter((m) => text.includes(m))
    if (found.length === 0) return []
    const count = found.reduce((n, m) => n + text.split(m).length - 1, 0)
    return [issue('DRAFT-MARKER', 'error', section, [path],
      `“${label}”中还有 ${count} 处${found.map((m) => `“${m}”`).join('、')}标记：这是以上年报告为底稿时插入的提示，请按本年情况改写这段文字后删除标记，否则不能导出`)]
  })
}
