import { OVERVIEW_PARTS } from '@/report/sections'
import { NarrativeField } from '../narrative-field'

export function OverviewForm() {
  return (
    <>
      <NarrativeField path="overview.preface" label="导语（可选）" />
      {OVERVIEW_PARTS.map((part) => (
        <NarrativeField key={part.key} path={`overview.${part.key}`} label={`${part.ordinal}${part.title}`} />
      ))}
    </>
  )
}
