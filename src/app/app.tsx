// The app: the workspace opened at start-up, one react-hook-form form holding the open report,
// the navigator (我的报告 and the report's pages), the current page and the live check panel.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { FormProvider, useForm, useFormContext } from 'react-hook-form'
import { toFormValues, type FormValues } from '@/form/form-values'
import { createIssueStore } from '@/form/issue-store'
import { UndoButtons, useUndoKeys } from '@/form/undo-buttons'
import { createUndoHistory } from '@/form/undo-history'
import { EditorContext, type EditorContextValue, type PageId } from '@/form/report-context'
import { ValidationRunner } from '@/form/validation-runner'
import { createEmptyReport, isBlankReport } from '@/report/default-report'
import { issueCounts, type Issue } from '@/report/issue'
import { listEntries, saveCounts, type OpenedReport } from '@/lib/workspace'
import type { WorkspaceDB } from '@/lib/workspace-db'
import { useDialog } from './dialogs'
import { useLeaveDialog } from './leave-dialog'
import { HeaderBar } from './header-bar'
import { PageBody } from './page-body'
import { loadLastPage, saveLastPage } from './last-page'
import { APP_PAGE_HEADING, PAGES, pageIndex } from './pages'
import { ReportFileInput } from './report-file-input'
import { SectionNav } from './section-nav'
import { SidePanel } from './side-panel'
import { Toasts, useToasts } from './toasts'
import { useExportActions } from './use-export-actions'
import { PublishActions } from './publish-actions'
import { usePrint } from './use-print'
import { useFocusRequest } from './use-focus-request'
import { useLastYear } from './use-last-year'
import { useOpenActions } from './use-open-actions'
import { memoryReport, useReportSession } from './use-report-session'
import { useSaveProblem } from './save-status'
import { useWorkspaceStart, type WorkspaceStart } from './use-workspace'

// Pages and dialogs other than the editor load when they are first shown: the county review (with
// TanStack Table, Virtual and its workers), 我的报告 and 历史版本.
const CountyPage = lazy(() => import('./county/county-page').then((m) => ({ default: m.CountyPage })))
const WorkspacePage = lazy(() => import('./workspace-page').then((m) => ({ default: m.WorkspacePage })))
const VersionHistory = lazy(() => import('./version-history').then((m) => ({ default: m.VersionHistory })))
// Shown only when they have something to say: the service worker's update prompt (it registers the
// worker once loaded, after the editor's first paint) and the banners of a conflict or failing save.
const UpdatePrompt = lazy(() => import('./update-prompt').then((m) => ({ default: m.UpdatePrompt })))
// Said only when start-up has something to report (a moved or damaged draft, a damaged report).
const StartupNotice = lazy(() => import('./startup-notice').then((m) => ({ default: m.StartupNotice })))
const ConflictBanner = lazy(() => import('./conflict-banner').then((m) => ({ default: m.ConflictBanner })))
const StorageFailureBanner = lazy(() => import('./conflict-banner').then((m) => ({ default: m.StorageFailureBanner })))

/** Without storage the app still works on one report in memory, and says so. */
const memoryStart = () => memoryReport({ report: createEmptyReport(), origin: 'new' })

export function App() {
  const start = useWorkspaceStart()
  if (start.kind === 'loading') return <div className="app-loading" role="status">正在打开“我的报告”……</div>
  const opened = start.kind === 'ready' ? start.opened : memoryStart()
  return <Shell start={start} db={start.kind === 'ready' ? start.db : null} initial={opened} />
}

function Shell({ start, db, initial }: { start: Exclude<WorkspaceStart, { kind: 'loading' }>; db: WorkspaceDB | null; initial: OpenedReport }) {
  // Edits a failing save left behind (pending-save.ts) are shown, not the older stored state.
  const unsaved = start.kind === 'ready' ? start.unsaved : null
  const form = useForm<FormValues>({ defaultValues: toFormValues(unsaved ?? initial.report) })
  return (
    <FormProvider {...form}>
      <Editor start={start} db={db} initial={initial} />
    </FormProvider>
  )
}

