// The review table: one row per report (report-file.md §7 attributes), sortable by every column
// through TanStack Table, and virtualized (TanStack Virtual) so that 500 reports scroll smoothly:
// only the rows in view are in the DOM, with spacer rows keeping the scroll height.
import {
  createColumnHelper, createSortedRowModel, rowSortingFeature, sortFn_alphanumeric, sortFn_basic, tableFeatures, useTable,
  type SortingState,
} from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useRef } from 'react'
import { agencyLabel, formatCellValue } from '@/report/format'
import { KEY_FIGURE_LABELS, SIMILARITY_LABEL } from '@/report/county/key-figures'
import { deductionText } from '@/report/county/scoring'
import type { ReviewRow } from '@/report/county/review-batch'
import { usePrinting } from './use-printing'
import { visibleText } from '@/report/visible-text'

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
})
const helper = createColumnHelper<typeof features, ReviewRow>()
const ROW_HEIGHT = 38

const L = KEY_FIGURE_LABELS
const number = { sortFn: 'basic' as const, sortUndefined: 'last' as const }
const columns = helper.columns([
  helper.accessor('agency', { header: '单位', sortFn: 'alphanumeric' }),
  helper.accessor('year', { header: '年度', ...number }),
  helper.accessor('unitLabel', { header: '类型', sortFn: 'alphanumeric' }),
  helper.accessor('errors', { header: '错误', ...number }),
  helper.accessor('warnings', { header: '提醒', ...number }),
  // January (issue 20): the round and lateness, and the score under the loaded rule pack.
  helper.accessor((r) => r.round, { id: 'round', header: '报送', ...number }),
  helper.accessor((r) => r.january?.score?.score, { id: 'score', header: '得分', ...number }),
  helper.accessor((r) => r.figures.newReceived, { id: 'newReceived', header: L.newReceived, ...number }),
  helper.accessor((r) => r.figures.carriedForward, { id: 'carriedForward', header: L.carriedForward, ...number }),
  helper.accessor((r) => r.figures.review, { id: 'review', header: L.review, ...number }),
  helper.accessor((r) => r.figures.litigation, { id: 'litigation', header: L.litigation, ...number }),
  helper.accessor((r) => r.figures.feeWanYuan ?? undefined, { id: 'fee', header: L.feeWanYuan, ...number }),
  helper.accessor((r) => r.figures.publishDate ?? undefined, { id: 'publishDate', header: L.publishDate, sortFn: 'alphanumeric', sortUndefined: 'last' }),
  helper.accessor((r) => r.similarity ?? undefined, { id: 'similarity', header: SIMILARITY_LABEL, ...number }),
])

function cellText(row: ReviewRow, columnId: string): string {
  switch (columnId) {
    case 'agency': return agencyLabel(row.agency)
    case 'year': return `${row.year}`
    case 'unitLabel': return row.unitLabel
    case 'errors': return `${row.errors}`
    case 'warnings': return `${row.warnings}`
    case 'fee': return formatCellValue(row.figures.feeWanYuan)
    case 'publishDate': return row.figures.publishDate ?? '—'
    case 'similarity': return row.similarity === null ? '—' : `${Math.round(row.similarity * 100)}%`
    case 'round': return `第 ${row.round} 次${row.january?.late ? '（逾期）' : ''}${row.january?.unmatched ? '（不在名单）' : ''}`
    case 'score': return row.january?.score ? `${row.january.score.score}` : '—'
    default: return String(row.figures[columnId as 'newReceived'])
  }
}

interface Props {
  rows: ReviewRow[]
  selected: ReadonlySet<string>
  onSelect(ids: ReadonlySet<string>): void
  onOpen(row: ReviewRow): void
  /** Sort and scroll are the page's, so that they survive a visit to the editor. */
  sorting: SortingState
  onSorting(sorting: SortingState): void
  scrollTop: number
  onScrollTop(top: number): void
  onTriage(row: ReviewRow): void
}

