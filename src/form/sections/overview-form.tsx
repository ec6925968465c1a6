import { OVERVIEW_PARTS } from '@/report/sections'
import { NarrativeField } from '../narrative-field'

export function OverviewForm() {
  return (
    <>
      <NarrativeField path="overview.preface" label="导语（可选，在“一、总体情况”之前）" />
      <NarrativeField path="overview.intro" label="总述（可选，在“（一）”之前）" />
      {OVERVIEW_PARTS.map((part) => (
        <NarrativeField key={part.key} path={`overview.${part.key}`} label={`${part.ordinal}${part.title}`} />
      ))}
    </>
  )
}
