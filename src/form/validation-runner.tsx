// Runs the domain's checkReport() on the whole report after the user pauses (VALIDATE_DELAY_MS
// without a change, key or click: lib/after-pause.ts), in
// the page's worker pool (worker/browser-pool.ts, ahead of any batch), and shows the result when the main thread is idle: a burst
// of keystrokes is never slowed by the checks or by relayout of the check list. It listens through
// a watch callback, so it never re-renders. Totals and the balance bar are not delayed: they
// subscribe to their own cells.
import { useEffect } from 'react'
import { useFormContext } from 'react-hook-form'
import { isSourceNote, type Issue } from '@/report/issue'
import type { Report } from '@/report/schema'
import type { FormValues } from './form-values'
import type { IssueStore } from './issue-store'
import { blankIssues, pageStatus } from './page-status'
import { useCurrentReport } from './use-report'
import { afterPause } from '@/lib/after-pause'
import { whenIdle } from '@/lib/when-idle'

const VALIDATE_DELAY_MS = 120

const SHOW_WITHIN_MS = 200

interface Props {
  store: IssueStore
  previous: Report | null
  /** What the import noticed, listed and counted with the rules' findings. */
  extra: Issue[]
  /** Told the result of every run (the workspace keeps the counts for 我的报告). */
  onResult?(issues: Issue[]): void
}

export function ValidationRunner({ store, previous, extra, onResult }: Props) {
  const { watch } = useFormContext<FormValues>()
  const currentReport = useCurrentReport()
  useEffect(() => {
    let latest = 0
    let cancelled = false
    const run = () => {
      const report = currentReport()
      const mine = ++latest
      void import('@/worker/browser-jobs').then((jobs) => jobs.checkInBrowser(report, { previous, importFindings: extra.filter((f) => !isSourceNote(f)) })).then(({ issues }) => {
        if (cancelled || mine !== latest) return // a newer check is on its way
        whenIdle(() => {
          if (cancelled || mine !== latest) return
          // Where each number came from (provenance notes) is kept beside the findings, not counted.
          store.set(issues, pageStatus(report, issues), extra.filter(isSourceNote), blankIssues(report, issues))
          onResult?.(issues)
        }, SHOW_WITHIN_MS)
      })
    }
    run()
    const pause = afterPause(run, { quietMs: VALIDATE_DELAY_MS })
    const sub = watch((_values, { type, name }) => {
      // A reset (opening a file, 新建报告) shows results at once; typing waits for a pause.
      if (!type && !name) {
        pause.cancel()
        run()
      } else pause.changed()
    })
    return () => {
      cancelled = true
      sub.unsubscribe()
      pause.cancel()
    }
  }, [watch, currentReport, previous, extra, store, onResult])
  return null
}
