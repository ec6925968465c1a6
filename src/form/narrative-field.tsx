// One narrative part: what the format expects, a text area that grows with its content, a
// live character count and standard sentences to insert (with the year filled in).
import { useFormContext, useWatch } from 'react-hook-form'
import { fillSentence, GUIDANCE } from '@/report/guidance'
import type { NarrativePath } from '@/report/narrative-fields'
import type { FormValues } from './form-values'
import { useCellIssues } from './issue-store'
import { cleanOnChange } from './clean-input'
import { useEditor } from './report-context'

function CharCount({ path }: { path: NarrativePath }) {
  const text = useWatch<FormValues, NarrativePath>({ name: path }) ?? ''
  const count = text.replace(/\s/g, '').length
  return <span className="char-count">{count} 字</span>
}

export function NarrativeField({ path, label }: { path: NarrativePath; label: string }) {
  const { register, getValues } = useFormContext<FormValues>()
  const guidance = GUIDANCE[path]
  const id = `field-${path.replace('.', '-')}`
  const editor = useEditor()
  const message = useCellIssues(editor.issues, path)
  const field = register(path)

  const insert = (template: string) => {
    const meta = getValues('meta')
    const sentence = fillSentence(template, { year: meta.year, agency: meta.agency })
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
      <p className="hint">{guidance.hint}</p>
      {guidance.sentences.length > 0 && (
        <div className="sentences" aria-label={`${label} 常用语句`}>
          <span>插入常用语句：</span>
          {guidance.sentences.map((s) => (
            <button type="button" key={s.label} className="chip" onClick={() => insert(s.text)}>
              {s.label}
            </button>
          ))}
        </div>
      )}
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
