// 生成汇总报告, step one (report-file.md §11): which reports the total adds and which it leaves
// out, each with the reason, before anything is summed. The user may change the choice; 生成 sums
// exactly what is ticked, and refuses a choice that would count a unit twice or mix years.
import { useEffect, useRef, useState } from 'react'
import { LEFT_OUT_LABELS, planProblem, type AggregatePlan, type PlanItem } from '@/report/county/aggregate-plan'
import { blankCells, commonCountyAgency } from '@/report/county/aggregate'
import { placeLabel } from '@/report/field-labels'
import { agencyLabel } from '@/report/format'

/** A government's report that covers none of the other reports (another region): said, not hidden. */
const NOT_A_PARENT = '政府的报告，但所列单位都不在其辖区：按一个单位计入；如不应计入，请取消勾选'

interface Props {
  plan: AggregatePlan
  /** Names each report in the list (its file, its submission round). */
  describe(item: PlanItem): string
  onGenerate(items: PlanItem[], agency: string): void
  onCancel(): void
  /** Units on the roster (单位名单) with no report: the total cannot include them, so it says so. */
  missingUnits?: readonly string[]
}

export function AggregateDialog({ plan, describe, onGenerate, onCancel, missingUnits = [] }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(plan.include.map((i) => i.id)))
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal()
  }, [])
  const all = [...plan.include, ...plan.leftOut.map((l) => l.item)]
  const picked = all.filter((i) => chosen.has(i.id))
  const problem = planProblem(picked)
  const blanks = blankCells(picked.map((i) => i.report))
  const agency = plan.parent?.report.meta.agency ?? commonCountyAgency(picked.map((i) => i.report))
  const toggle = (id: string) => {
    const next = new Set(chosen)
    if (!next.delete(id)) next.add(id)
    setChosen(next)
  }
  const row = (item: PlanItem, reason: string | null) => (
    <li key={item.id} data-aggregate-item={item.id} data-included={chosen.has(item.id)}>
      <label className="check">
        <input type="checkbox" checked={chosen.has(item.id)} onChange={() => toggle(item.id)} />
        {agencyLabel(item.report.meta.agency)} {item.report.meta.year}年
        <span className="muted"> {describe(item)}</span>
      </label>
      {reason && <span className="reason">{reason}</span>}
    </li>
  )
  return (
    <dialog ref={ref} className="dialog info aggregate-dialog" aria-labelledby="aggregate-title" onCancel={(e) => { e.preventDefault(); onCancel() }}>
      <h2 id="aggregate-title">生成汇总报告</h2>
      <div className="dialog-body">
        <p>
          将把勾选的 <strong>{picked.length}</strong> 份 {plan.year} 年报告的表二至表四逐项相加，生成
          “{agency || '（机关名称待填）'}”的汇总报告。可以更改勾选。
        </p>
        <h3>计入汇总（{plan.include.length}）</h3>
        <ul className="aggregate-list" aria-label="计入汇总的报告">
          {plan.include.map((i) => row(i, i.report.meta.unitType === 'government' ? NOT_A_PARENT : null))}
        </ul>
        {plan.leftOut.length > 0 && (
          <>
            <h3>不计入（{plan.leftOut.length}）</h3>
            <ul className="aggregate-list" aria-label="不计入汇总的报告">{plan.leftOut.map((l) => row(l.item, LEFT_OUT_LABELS[l.reason]))}</ul>
          </>
        )}
        {missingUnits.length > 0 && (
          <>
            <h3>名单中没有报告的单位（{missingUnits.length}）</h3>
            <p className="muted">这些单位尚未提交报告，汇总中不含它们的数字。</p>
            <ul className="aggregate-list" aria-label="名单中没有报告的单位">
              {missingUnits.map((name) => <li key={name} data-missing-in-aggregate={name}>{name}</li>)}
            </ul>
          </>
        )}
        {blanks.length > 0 && (
          <>
            <h3>有未填数据项的单位（{blanks.length}）</h3>
            <p className="muted">这些单位有数据项留空，而其他单位填了数字：汇总时留空按 0 相加。如应有数字，请先请该单位补填。</p>
            <ul className="aggregate-list" aria-label="有未填数据项的单位">
              {blanks.map((b, i) => (
                <li key={i} data-blank-unit={b.unit} data-blank-cells={b.cells.length}>
                  {b.unit}：{b.cells.slice(0, 3).map(placeLabel).join('、')}{b.cells.length > 3 ? ` 等 ${b.cells.length} 项` : ''}未填
                </li>
              ))}
            </ul>
          </>
        )}
        {problem && <p className="error-text" role="alert">{problem}</p>}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>取消</button>
        <button type="button" className="primary" disabled={!!problem} onClick={() => onGenerate(picked, agency)}>生成</button>
      </div>
    </dialog>
  )
}
