// 汇总审核: the county office opens its units' reports in one go (files, a folder, or dropped),
// sees every report's findings and key figures, the checks across reports, builds the county
// total and exports the problem list to send back (report-file.md §7).
import { REPORT_FILE_ACCEPT } from '@/import/report-files'
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent } from 'react'
import { aggregateReports } from '@/report/county/aggregate'
import { planAggregate, type AggregatePlan, type PlanItem } from '@/report/county/aggregate-plan'
import type { ReviewRow } from '@/report/county/review-batch'
import { UNIT_TYPES, UNIT_TYPE_LABELS } from '@/report/schema'
import type { NewReport } from '@/lib/workspace'
import type { VersionReason, WorkspaceDB } from '@/lib/workspace-db'
import { downloadBlob } from '@/lib/download'
import type { Notify } from '../toasts'
import { droppedFiles, splitFiles } from './collect-files'
import { AggregateDialog } from './aggregate-dialog'
import { ReviewTable } from './review-table'
import { useCountyReview } from './use-county-review'
import { countyView, saveCountyView } from './view-state'
import { useJanuary } from './use-january'
import { RosterPanel } from './roster-panel'
import { PackPicker } from './pack-picker'
import { TriagePanel } from './triage-panel'
import { exportLetters } from './letters-action'
import './january.css'
import { visibleText } from '@/report/visible-text'

// The dashboard's SVG charts load only when the reviewer opens them.
const CountyCharts = lazy(() => import('./charts/county-dashboard').then((m) => ({ default: m.CountyDashboard })))

interface Props {
  db: WorkspaceDB
  notify: Notify
  /** Opens a report of the review in the editor (its check results shown). */
  onOpen(id: string): void
  add(input: NewReport, reason: VersionReason): Promise<boolean>
  /** After the county total was added and opened. */
  onAggregated(): void
}

