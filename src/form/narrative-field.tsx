// One narrative part: what the format expects, a text area that grows with its content, a
// live character count and standard sentences to insert (with the year filled in).
import { lazy, Suspense } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import { HINTS } from '@/report/guidance'
import type { NarrativePath } from '@/report/narrative-fields'
import type { FormValues } from './form-values'
import { useCellIssues } from './issue-store'
import { cleanOnChange } from './clean-input'
import { useEditor } from './report-context'
import { whenIdle } from '@/lib/when-idle'

const loadChips = () => import('./sentence-chips')
const SentenceChips = lazy(() => loadChips().then((m) => ({ default: m.SentenceChips })))
// Fetched once the app is idle, so the chips are there when a narrative part is first opened.
whenIdle(() => void loadChips().catch(() => {}), 3000)

function CharCount({ path }: { path: NarrativePath }) {
  const text = useWatch<FormValues, NarrativePath>({ name: path }) ?? ''
  const count = text.replace(/\s/g, '').length
  return <span className="char-count">{count} 字</span>
}

export function NarrativeField({ path, label }: { path: NarrativePath; label: string }) {
  const { register, getValues } = useFormContext<FormValues>()
  const id = `field-${path.replace('.', '-')}`
  const editor = useEditor()
  const message = useCellIssues(editor.issues, path)
  const field = register(path)

  const insert = (sentence: string) => {
    const current = getValues(path) ?? ''
    const next = current.trim() === '' ? sentence : `${current.replace(/\s+$/, '')}\n${sentence}`
    editor.history.applyField(path, next)
    document.getElementById(id)?.focus()
  }

  return (
    <div className="narrative-field">
      <div className="field-head">
        <label htmlFor={id}>{label}</label>
        <CharCount path={path} />
      </div>
      <p className="hint">{HINTS[path]}</p>
      <Suspense fallback={null}>
        <SentenceChips path={path} label={label} meta={() => getValues('meta')} onInsert={insert} />
      </Suspense>
      <textarea
        id={id}
        data-field={path}
        className={message ? 'has-error' : undefined}
        rows={4}
        {...field}
        onChange={cleanOnChange(field.onChange, (n) => editor.notify(`已删除 ${n} 个无法写入 Word 文档的字符（控制字符等，不可见）`))}
      />
    </div>
  )
}
