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

/** Headings of the pages that are not the open report's. */
export const APP_PAGE_HEADING = { workspace: '我的报告', county: '汇总审核' } as const

export function pageIndex(id: PageId): number {
  return PAGES.findIndex((p) => p.id === id)
}
