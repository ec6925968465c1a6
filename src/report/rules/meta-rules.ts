// 基本信息 checks: the agency name and year (needed for the title) and the publication date
// window of 条例 Art. 49 (report-format.md §6, §7; W-PUBDATE).
import { issue, type Issue } from '../issue'
import type { Report } from '../schema'

export interface Deadline {
  month: number
  day: number
}

/** Default: 31 January of the following year (条例第四十九条); counties may set their own. */
const DEFAULT_DEADLINE: Deadline = { month: 1, day: 31 }

export function metaRules(report: Report): Issue[] {
  const out: Issue[] = []
  const agency = report.meta.agency.trim()
  if (agency === '')
    out.push(issue('META', 'error', 'meta', ['meta.agency'], '请填写机关全称（如“××县××镇人民政府”），它用于报告标题和落款'))
  else if (/\d{4}年|年度报告|工作年度/.test(agency))
    out.push(issue('META', 'error', 'meta', ['meta.agency'], `机关全称“${agency}”中不应包含年份或报告名称，标题由程序生成`))
  return out
}

export function publishDateRule(report: Report, deadline: Deadline = DEFAULT_DEADLINE): Issue[] {
  const { publishDate, year, signature } = report.meta
  if (publishDate === null) {
    return signature
      ? [issue('W-PUBDATE', 'warning', 'meta', ['meta.publishDate'], '已选择落款，但未填写成文日期')]
      : []
  }
  const [y, m, d] = publishDate.split('-').map(Number) as [number, number, number]
  const date = Date.UTC(y, m - 1, d)
  const check = new Date(date)
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d)
    return [issue('W-PUBDATE', 'warning', 'meta', ['meta.publishDate'], `成文日期 ${publishDate} 不是有效日期`)]
  const start = Date.UTC(year + 1, 0, 1)
  const end = Date.UTC(year + 1, deadline.month - 1, deadline.day)
  const written = `${y}年${m}月${d}日`
  if (date < start)
    return [issue('W-PUBDATE', 'warning', 'meta', ['meta.publishDate'],
      `成文日期 ${written} 早于统计期结束（${year}年12月31日）：年度报告应在次年发布`)]
  if (date > end)
    return [issue('W-PUBDATE', 'warning', 'meta', ['meta.publishDate'],
      `成文日期 ${written} 晚于发布期限（${year + 1}年${deadline.month}月${deadline.day}日，条例第四十九条）`)]
  return []
}
