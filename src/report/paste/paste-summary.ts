// The message after a paste: how many numbers were written, how many totals were compared and
// whether they agreed, and what was left out and where it came from.
import type { PastePlan } from './place-paste'

export function pasteSummary(plan: Pick<PastePlan, 'writes' | 'totals' | 'ignored' | 'unchecked'>): string {
  const parts = [`已写入 ${plan.writes.length} 个数`]
  const differ = plan.totals.filter((t) => t.stated !== t.computed)
  if (plan.totals.length > 0) {
    parts.push(differ.length === 0
      ? `比对了 ${plan.totals.length} 个合计，全部相符`
      : `比对了 ${plan.totals.length} 个合计，${differ.length} 个不符（${differ.slice(0, 2).map((t) => `填的是 ${t.stated}，应为 ${t.computed}`).join('；')}${differ.length > 2 ? '……' : ''}），已在该合计单元格标出`)
  }
  if (plan.unchecked > 0) parts.push(`${plan.unchecked} 个合计所加的单元格还有空白，未比对`)
  if (plan.ignored.length > 0) parts.push(`未粘贴：${plan.ignored.slice(0, 3).join('；')}${plan.ignored.length > 3 ? `……（共 ${plan.ignored.length} 处）` : ''}`)
  return parts.join('；')
}
