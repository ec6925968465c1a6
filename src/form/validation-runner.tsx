// Runs the domain's validate() on the whole report whenever it changes, deferred so typing
// never waits for it, and publishes the results to the issue store.
import { useDeferredValue, useEffect } from 'react'
import { useWatch } from 'react-hook-form'
import type { Report } from '@/report/schema'
import { validate } from '@/report/validate'
import { fromFormValues, type FormValues } from './form-values'
import type { IssueStore } from './issue-store'
import { pageStatus } from './page-status'

export function ValidationRunner({ store, previous }: { store: IssueStore; previous: Report | null }) {
  const values = useWatch<FormValues>() as FormValues
  const deferred = useDeferredValue(values)
  useEffect(() => {
    const report = fromFormValues(deferred)
    const issues = validate(report, { previous })
    store.set(issues, pageStatus(report, issues))
  }, [deferred, previous, store])
  return null
}
