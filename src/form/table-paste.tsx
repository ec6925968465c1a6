// Paste of a copied block into a table: the domain places it (report/paste), this writes it as
// one undo step, with the numbers that fell on totals kept where they differ (they are then
// reported on that cell, as a published total on import is). An uncertain placement is shown in
// a dialog first and written only on 确认粘贴.
// The placement (with the caption matcher) and the dialog are not on the initial path: they load
// when the main thread is first idle on a table page, so that the first paste does not wait for them.
import { createContext, lazy, Suspense, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { useFormContext } from 'react-hook-form'
import type { PastePlan } from '@/report/paste/place-paste'
import type { PasteReading } from '@/report/paste/evaluate-reading'
import type { LogicalGrid } from '@/report/table-grid'
import type { TableDef } from '@/report/tables/table-def'
import { cellPath, type FormValues } from './form-values'
import { useEditor } from './report-context'
import { whenIdle } from '@/lib/when-idle'

const loadDialog = () => import('./paste-dialog')
const PasteDialog = lazy(() => loadDialog().then((m) => ({ default: m.PasteDialog })))
const importPlacement = () => Promise.all([import('@/report/paste/place-paste'), import('@/report/paste/paste-summary')])
/**
 * The placement code once loaded: a paste then runs whole in the paste event, and the cells are
 * written before the next frame (awaiting even a loaded module defers to later tasks, and a frame
 * may be drawn in between).
 */
let placement: Awaited<ReturnType<typeof importPlacement>> | null = null
const loadPlacement = async () => (placement ??= await importPlacement())
/** Loads the paste code once the page is idle (a failed load is retried at the paste itself). */
const prefetch = () => whenIdle(() => void Promise.all([loadPlacement(), loadDialog()]).catch(() => {}), 2000)

type Paste = (focusId: string, clip: LogicalGrid) => Promise<void>

const PasteContext = createContext<Paste | null>(null)

export function usePaste(): Paste {
  const paste = useContext(PasteContext)
  if (!paste) throw new Error('PasteContext missing')
  return paste
}

export function PasteProvider({ def, children }: { def: TableDef; children: ReactNode }) {
  const { getValues } = useFormContext<FormValues>()
  const { history, notify } = useEditor()
  const [pending, setPending] = useState<PastePlan | null>(null)
  useEffect(prefetch, [])

  const write = useCallback((plan: Omit<PasteReading, 'label' | 'note'>) => {
    // Called after paste() has loaded the placement code (directly or from the dialog it opened).
    const { pasteSummary } = placement![1]
    const started = performance.now()
    const path = (ref: { rowId: string; colId: string }) => cellPath(def.id, ref)
    history.apply([
      ...plan.writes.map((w) => ({ path: path(w.ref), value: w.value })),
      // A total that differs is kept on its cell (and reported there); one that agrees replaces
      // nothing and removes an older stated total of that cell.
      ...plan.totals.map((t) => ({ path: path(t.ref), value: t.stated === t.computed ? undefined : t.stated })),
    ])
    const differ = plan.totals.some((t) => t.stated !== t.computed)
    notify(pasteSummary(plan), differ || plan.ignored.length > 0 ? 'error' : 'info')
    // The bench's split of a paste's time: placing (above), writing here, then the browser's frame.
    performance.measure('paste-write', { start: started })
  }, [def, history, notify])

  const paste = useCallback<Paste>(async (focusId, clip) => {
    let loaded = placement
    try {
      loaded ??= await loadPlacement()
    } catch {
      // Offline before the paste code was cached, or a deploy replaced it: say so, write nothing.
      notify('未能粘贴：粘贴组件未能加载（可能是网络中断），没有写入任何数。请检查网络后刷新页面再粘贴。', 'error')
      return
    }
    const [{ placePaste }] = loaded
    const started = performance.now()
    const plan = placePaste({ def, clip, focusId, read: (ref) => getValues(cellPath(def.id, ref)) })
    performance.measure('paste-place', { start: started })
    if (plan.writes.length === 0 && plan.totals.length === 0) {
      notify(`没有粘贴任何数${plan.ignored.length ? `：${plan.ignored.slice(0, 3).join('；')}` : ''}`, 'error')
      return
    }
    if (plan.certain) write(plan)
    else setPending(plan)
  }, [def, getValues, notify, write])

  const value = useMemo(() => paste, [paste])
  return (
    <PasteContext.Provider value={value}>
      {children}
      {pending && (
        <Suspense fallback={null}>
          <PasteDialog def={def} plan={pending}
            onConfirm={(reading) => { setPending(null); write(reading) }}
            onCancel={() => { setPending(null); notify('已取消粘贴，没有写入任何数') }} />
        </Suspense>
      )}
    </PasteContext.Provider>
  )
}
