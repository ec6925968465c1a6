// A file holding several reports (a PDF setting two side by side, or printing several one after
// another): the user chooses which one to open, seeing each one's agency, year and page. Only
// that report's lines are read; the others are neither read nor mixed in.
import { useState } from 'react'
import type { ReportChoice } from '@/import/import-result'
import type { DialogRequest } from './dialogs'

function ChoiceList({ reports, onChange }: { reports: readonly ReportChoice[]; onChange(index: number): void }) {
  const [chosen, setChosen] = useState(0)
  return (
    <fieldset className="report-choices" data-testid="report-choices">
      <legend>请选择要打开的报告：</legend>
      {reports.map((r, i) => (
        <label key={i}>
          <input type="radio" name="report-choice" checked={chosen === i}
            onChange={() => { setChosen(i); onChange(i) }} />
          {r.label}
        </label>
      ))}
    </fieldset>
  )
}

/** Asks which report of `fileName` to open: its index, or null when the user cancels. */
export async function chooseReport(ask: (request: DialogRequest) => Promise<boolean>, fileName: string, reports: readonly ReportChoice[]): Promise<number | null> {
  let chosen = 0
  const ok = await ask({
    title: '文件中有多份报告',
    body: (
      <>
        <p>“{fileName}”中有 {reports.length} 份报告。每次只打开其中一份，各报告的数字不会混在一起。</p>
        <ChoiceList reports={reports} onChange={(i) => (chosen = i)} />
      </>
    ),
    confirmLabel: '读取所选报告',
  })
  return ok ? chosen : null
}
