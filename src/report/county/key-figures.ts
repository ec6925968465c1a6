// The figures a county reviewer looks at first, per report: the review table, the problem list
// workbook and the command line show the same ones.
import { textSimilarity } from '../similarity'
import { NARRATIVE_FIELDS } from '../narrative-fields'
import type { Report } from '../schema'
import { TOTAL_COLUMN } from '../tables/table-def'
import { FEE_COLUMN, FEE_ROW } from '../tables/table2'
import { CARRIED_FORWARD_ROW, INTAKE_ROWS } from '../tables/table3'
import { TABLE4_GROUPS } from '../tables/table4'
import { computeTotals, totalOf } from '../totals'
import { readValue } from '../values'

export interface KeyFigures {
  newReceived: number
  carriedForward: number
  review: number
  litigation: number
  /** 万元; null when not filled in. */
  feeWanYuan: number | null
  publishDate: string | null
}

/** Their headings in the review table and the problem list workbook. */
export const KEY_FIGURE_LABELS: Record<keyof KeyFigures, string> = {
  newReceived: '新收申请',
  carriedForward: '结转下年度',
  review: '行政复议',
  litigation: '行政诉讼',
  feeWanYuan: '收费金额（万元）',
  publishDate: '成文日期',
}

export const SIMILARITY_LABEL = '与上年雷同率'

export function keyFigures(report: Report): KeyFigures {
  const totals = computeTotals(report)
  const [review, ...litigation] = TABLE4_GROUPS
  return {
    newReceived: totalOf(totals, 'table3', { rowId: INTAKE_ROWS[0].id, colId: TOTAL_COLUMN.id }),
    carriedForward: totalOf(totals, 'table3', { rowId: CARRIED_FORWARD_ROW.id, colId: TOTAL_COLUMN.id }),
    review: totalOf(totals, 'table4', { rowId: review.id, colId: TOTAL_COLUMN.id }),
    litigation: litigation.reduce((n, g) => n + totalOf(totals, 'table4', { rowId: g.id, colId: TOTAL_COLUMN.id }), 0),
    feeWanYuan: readValue(report, 'table2', { rowId: FEE_ROW.id, colId: FEE_COLUMN.id }),
    publishDate: report.meta.publishDate,
  }
}

/** 与上年雷同率: how much of this year's narrative repeats last year's (0 … 1). */
export function narrativeSimilarity(report: Report, previous: Report): number {
  const text = (r: Report) => NARRATIVE_FIELDS.map((f) => f.get(r)).join('\n')
  return textSimilarity(text(report), text(previous))
}