export function CountyPage({ db, notify, onOpen, add, onAggregated }: Props) {
  const review = useCountyReview(db)
  // The view as the reviewer left it (view-state.ts), written back as it changes.
  const [view] = useState(countyView)
  const [selected, setSelected] = useState<ReadonlySet<string>>(view.selected)
  const [onlyErrors, setOnlyErrors] = useState(view.onlyErrors)
  const [unitType, setUnitType] = useState(view.unitType)
  const [year, setYear] = useState(view.year)
  const [query, setQuery] = useState(view.query)
  const [sorting, setSorting] = useState(view.sorting)
  const [triageId, setTriageId] = useState(view.triageId)
  const [charts, setCharts] = useState(false)
  useEffect(() => saveCountyView({ selected, onlyErrors, unitType, year, query, sorting, triageId }), [selected, onlyErrors, unitType, year, query, sorting, triageId])
  const onScrollTop = useCallback((scrollTop: number) => saveCountyView({ scrollTop }), [])
  // Stable row callbacks, so that the table is not drawn again with every progress step.
  const openRef = useRef(onOpen)
  useLayoutEffect(() => {
    openRef.current = onOpen
  })
  const openRow = useCallback((r: ReviewRow) => openRef.current(r.id), [])
  const startTriage = useCallback((r: ReviewRow) => setTriageId(r.id), [])
  const [dragging, setDragging] = useState(false)
  const [keepBoth, setKeepBoth] = useState(false)
  const [plan, setPlan] = useState<AggregatePlan | null>(null)
  const filesInput = useRef<HTMLInputElement>(null)
  const folderInput = useRef<HTMLInputElement>(null)
  const january = useJanuary(db, review.rows, notify)
  const rows = january.rows
  const years = useMemo(() => [...new Set((rows ?? []).map((r) => r.year))].sort((a, b) => b - a), [rows])
  const shown = useMemo(() => (rows ?? []).filter((r) =>
    (!onlyErrors || r.errors > 0) && (!unitType || r.unitType === unitType) && (!year || r.year === Number(year))
    && (!query.trim() || r.agency.includes(query.trim()))), [rows, onlyErrors, unitType, year, query])
  const triageRow = rows?.find((r) => r.id === triageId) ?? null
  // The dashboard draws the selection among the rows shown (all shown when none is selected).
  const shownChosen = useMemo(() => (selected.size > 0 ? shown.filter((r) => selected.has(r.id)) : shown), [shown, selected])

  const open = async (files: File[]) => {
    const { reports, others } = splitFiles(files)
    if (others.length > 0) notify(`已跳过 ${others.length} 个不是报告的文件（只读取 .docx、.json、网页 .html/.mhtml 和 PDF）：${others.slice(0, 3).join('、')}${others.length > 3 ? '等' : ''}`)
    if (reports.length === 0) return
    const result = await review.addFiles(reports, keepBoth)
    // The choice holds for one batch: the next one is again read as new versions by default.
    setKeepBoth(false)
    if (!result) return
    const parts = [
      `已读取 ${result.added + result.version + result.same} 份报告`,
      result.added ? `${result.added} 份新加入“我的报告”` : '',
      result.version ? `${result.version} 份作为已有报告的新版本（原内容在“历史版本”中）` : '',
      result.same ? `${result.same} 份与已有报告内容相同，未重复添加` : '',
      result.failed ? `${result.failed} 项无法读取（见下方列表）` : '',
    ]
    notify(parts.filter(Boolean).join('，'), result.failed ? 'error' : 'info')
  }

  const chosen = (): ReviewRow[] => {
    const all = rows ?? []
    return selected.size > 0 ? all.filter((r) => selected.has(r.id)) : all
  }

  /** 生成汇总报告 asks first: the plan, in a dialog (nothing is summed before 生成). */
  const aggregate = () => setPlan(planAggregate(review.itemsOf(selected.size > 0 ? [...selected] : null)))
  const byId = useMemo(() => new Map((rows ?? []).map((r) => [r.id, r])), [rows])
  const describe = (item: PlanItem) => {
    const row = byId.get(item.id)
    return [row?.fileName && visibleText(row.fileName), row && row.round > 1 ? `第 ${row.round} 次提交` : ''].filter(Boolean).join('，')
  }

  const generate = async (items: PlanItem[], agency: string) => {
    setPlan(null)
    const result = aggregateReports(items.map((i) => i.report), { agency })
    if (!result.ok) return notify(result.message, 'error')
    if (await add({ report: result.report, origin: 'aggregate' }, 'created')) {
      onAggregated()
      const blanks = result.blanks.length ? `其中 ${result.blanks.length} 个单位有数据项未填（${result.blanks.slice(0, 3).map((b) => b.unit).join('、')}${result.blanks.length > 3 ? '等' : ''}），已按 0 相加。` : ''
      notify(`已生成 ${result.units.length} 个单位的汇总报告，并加入“我的报告”。${blanks}请在“基本信息”中核对机关全称，再补写文字部分。`)
    }
  }

  const exportProblems = async () => {
    try {
      const { problemWorkbook } = await import('./problem-workbook')
      downloadBlob(await problemWorkbook(chosen(), review.failed), `问题清单（${chosen().length} 份报告）.xlsx`)
    } catch {
      notify('导出问题清单失败：请刷新页面后重试', 'error')
    }
  }

  const onDrop = async (e: DragEvent) => {
    e.preventDefault()
    setDragging(false)
    await open(await droppedFiles(e.dataTransfer))
  }

  return (
    <div className="county-page">
      <div className={`drop-zone${dragging ? ' dragging' : ''}`} onDragOver={(e) => { e.preventDefault(); setDragging(true) }}
        onDragLeave={() => setDragging(false)} onDrop={(e) => void onDrop(e)}>
        <p>把各单位的报告文件（.docx、.json，或发布的网页 .html/.mhtml、PDF）或整个文件夹拖到这里，或：</p>
        <button type="button" className="primary" onClick={() => filesInput.current?.click()}>批量打开</button>
        <button type="button" onClick={() => folderInput.current?.click()}>选择文件夹…</button>
        <input ref={filesInput} type="file" multiple accept={REPORT_FILE_ACCEPT} hidden aria-label="批量打开报告文件" data-testid="batch-files"
          onChange={(e) => { const files = [...(e.target.files ?? [])]; e.target.value = ''; void open(files) }} />
        <input ref={folderInput} type="file" hidden aria-label="选择报告所在的文件夹" data-testid="batch-folder"
          {...{ webkitdirectory: '' }} onChange={(e) => { const files = [...(e.target.files ?? [])]; e.target.value = ''; void open(files) }} />
        <p className="hint">文件在本机读取和检查，不会上传；每份报告同时加入“我的报告”。同一单位同一年度的文件作为已有报告的新版本，内容相同的不重复添加。</p>
        <label className="check keep-both"><input type="checkbox" checked={keepBoth} onChange={(e) => setKeepBoth(e.target.checked)} />本批文件中同一单位同一年度的报告两份都保留（不作为新版本）</label>
      </div>

      {review.progress && (
        <div className="batch-progress" aria-live="polite" aria-busy={review.progress.busy} data-testid="batch-progress">
          <progress max={review.progress.total} value={review.progress.done} aria-label="读取进度" />
          <span>已读取 {review.progress.done} / {review.progress.total}{review.progress.busy && review.progress.done >= review.progress.total ? '，正在核对……' : ''}</span>
          <ul>
            {review.progress.recent.map((r, i) => <li key={i} className={r.ok ? 'ok' : 'bad'}>{r.ok ? '✓' : '✗'} {visibleText(r.name)}：{r.text}</li>)}
          </ul>
        </div>
      )}

      {january.settings && (
        <RosterPanel roster={january.settings.roster} deadline={january.settings.deadline} units={january.units} unmatched={january.unmatched}
          onSave={(roster) => january.update({ roster })} onDeadline={(deadline) => january.update({ deadline })} notify={notify} />
      )}

      {review.failed.length > 0 && (
        <section className="failed-files" aria-label="无法读取的文件">
          <h3>无法读取的文件（{review.failed.length}）</h3>
          <ul>{review.failed.map((f, i) => <li key={i} data-failed-file={f.name}><strong>{visibleText(f.name)}</strong>：{f.reason}</li>)}</ul>
        </section>
      )}

      <div className="review-actions">
        <label className="check"><input type="checkbox" checked={onlyErrors} onChange={(e) => setOnlyErrors(e.target.checked)} />只看有错误</label>
        <select aria-label="按单位类型筛选" value={unitType} onChange={(e) => setUnitType(e.target.value)}>
          <option value="">全部单位类型</option>
          {UNIT_TYPES.map((u) => <option key={u} value={u}>{UNIT_TYPE_LABELS[u]}</option>)}
        </select>
        <select aria-label="按年度筛选" value={year} onChange={(e) => setYear(e.target.value)}>
          <option value="">全部年度</option>
          {years.map((y) => <option key={y} value={y}>{y}年</option>)}
        </select>
        <input type="search" aria-label="按单位名称筛选" placeholder="按单位名称筛选" value={query} onChange={(e) => setQuery(e.target.value)} />
        <span className="spacer-flex" />
        <span className="muted" data-testid="review-count">共 {rows?.length ?? 0} 份，显示 {shown.length} 份{selected.size > 0 ? `，已选 ${selected.size} 份` : ''}</span>
        {january.settings && <PackPicker pack={january.settings.pack} onPack={(pack) => january.update({ pack })} notify={notify} />}
        <button type="button" onClick={aggregate} disabled={!rows?.length}>生成汇总报告</button>
        <button type="button" onClick={() => void exportProblems()} disabled={!rows?.length && review.failed.length === 0}>导出问题清单</button>
        <button type="button" onClick={() => void exportLetters(chosen(), january.settings, notify)} disabled={!rows?.length}>导出整改通知</button>
        <button type="button" aria-expanded={charts} onClick={() => setCharts(!charts)} disabled={!rows?.length}>{charts ? '收起县域概览' : '县域概览'}</button>
        <button type="button" className="link" onClick={() => { void review.remove(selected.size ? new Set(selected) : null); setSelected(new Set()) }}
          disabled={!rows?.length && review.failed.length === 0}>{selected.size ? '移出所选' : '清空列表'}</button>
      </div>

      {plan && <AggregateDialog plan={plan} describe={describe} onGenerate={(items, agency) => void generate(items, agency)} onCancel={() => setPlan(null)}
        missingUnits={january.roster ? january.units.filter((u) => u.status === 'missing').map((u) => u.name) : []} />}

      {rows === null ? <p className="muted">正在读取……</p> : rows.length === 0 ? (
        <p className="muted">还没有报告：请批量打开各单位的报告文件。</p>
      ) : (
        <ReviewTable rows={shown} selected={selected} onSelect={setSelected} onOpen={openRow}
          sorting={sorting} onSorting={setSorting} scrollTop={view.scrollTop} onScrollTop={onScrollTop} onTriage={startTriage} />
      )}

      {january.settings && (
        <div className="letter-settings">
          <label className="inline">整改通知发文单位<input value={january.settings.office} onChange={(e) => january.update({ office: e.target.value })} /></label>
          <label className="inline">重新报送期限<input type="date" value={january.settings.resubmitBy ?? ''} onChange={(e) => january.update({ resubmitBy: e.target.value || null })} /></label>
        </div>
      )}

      {triageRow && (
        <TriagePanel row={triageRow} pairs={january.pairsOf(triageRow.id)} agencyOf={january.agencyOf}
          onMark={january.mark} onClose={() => setTriageId(null)} />
      )}

      {charts && rows && (
        <Suspense fallback={<p className="muted">正在绘制……</p>}>
          <CountyCharts rows={shownChosen} all={rows} units={january.roster ? january.units : null} />
        </Suspense>
      )}
    </div>
  )
}
