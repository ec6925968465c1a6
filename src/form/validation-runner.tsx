// Runs the domain's validate() on the whole report after the user pauses (VALIDATE_DELAY_MS),
// so a burst of keystrokes is never slowed by checks and by relayout of the check list. It
// listens through a watch callback, so it never re-renders. Totals and the balance bar are not
// delayed: they subscribe to their own cells.
import { useEffect } from 'react'
import { useFormContext } from 'react-hook-form'
import type { Issue } from '@/report/issue'
import type { Report } from '@/report/schema'
import { validate } from '@/report/validate'
import type { FormValues } from './form-values'
import type { IssueStore } from './issue-store'
import { pageStatus } from './page-status'
import { useCurrentReport } from './use-report'

const VALIDATE_DELAY_MS = 120

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
    const run = () => {
      const report = currentReport()
      const issues = [...validate(report, { previous }), ...extra]
      store.set(issues, pageStatus(report, issues))
      onResult?.(issues)
    }
    run()
    const sub = watch((_values, { type, name }) => {
      window.clearTimeout(timer)
      // A reset (opening a file, 新建报告) shows results at once; typing waits for a pause.
      if (!type && !name) run()
      else timer = window.setTimeout(run, VALIDATE_DELAY_MS)
    })
    return () => {
      sub.unsubscribe()
      window.clearTimeout(timer)
    }
  }, [watch, currentReport, previous, extra, store, onResult])
  return null
}
