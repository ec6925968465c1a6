// Sections 二, 三 and 四: the official table through the generic grid, with the balance bar
// and quick fills where they apply.
import { useMemo } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import type { TableDef, TableId } from '@/report/tables/table-def'
import { BalanceBar } from '../balance-bar'
import { CellStoreContext, createCellStore } from '../cell-store'
import { hasPublishedTotals, publishedTotalPaths, type FormValues } from '../form-values'
import { useEditor } from '../report-context'
import { StatTableGrid } from '../stat-table-grid'
import { TableActions } from '../table-actions'
import { PasteProvider } from '../table-paste'

const HINTS: Record<TableDef['id'], string> = {
  table2: '乡镇、街道无权制定规章，“规章”三项填 0。行政许可、处罚、强制填本年全部处理决定数量（含依法不公开的）。收费金额以万元为单位。',
  table3: '一个申请只计入一种办理结果；区分处理的只计入“部分公开”。合计和“（七）总计”自动计算。可从 Excel/WPS 复制整块数据后在单元格中粘贴。',
  table4: '填写与本机关政府信息公开工作有关的复议、诉讼件数；“总计”自动计算。',
}

/** Totals stated in an imported file or a paste (where they differ) are checked until the user drops them. */
function GivenTotalsNotice({ def }: { def: TableDef }) {
  const { getValues } = useFormContext<FormValues>()
  const { history } = useEditor()
  // compute: re-renders only when the answer changes, not on every keystroke.
  const hasGiven = useWatch<FormValues, TableId, boolean>({ name: def.id, compute: (table) => hasPublishedTotals(def, table) })
  if (!hasGiven) return null
  // One undo step: 撤销 brings the stated totals (and their findings) back.
  const drop = () => history.apply(publishedTotalPaths(def, getValues(def.id)).map((path) => ({ path, value: undefined })))
  return (
    <div className="notice">
      本表带有导入文件或粘贴内容中的合计数，与自动计算不一致处已标红。核对后可
      <button type="button" className="link" onClick={drop}>改用自动计算的合计</button>
    </div>
  )
}

export function TableSection({ def }: { def: TableDef }) {
  const form = useFormContext<FormValues>()
  // One listener on the form for the whole page; the cells subscribe to it by path.
  const store = useMemo(() => createCellStore(form), [form])
  return (
    <CellStoreContext.Provider value={store}>
      <p className="hint">{HINTS[def.id]}</p>
      <GivenTotalsNotice def={def} />
      <PasteProvider def={def}>
        <StatTableGrid def={def} />
        {def.id === 'table3' && <BalanceBar />}
        <TableActions table={def.id} />
      </PasteProvider>
    </CellStoreContext.Provider>
  )
}
