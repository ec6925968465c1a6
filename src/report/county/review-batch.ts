// reviewBatch(items, context): a batch of reports as the county review and the command line show
// it. Each item brings its own findings from checkReport (computed in a worker, with last year's
// report chosen by batchPrevious); this adds the checks across reports, the counts and the key
// figures. Pure: 汇总审核's table, the problem list workbook and `npm run check` all read its rows.
import { previousFinder, summarize, type CheckResult } from '../check-report'
import type { Issue } from '../issue'
import { UNIT_TYPE_LABELS, type Report, type UnitType } from '../schema'
import { sortIssues } from '../validate'
import { crossReportIssues } from './cross-checks'
import type { JanuaryRow } from './january'
import { keyFigures, narrativeSimilarity, type KeyFigures } from './key-figures'
import { visibleText } from '../visible-text'

export interface BatchItem {
  id: string
  fileName: string | null
  report: Report
  /** The report's own last-year baseline (以上年报告为底稿), if it has one. */
  baseline?: Report | null
  /** checkReport(report, { previous: batchPrevious(…).get(id), importFindings }). */
  check: CheckResult
  /** Which submission of its unit and year this is (1, 2, …). */
  round?: number
  /** What changed since the previous submission, said in Chinese (null for the first). */
  changes?: string | null
  /** When it was added to the review (ISO), for the roster's 截止日期. */
  receivedAt?: string | null
}

export interface BatchContext {
  /** Other reports at hand (last year's of the same agencies in 我的报告): compared with, not listed. */
  others?: readonly Report[]
}

export interface ReviewRow extends CheckResult {
  id: string
  fileName: string | null
  agency: string
  year: number
  unitType: UnitType
  unitLabel: string
  round: number
  changes: string | null
  figures: KeyFigures
  /** Against last year's report of the same agency, when there is one. */
  similarity: number | null
  report: Report
  receivedAt: string | null
  /** The county office's January (january.ts): triage, rule pack, roster; the counts above are then its open ones. */
  january?: JanuaryRow
}

/** Last year's report for each item: its baseline, else one of the batch, else one of `others`. */
export function batchPrevious(items: readonly Pick<BatchItem, 'id' | 'report' | 'baseline'>[], context: BatchContext = {}): Map<string, Report | null> {
  const find = previousFinder([...items.map((i) => i.report), ...(context.others ?? [])])
  return new Map(items.map((i) => [i.id, find(i.report, i.baseline ?? null)]))
}

/** A report's key figures, computed once per report object (a batch is listed again as each file arrives). */
const figuresOf = new WeakMap<Report, KeyFigures>()
function figures(report: Report): KeyFigures {
  let f = figuresOf.get(report)
  if (!f) figuresOf.set(report, (f = keyFigures(report)))
  return f
}

/**
 * 与上年雷同率 of a report against last year's, once per pair of report objects (reports are never
 * changed in place): comparing two whole narratives is the costliest part of listing a batch again.
 */
const similarityOf = new WeakMap<Report, WeakMap<Report, number>>()
function similarity(report: Report, last: Report): number {
  let inner = similarityOf.get(report)
  if (!inner) similarityOf.set(report, (inner = new WeakMap()))
  let value = inner.get(last)
  if (value === undefined) inner.set(last, (value = narrativeSimilarity(report, last)))
  return value
}

export function reviewBatch(items: readonly BatchItem[], context: BatchContext = {}): ReviewRow[] {
  const cross = crossReportIssues(items.map((i) => ({ id: i.id, label: i.fileName !== null ? visibleText(i.fileName) : visibleText(i.report.meta.agency), report: i.report })))
  const previous = batchPrevious(items, context)
  return items.map((item) => {
    const across: Issue[] = cross.get(item.id) ?? []
    const result = across.length ? summarize(sortIssues([...item.check.issues, ...across])) : item.check
    const last = previous.get(item.id)
    return {
      ...result,
      id: item.id,
      fileName: item.fileName,
      agency: item.report.meta.agency,
      year: item.report.meta.year,
      unitType: item.report.meta.unitType,
      unitLabel: UNIT_TYPE_LABELS[item.report.meta.unitType],
      round: item.round ?? 1,
      changes: item.changes ?? null,
      figures: figures(item.report),
      similarity: last ? similarity(item.report, last) : null,
      report: item.report,
      receivedAt: item.receivedAt ?? null,
    }
  })
}
