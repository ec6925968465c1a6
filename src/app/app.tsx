// The editor: one react-hook-form form for the whole report, the section navigator, the
// current page, and the live check panel. Loads the autosaved draft before the first render.
import { useCallback, useMemo, useRef, useState, type RefObject } from 'react'
import { FormProvider, useForm, useFormContext } from 'react-hook-form'
import { toFormValues, type FormValues } from '@/form/form-values'
import { createIssueStore } from '@/form/issue-store'
import { EditorContext, type EditorContextValue, type PageId } from '@/form/report-context'
import { useCurrentReport } from '@/form/use-report'
import { ValidationRunner } from '@/form/validation-runner'
import { createEmptyReport } from '@/report/default-report'
import type { Issue } from '@/report/issue'
import type { Report } from '@/report/schema'
import { loadBaseline, loadDraft, saveBaseline, type LoadResult } from '@/lib/draft-storage'
import { ConflictBanner, StorageFailureBanner } from './conflict-banner'
import { useDialog } from './dialogs'
import { HeaderBar } from './header-bar'
import { PageBody } from './page-body'
import { PAGES, pageIndex } from './pages'
import { SectionNav } from './section-nav'
import { SidePanel } from './side-panel'
import { useAutosave } from './use-autosave'
import { useExportActions } from './use-export-actions'
import { useOpenActions } from './use-open-actions'
import { useFocusRequest } from './use-focus-request'
import { Toasts, useToasts } from './toasts'
import { UpdatePrompt } from './update-prompt'

function initialState(): { report: Report; load: LoadResult } {
  const load = loadDraft()
  return { report: load.kind === 'loaded' ? load.draft.report : createEmptyReport(), load }
}

export function App() {
  const [{ report: initial, load }] = useState(initialState)
  const form = useForm<FormValues>({ defaultValues: toFormValues(initial) })
  return (
    <FormProvider {...form}>
      <Editor load={load} />
    </FormProvider>
  )
}

function Editor({ load }: { load: LoadResult }) {
  const form = useFormContext<FormValues>()
  const currentReport = useCurrentReport()
  const [baseline, setBaseline] = useState<Report | null>(loadBaseline)
  const [importFindings, setImportFindings] = useState<Issue[]>([])
  const issues = useMemo(() => createIssueStore(), [])
  const [page, setPage] = useState<PageId>('meta')
  const { toasts, notify } = useToasts()
  const { ask, element: dialog } = useDialog()
  const { requestFocus } = useFocusRequest(page)
  const autosave = useAutosave(form, currentReport, load.kind !== 'unavailable', load.kind === 'loaded' ? load.draft.savedAt : null)
  const saved = autosave.last
  const fileInput = useRef<HTMLInputElement>(null)
  const lastYearInput = useRef<HTMLInputElement>(null)

  const goTo = useCallback((target: PageId, focus?: string) => {
    setPage(target)
    requestFocus(focus)
  }, [requestFocus])

  const replaceReport = useCallback((report: Report, nextBaseline: Report | null = null, findings: Issue[] = []) => {
    form.reset(toFormValues(report))
    setBaseline(nextBaseline)
    saveBaseline(nextBaseline)
    setImportFindings(findings)
    setPage('meta')
    autosave.saveNow()
  }, [form, autosave])
  const loadOtherTab = useCallback(() => {
    const stored = loadDraft()
    if (stored.kind !== 'loaded') return notify('另一标签页的内容无法读取，已保留本页内容', 'error')
    form.reset(toFormValues(stored.draft.report))
    autosave.adopted(stored.draft.savedAt)
    notify('已载入另一标签页保存的内容')
  }, [form, autosave, notify])
  const clearBaseline = useCallback(() => {
    setBaseline(null)
    saveBaseline(null)
  }, [])

  const opening = useOpenActions({ ask, notify, replaceReport })
  const exporting = useExportActions({ currentReport, notify, previous: baseline, showReview: () => setPage('review') })
  const actions = { ...opening, ...exporting }
  const editor = useMemo<EditorContextValue>(() => ({ issues, goTo, notify }), [issues, goTo, notify])
  const index = pageIndex(page)
  const current = PAGES[index]

  return (
    <EditorContext.Provider value={editor}>
        <ValidationRunner store={issues} previous={baseline} extra={importFindings} />
        <div className="app">
          <HeaderBar saved={saved} onNew={actions.onNew} onOpen={() => fileInput.current?.click()}
            onSave={actions.onSave} onExport={actions.onExport} />
          <ReportFileInput ref={fileInput} label="选择报告文件" testId="open-file" onFile={actions.openFile} />
          <ReportFileInput ref={lastYearInput} label="选择上年报告文件" testId="last-year-file" onFile={actions.startFromLastYear} />
          <UpdatePrompt />
          <StartupNotice load={load} />
          {autosave.conflict && (
            <ConflictBanner onLoadOther={loadOtherTab} onKeepMine={autosave.keepMine} onDownload={actions.onSave} />
          )}
          {!autosave.conflict && (load.kind === 'unavailable' || (saved && !saved.ok)) && (
            <StorageFailureBanner reason={load.kind === 'unavailable' ? load.reason : saved && !saved.ok ? saved.reason : ''} onDownload={actions.onSave} />
          )}
          <div className="workspace">
            <SectionNav current={page} />
            <main className="page" aria-labelledby="page-heading">
              <h2 id="page-heading">{current?.heading}</h2>
              <form onSubmit={(e) => e.preventDefault()} noValidate>
                <PageBody page={page} onExport={actions.onExport} baseline={baseline}
                  onStartFromLastYear={() => lastYearInput.current?.click()} onClearBaseline={clearBaseline} />
              </form>
              <div className="pager">
                <button type="button" disabled={index <= 0} onClick={() => goTo(PAGES[index - 1]!.id)}>上一节</button>
                <button type="button" disabled={index >= PAGES.length - 1} onClick={() => goTo(PAGES[index + 1]!.id)}>下一节</button>
              </div>
            </main>
            <SidePanel />
          </div>
        </div>
        <Toasts toasts={toasts} />
        {dialog}
    </EditorContext.Provider>
  )
}

interface FileInputProps {
  ref: RefObject<HTMLInputElement | null>
  label: string
  testId: string
  onFile(file: File): Promise<void>
}

/** The hidden picker behind 打开报告 and 以上年报告为底稿: a report file (.json) or a Word report. */
function ReportFileInput({ ref, label, testId, onFile }: FileInputProps) {
  return (
    <input ref={ref} type="file" accept=".json,.docx,application/json" hidden aria-label={label} data-testid={testId}
      onChange={(e) => {
        const file = e.target.files?.[0]
        e.target.value = '' // picking the same file again must fire change again
        if (file) void onFile(file)
      }} />
  )
}

function StartupNotice({ load }: { load: LoadResult }) {
  const [open, setOpen] = useState(load.kind === 'damaged')
  if (!open || load.kind !== 'damaged') return null
  const text = `上次的草稿已损坏，无法打开（${load.reason}）。它已原样另存在浏览器中（${load.keptAs}），没有被覆盖；现在开始一份新的草稿。`
  return (
    <div className="startup-notice" role="alert">
      <span>{text}</span>
      <button type="button" onClick={() => setOpen(false)}>知道了</button>
    </div>
  )
}
