import { NarrativeField } from '../narrative-field'

export function OtherMattersForm() {
  return <NarrativeField path="otherMatters.text" label="其他需要报告的事项" />
}
