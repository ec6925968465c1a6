// The navigator's pages: 基本信息, the six sections, 检查与导出.
import { SECTIONS } from '@/report/sections'
import type { PageId } from '@/form/report-context'

export interface Page {
  id: PageId
  nav: string
  heading: string
}

export const PAGES: Page[] = [
  { id: 'meta', nav: '基本信息', heading: '基本信息' },
  ...SECTIONS.map((s) => ({ id: s.id, nav: `${s.numeral} ${s.short}`, heading: s.heading })),
  { id: 'review', nav: '检查与导出', heading: '检查与导出' },
]

/** The heading of 我的报告, which is not one of the open report's pages. */
export const WORKSPACE_HEADING = '我的报告'

export function pageIndex(id: PageId): number {
  return PAGES.findIndex((p) => p.id === id)
}
