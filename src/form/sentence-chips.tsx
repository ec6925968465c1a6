// The standard sentences of one narrative part as buttons that insert them, filled with the
// report's year and agency. Lazy (narrative-field.tsx): their texts are long and not needed to
// start, and the form fetches them when idle.
import { fillSentence, SENTENCES } from '@/report/guidance-sentences'
import type { NarrativePath } from '@/report/narrative-fields'

interface Props {
  path: NarrativePath
  label: string
  meta: () => { year: number; agency: string }
  onInsert(sentence: string): void
}

export function SentenceChips({ path, label, meta, onInsert }: Props) {
  const sentences = SENTENCES[path]
  if (sentences.length === 0) return null
  return (
    <div className="sentences" aria-label={`${label} 常用语句`}>
      <span>插入常用语句：</span>
      {sentences.map((s) => (
        <button type="button" key={s.label} className="chip" onClick={() => onInsert(fillSentence(s.text, meta()))}>
          {s.label}
        </button>
      ))}
    </div>
  )
}
