// Runs the domain's validate() on the whole report after the user pauses (VALIDATE_DELAY_MS), in
// a Web Worker (validation-client.ts), and shows the result when the main thread is idle: a burst
// of keystrokes is never slowed by the checks or by relayout of the check list. It listens through
// a watch callback, so it never re-renders. Totals and the balance bar are not delayed: they
// subscribe to their own cells.
import { useEffect } from 'react'
import { useFormContext } from 'react-hook-form'
import type { Issue } from '@/report/issue'
import type { Report } from '@/report/schema'
import type { FormValues } from './form-values'
import type { IssueStore } from './issue-store'
import { blankIssues, pageStatus } from './page-status'
import { useCurrentReport } from './use-report'
import { checkReport } from './validation-client'
import { whenIdle } from '@/lib/when-idle'

const VALIDATE_DELAY_MS = 120

const SHOW_WITHIN_MS = 200

interface Props {
  store: IssueStore
  previous: Report | null
  /** Findings from outside validate() (what an import noticed), listed with the rest. */
  extra: Issue[]
  /** Told the result of every run (the workspace keeps the counts for 我的报告). */
  onResult?(issues: Issue[]): void
}

export function ValidationRunner({ store, previous, extra, onResult }: Props) {
  const { watch } = useFormContext<FormValues>()
  const currentReport = useCurrentReport()
  useEffect(() => {
    let timer: number | undefined
    let latest = 0
    let cancelled = false
    const run = () => {
      const report = currentReport()
      const mine = ++latest
      void checkReport(report, previous).then((found) => {
        if (cancelled || mine !== latest) return // a newer check is on its way
        whenIdle(() => {
          if (cancelled || mine !== latest) return
          const issues = [...found, ...extra]
          store.set(issues, pageStatus(report, issues), blankIssues(report, issues))
          onResult?.(issues)
        }, SHOW_WITHIN_MS)
      })
    }
    run()
    const sub = watch((_values, { type, name }) => {
      window.clearTimeout(timer)
      // A reset (opening a file, 新建报告) shows results at once; typing waits for a pause.
      if (!type && !name) run()
      else timer = window.setTimeout(run, VALIDATE_DELAY_MS)
    })
    return () => {
      cancelled = true
      sub.unsubscribe()
      window.clearTimeout(timer)
    }
  }, [watch, currentReport, previous, extra, store, onResult])
  return null
}
