import { PROBLEM_PARTS } from '@/report/sections'
import { NarrativeField } from '../narrative-field'

export function ProblemsForm() {
  return (
    <>
      {PROBLEM_PARTS.map((part) => (
        <NarrativeField key={part.key} path={`problems.${part.key}`} label={`${part.ordinal}${part.title}`} />
      ))}
    </>
  )
}
