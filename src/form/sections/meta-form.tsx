// 基本信息: agency, year, unit type, date and signature; the title is shown as it will print.
import { useFormContext, useWatch } from 'react-hook-form'
import { draftTitle } from '@/report/format'
import { UNIT_TYPES, UNIT_TYPE_LABELS } from '@/report/schema'
import type { FormValues } from '../form-values'
import { useCellIssues } from '../issue-store'
import { cleanOnChange } from '../clean-input'
import { useEditor } from '../report-context'

const THIS_YEAR = new Date().getFullYear()

/** Recent years, and always the report's own year (an old report opened for reference). */
function yearOptions(current: number): number[] {
  const years = Array.from({ length: 8 }, (_, i) => THIS_YEAR - 6 + i)
  return years.includes(current) ? years : [current, ...years].sort((a, b) => a - b)
}

function TitlePreview() {
  const meta = useWatch<FormValues, 'meta'>({ name: 'meta' })
  return (
    <p className="title-preview" data-testid="title-preview">
      {draftTitle(meta)}
    </p>
  )
}

export function MetaForm() {
  const { register } = useFormContext<FormValues>()
  const editor = useEditor()
  const agencyError = useCellIssues(editor.issues, 'meta.agency')
  const agency = register('meta.agency')
  const year = useWatch<FormValues, 'meta.year'>({ name: 'meta.year' })
  const years = yearOptions(year)
  return (
    <div className="meta-form">
      <div className="field">
        <label htmlFor="meta-agency">机关全称</label>
        <input id="meta-agency" data-field="meta.agency" className={agencyError ? 'has-error' : undefined}
          placeholder="如：伊川县白沙镇人民政府" {...agency}
          onChange={cleanOnChange(agency.onChange, (n) => editor.notify(`已删除 ${n} 个无法写入 Word 文档的字符`))} />
        <p className="hint">写全称并冠以县（区）名，如“××县××镇人民政府”“××区××街道办事处”。</p>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="meta-year">报告年度</label>
          <select id="meta-year" data-field="meta.year" {...register('meta.year', { valueAsNumber: true })}>
            {years.map((y) => (
              <option key={y} value={y}>{y}年</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="meta-unit">单位类型</label>
          <select id="meta-unit" data-field="meta.unitType" {...register('meta.unitType')}>
            {UNIT_TYPES.map((u) => (
              <option key={u} value={u}>{UNIT_TYPE_LABELS[u]}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="meta-date">成文日期</label>
          <input id="meta-date" type="date" data-field="meta.publishDate"
            {...register('meta.publishDate', { setValueAs: (v: string | null) => (v ? v : null) })} />
        </div>
      </div>
      <label className="check">
        <input type="checkbox" data-field="meta.signature" {...register('meta.signature')} />
        文末落款（机关全称和成文日期，右对齐）
      </label>
      <div className="field">
        <span className="label">标题（自动生成，不可改动格式）</span>
        <TitlePreview />
      </div>
    </div>
  )
}