export function ReviewTable({ rows, selected, onSelect, onOpen, sorting, onSorting, scrollTop, onScrollTop, onTriage }: Props) {
  const table = useTable({ features, columns, data: rows, state: { sorting },
    onSortingChange: (u) => onSorting(typeof u === 'function' ? u(sorting) : u), getRowId: (r) => r.id })
  const sorted = table.getRowModel().rows
  const leaves = table.getAllLeafColumns()
  const scroller = useRef<HTMLDivElement>(null)
  // The app does not use the React Compiler; the virtualizer's results are read in this render only.
  // oxlint-disable-next-line react/incompatible-library
  const virtualizer = useVirtualizer({ count: sorted.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 })
  // Back from the editor: where the reviewer was.
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = scrollTop
    // Only on mount: later scrolling is the reviewer's.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  // Printing draws every row, not only those in view.
  const printing = usePrinting()
  const items = printing ? sorted.map((_, index) => ({ index, key: index, start: 0, end: 0, size: ROW_HEIGHT, lane: 0 })) : virtualizer.getVirtualItems()
  const top = printing ? 0 : items[0]?.start ?? 0
  const bottom = printing ? 0 : virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id))
  const toggle = (id: string) => {
    const next = new Set(selected)
    if (!next.delete(id)) next.add(id)
    onSelect(next)
  }

  return (
    <div className="review-scroll" ref={scroller} onScroll={(e) => onScrollTop(e.currentTarget.scrollTop)}>
      <table className="review-table" aria-label="汇总审核报告列表" aria-rowcount={rows.length + 1}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              <th scope="col" className="select-col">
                <input type="checkbox" aria-label="全选" checked={allSelected}
                  onChange={() => onSelect(allSelected ? new Set() : new Set(rows.map((r) => r.id)))} />
              </th>
              {group.headers.map((header) => {
                const sortedAs = header.column.getIsSorted()
                return (
                  <th key={header.id} scope="col" aria-sort={sortedAs === 'asc' ? 'ascending' : sortedAs === 'desc' ? 'descending' : 'none'}>
                    <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
                      <table.FlexRender header={header} />
                      <span aria-hidden>{sortedAs === 'asc' ? ' ▲' : sortedAs === 'desc' ? ' ▼' : ''}</span>
                    </button>
                  </th>
                )
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {top > 0 && <tr aria-hidden className="spacer"><td colSpan={columns.length + 1} style={{ height: top }} /></tr>}
          {items.map((item) => {
            const row = sorted[item.index]!.original
            return (
              <tr key={row.id} className={row.errors ? 'has-errors' : undefined} data-report-row={row.id} data-agency={row.agency}
                data-year={row.year} data-errors={row.errors} data-warnings={row.warnings} data-error-rules={row.errorRules.join(' ')}
                data-round={row.round} data-late={row.january?.late || undefined} data-unmatched={row.january?.unmatched || undefined}
                data-score={row.january?.score?.score} data-deductions={row.january?.score ? deductionText(row.january.score.deductions, { ids: true }) : undefined}
                aria-rowindex={item.index + 2} onClick={() => onOpen(row)}>
                <td className="select-col" onClick={(e) => e.stopPropagation()}>
                  <input type="checkbox" aria-label={`选择 ${row.agency ? agencyLabel(row.agency) : row.fileName ? visibleText(row.fileName) : '报告'} ${row.year}年`} checked={selected.has(row.id)}
                    onChange={() => toggle(row.id)} />
                </td>
                {leaves.map((c) => (
                  <td key={c.id} className={`col-${c.id}`}>
                    {c.id === 'agency' ? (
                      <><button type="button" className="link report-name" onClick={(e) => { e.stopPropagation(); onOpen(row) }}>{cellText(row, 'agency')}</button>
                        {row.fileName && <span className="origin">{visibleText(row.fileName)}</span>}
                        {row.round > 1 && <span className="round">第 {row.round} 次提交：{row.changes}</span>}</>
                    ) : c.id === 'errors' ? (
                      <button type="button" className="link" aria-label={`处理 ${agencyLabel(row.agency)} ${row.year}年的问题`}
                        onClick={(e) => { e.stopPropagation(); onTriage(row) }}>{cellText(row, c.id)}</button>
                    ) : c.id === 'score' && row.january?.score?.deductions.length ? (
                      <span title={deductionText(row.january.score.deductions)}>{cellText(row, c.id)}</span>
                    ) : cellText(row, c.id)}
                  </td>
                ))}
              </tr>
            )
          })}
          {bottom > 0 && <tr aria-hidden className="spacer"><td colSpan={columns.length + 1} style={{ height: bottom }} /></tr>}
        </tbody>
      </table>
    </div>
  )
}
