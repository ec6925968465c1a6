// The current page's content; each section reads the same form through useFormContext.
import { lazy, Suspense, useEffect } from 'react'
import type { PageId } from '@/form/report-context'
import { MetaForm } from '@/form/sections/meta-form'
import { OtherMattersForm } from '@/form/sections/other-matters-form'
import { OverviewForm } from '@/form/sections/overview-form'
import { ProblemsForm } from '@/form/sections/problems-form'
import { whenIdle } from '@/lib/when-idle'
import { tableForSection } from '@/report/tables/registry'
import type { Report } from '@/report/schema'
import { LastYearPanel } from './last-year-panel'

// The tables' grid (cells, paste, balance bar, table actions) is the largest part of the editor and
// not needed to show 基本信息 or 一: it loads on first use, and is fetched when the page is idle.
const loadTableSection = () => import('@/form/sections/table-section')
const TableSection = lazy(() => loadTableSection().then((m) => ({ default: m.TableSection })))
// 检查与导出 loads when first opened (the side panel already shows the same check list).
const ReviewPage = lazy(() => import('./review-page').then((m) => ({ default: m.ReviewPage })))

interface Props {
  page: PageId
  onExport(): void
  onExportDraft(): void
  baseline: Report | null
  onStartFromLastYear(): void
  onClearBaseline(): void
}

export function PageBody({ page, onExport, onExportDraft, baseline, onStartFromLastYear, onClearBaseline }: Props) {
  useEffect(() => whenIdle(() => void loadTableSection().catch(() => {}), 3000), [])
  switch (page) {
    case 'meta':
      return (
        <>
          <LastYearPanel baseline={baseline} onStart={onStartFromLastYear} onClear={onClearBaseline} />
          <MetaForm />
        </>
      )
    case 'overview':
      return <OverviewForm />
    case 'problems':
      return <ProblemsForm />
    case 'otherMatters':
      return <OtherMattersForm />
    case 'review':
      return (
        <Suspense fallback={<p className="muted">正在加载……</p>}>
          <ReviewPage onExport={onExport} onExportDraft={onExportDraft} />
        </Suspense>
      )
    case 'workspace':
    case 'county':
      return null
    default: {
      // 二、三、四: the section's table, whichever it is.
      const table = tableForSection(page)
      return table ? (
        <Suspense fallback={<p className="muted">正在加载……</p>}>
          <TableSection def={table} />
        </Suspense>
      ) : null
    }
  }
}

