// The county page's dashboard (lazy chunk): the chosen rows turned into the charts' figures.
import { useMemo } from 'react'
import { unitFigures } from '@/report/county/chart-data'
import type { UnitRow } from '@/report/county/january'
import { openIssues } from '@/report/county/triage'
import type { ReviewRow } from '@/report/county/review-batch'
import { CountyCharts } from './county-charts'

interface Props {
  rows: ReviewRow[]
  /** Every row of the review (last year's reports among them). */
  all: ReviewRow[]
  units: UnitRow[] | null
}

export function CountyDashboard({ rows, all, units }: Props) {
  const figures = useMemo(() => unitFigures(rows, all.map((r) => r.report)), [rows, all])
  const issues = useMemo(() => rows.flatMap((r) => (r.january ? openIssues(r.january.triaged) : r.issues)), [rows])
  return <CountyCharts units={figures} issues={issues} statuses={units?.map((u) => u.status) ?? null} />
}
