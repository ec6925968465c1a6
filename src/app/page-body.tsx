// The current page's content; each section reads the same form through useFormContext.
import type { PageId } from '@/form/report-context'
import { MetaForm } from '@/form/sections/meta-form'
import { OtherMattersForm } from '@/form/sections/other-matters-form'
import { OverviewForm } from '@/form/sections/overview-form'
import { ProblemsForm } from '@/form/sections/problems-form'
import { TableSection } from '@/form/sections/table-section'
import { TABLES } from '@/report/tables/registry'
import type { Report } from '@/report/schema'
import { LastYearPanel } from './last-year-panel'
import { ReviewPage } from './review-page'

interface Props {
  page: PageId
  onExport(): void
  baseline: Report | null
  onStartFromLastYear(): void
  onClearBaseline(): void
}

export function PageBody({ page, onExport, baseline, onStartFromLastYear, onClearBaseline }: Props) {
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
    case 'proactive':
      return <TableSection def={TABLES.table2} />
    case 'requests':
      return <TableSection def={TABLES.table3} />
    case 'appeals':
      return <TableSection def={TABLES.table4} />
    case 'problems':
      return <ProblemsForm />
    case 'otherMatters':
      return <OtherMattersForm />
    case 'review':
      return <ReviewPage onExport={onExport} />
  }
}

