// The page in use, kept across a reload: a reload returns to the section the user was working
// on in the report that reopens (not to 基本信息). Per tab (sessionStorage): another tab keeps its own.
import type { PageId } from '@/form/report-context'
import { PAGES } from './pages'

const KEY = 'gov-info-annual-report:page'
const OTHER_PAGES: readonly PageId[] = ['workspace', 'county']

export function loadLastPage(reportId: string): PageId {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as { id?: unknown; page?: unknown } | null
    const page = saved?.id === reportId ? saved.page : null
    const known = PAGES.some((p) => p.id === page) || OTHER_PAGES.includes(page as PageId)
    return known ? (page as PageId) : 'meta'
  } catch {
    return 'meta'
  }
}

export function saveLastPage(reportId: string, page: PageId): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ id: reportId, page }))
  } catch {
    // No storage: a reload starts at 基本信息, nothing else is lost.
  }
}
