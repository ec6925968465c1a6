// The current page's content; each section reads the same form through useFormContext.
import type { PageId } from '@/form/report-context'
import { MetaForm } from '@/form/sections/meta-form'
import { OtherMattersForm } from '@/form/sections/other-matters-form'
import { OverviewForm } from '@/form/sections/overview-form'
import { ProblemsForm } from '@/form/sections/problems-form'
import { TableSection } from '@/form/sections/table-section'
import { tableForSection } from '@/report/tables/registry'
import type { Report } from '@/report/schema'
import { LastYearPanel } from './last-year-panel'
import { ReviewPage } from './review-page'

interface Props {
  page: PageId
  onExport(): void
  onExportDraft(): void
  baseline: Report | null
  onStartFromLastYear(): void
  onClearBaseline(): void
}

export function PageBody({ page, onExport, onExportDraft, baseline, onStartFromLastYear, onClearBaseline }: Props) {
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
      return <ReviewPage onExport={onExport} onExportDraft={onExportDraft} />
    case 'workspace':
    case 'county':
      return null
    default: {
      // 二、三、四: the section's table, whichever it is.
      const table = tableForSection(page)
      return table ? <TableSection def={table} /> : null
    }
  }
}

