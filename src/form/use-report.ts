// The one way components read the report being edited: a getter that converts the form's values
// at the boundary (fromFormValues), so nothing else handles FormValues as if they were a Report.
import { useCallback } from 'react'
import { useFormContext } from 'react-hook-form'
import type { Report } from '@/report/schema'
import { fromFormValues, type FormValues } from './form-values'

export function useCurrentReport(): () => Report {
  const { getValues } = useFormContext<FormValues>()
  return useCallback(() => fromFormValues(getValues()), [getValues])
}