function Editor({ start, db, initial }: { start: Exclude<WorkspaceStart, { kind: 'loading' }>; db: WorkspaceDB | null; initial: OpenedReport }) {
  const { store: toasts, notify } = useToasts()
  const { ask, element: dialog } = useDialog()
  const session = useReportSession(db, initial, notify, useLeaveDialog(ask, notify, !db))
  const { opened, autosave, currentReport, currentId } = session
  const lastYear = useLastYear(db, opened)
  const issues = useMemo(() => createIssueStore(), [])
  const form = useFormContext<FormValues>()
  const history = useMemo(() => createUndoHistory(form), [form])
  useEffect(() => history.watchFocus(document), [history])
  // Undo steps belong to the report they were made in.
  useEffect(() => history.clear(), [history, opened.entry.id, opened.revision])
  const [page, setPageState] = useState<PageId>(() => loadLastPage(initial.entry.id))
  const [historyOpen, setHistory] = useState(false)
  const { requestFocus } = useFocusRequest(page)
  const fileInput = useRef<HTMLInputElement>(null)
  const lastYearInput = useRef<HTMLInputElement>(null)

  const openedId = opened.entry.id
  const pageRef = useRef(page)
  // Leaving a section shows its findings as they are (a new report holds them back until then);
  // 检查与导出 shows them all.
  const setPage = useCallback((target: PageId) => {
    if (pageRef.current !== target) issues.reveal(pageRef.current)
    if (target === 'review') issues.reveal('all')
    pageRef.current = target
    setPageState(target)
    saveLastPage(currentId(), target)
  }, [issues, currentId])
  // Only when another report is opened (its first state decides), not as it is edited.
  const holdBack = opened.entry.origin === 'new' && isBlankReport(opened.report)
  useEffect(() => issues.resetReveal(holdBack), [issues, openedId, holdBack])

  const goTo = useCallback((target: PageId, focus?: string) => {
    setPage(target)
    requestFocus(focus)
  }, [requestFocus, setPage])

  const openReport = useCallback(async (id: string) => {
    if (await session.openById(id)) setPage('meta')
  }, [session, setPage])
  const opening = useOpenActions({ ask, notify, add: session.add, resubmit: session.resubmit, openById: session.openById, db, opened: () => setPage('meta') })
  const exporting = useExportActions({
    currentReport, notify, previous: lastYear, importFindings: opened.findings, showReview: () => setPage('review'),
    exported: (report) => session.keepVersion('export', report),
  })
  const printing = usePrint(currentReport)
  // The web page writer loads on first use.
  const web = useCallback(async (action: 'export' | 'copy') => {
    const report = currentReport()
    try {
      const m = await import('./web-page-actions')
      await (action === 'export' ? m.exportWebPage(report, notify) : m.copyWebPage(report, notify))
    } catch {
      notify('未能生成网页：请检查网络后重试（首次使用需加载组件），或保存报告后刷新页面。', 'error')
    }
  }, [currentReport, notify])
  const onResult = useCallback((list: Issue[]) => {
    // Shown on 我的报告; each save keeps the counts stored here.
    if (db) void saveCounts(db, currentId(), issueCounts(list)).catch(() => {})
  }, [db, currentId])
  const currentDeleted = useCallback(async () => {
    const next = db ? (await listEntries(db))[0] : undefined
    if (next) await session.openById(next.id)
    else await opening.onNew()
  }, [db, session, opening])

  // Restored unsaved edits are saved again at once: stored if storage is back, else the banner says so.
  const restoredUnsaved = useRef(start.kind === 'ready' && start.unsaved !== null)
  useEffect(() => {
    if (!restoredUnsaved.current) return
    restoredUnsaved.current = false
    notify('已恢复上次未能保存的修改')
    void autosave.saveWith({})
  }, [notify, autosave])

  const editor = useMemo<EditorContextValue>(() => ({ issues, history, goTo, notify }), [issues, history, goTo, notify])
  const index = pageIndex(page)
  const current = PAGES[index]
  const problem = useSaveProblem(autosave.statusStore, opened.entry.id)
  useUndoKeys(history, page !== 'workspace' && page !== 'county')
  const failure = start.kind === 'unavailable' ? start.reason : problem.failure

  return (
    <EditorContext.Provider value={editor}>
      <ValidationRunner store={issues} previous={lastYear} extra={opened.findings} onResult={onResult} />
      <div className="app">
        <HeaderBar statusStore={autosave.statusStore} reportId={opened.entry.id} memoryOnly={!db} onNew={() => void opening.onNew()} onOpen={() => fileInput.current?.click()}
          onSave={exporting.onSave} onExport={() => void exporting.onExport()} onHistory={db ? () => setHistory(true) : null} noReport={page === 'county'}>
          <PublishActions onPrint={() => void printing.print().catch(() => notify('未能准备打印：请检查网络后重试，或保存报告后刷新页面。', 'error'))} onExportDraft={() => void exporting.onExportDraft()}
            onExportWeb={() => void web('export')} onCopyWeb={() => void web('copy')} />
        </HeaderBar>
        <ReportFileInput ref={fileInput} label="选择报告文件" testId="open-file" onFile={opening.openFile} />
        <ReportFileInput ref={lastYearInput} label="选择上年报告文件" testId="last-year-file" onFile={opening.startFromLastYear} />
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
        {opening.readingStatus}
        <Suspense fallback={null}>
          {start.kind === 'ready' && (start.migration.kind !== 'none' || start.damaged) && <StartupNotice migration={start.migration} damaged={start.damaged} />}
          {problem.conflict && (
            <ConflictBanner onLoadOther={() => void session.loadOther()} onKeepMine={() => void session.keepMine()} onDownload={exporting.onSave} />
          )}
          {failure && <StorageFailureBanner reason={failure} onDownload={exporting.onSave} />}
        </Suspense>
        <div className="workspace">
          <SectionNav current={page} />
          <main className="page" aria-labelledby="page-heading">
            <div className="page-head">
              <h2 id="page-heading">{page === 'workspace' || page === 'county' ? APP_PAGE_HEADING[page] : current?.heading}</h2>
              {page !== 'workspace' && page !== 'county' && <UndoButtons history={history} />}
            </div>
            {page === 'county' && db ? (
              <Suspense fallback={<p className="muted">正在加载……</p>}>
                <CountyPage db={db} notify={notify} onOpen={(id) => void session.openById(id).then((ok) => ok && setPage('review'))}
                  add={session.add} onAggregated={() => setPage('review')} />
              </Suspense>
            ) : page === 'workspace' && db ? (
              <Suspense fallback={<p className="muted">正在加载……</p>}>
                <WorkspacePage db={db} currentId={opened.entry.id} onOpen={async (id) => { await openReport(id); return true }}
                  onNew={() => void opening.onNew()} onOpenFile={() => fileInput.current?.click()} onPasteHtml={opening.openPastedPage}
                  onStartFromLastYear={() => lastYearInput.current?.click()} onCurrentDeleted={currentDeleted} notify={notify} ask={ask} />
              </Suspense>
            ) : page === 'workspace' || page === 'county' ? (
              <p>浏览器没有提供本地存储，只能编辑当前这一份报告。请用“保存报告”下载文件保存。</p>
            ) : (
              <>
                {/* No page-wide <form>: the grid's inputs have a small form per row (stat-table-grid.tsx). */}
                <PageBody page={page} onExport={() => void exporting.onExport()} onExportDraft={() => void exporting.onExportDraft()} baseline={opened.baseline}
                  onStartFromLastYear={() => lastYearInput.current?.click()} onClearBaseline={() => void session.setBaseline(null)} />
                <div className="pager">
                  <button type="button" disabled={index <= 0} onClick={() => goTo(PAGES[index - 1]!.id)}>上一节</button>
                  <button type="button" disabled={index >= PAGES.length - 1} onClick={() => goTo(PAGES[index + 1]!.id)}>下一节</button>
                </div>
              </>
            )}
          </main>
          {page !== 'workspace' && page !== 'county' && page !== 'review' && <SidePanel />}
        </div>
      </div>
      <Toasts store={toasts} />
      {dialog}
      {printing.element}
      {historyOpen && db && (
        <Suspense fallback={null}>
          <VersionHistory db={db} reportId={opened.entry.id} onRestore={(version) => session.restore(version, history.replace)} onClose={() => setHistory(false)} />
        </Suspense>
      )}
    </EditorContext.Provider>
  )
}
