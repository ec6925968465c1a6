// The one grid for tables 2, 3 and 4, drawn from the table definition: the official merged
// headers and row groups, input cells white, computed cells grey. It renders once; only the
// leaf cells subscribe to form values. The definition's cells already carry their spans, so
// each grid row simply lists the cells anchored in it (covered slots have no cell).
import { memo, useMemo } from 'react'
import { cellsByRow, type GridCell, type TableDef } from '@/report/tables/table-def'
import { inputCell, computedCell } from '@/report/tables/registry'
import { ComputedCell } from './computed-cell'
import { NumberCell } from './number-cell'

/**
 * Each grid row's inputs belong to a small form of their own (the form attribute). Chrome's
 * autofill re-reads the whole form of an edited input after every keystroke; with all the cells
 * in the page's form that was about 3 ms a key on table 3 (4× that on a slow PC), with a form per
 * row it is the row.
 */
const rowFormId = (table: TableDef['id'], r: number) => `${table}-row-${r}`

function CellContent({ def, cell }: { def: TableDef; cell: GridCell }) {
  if (cell.kind === 'input' && cell.ref) {
    const input = inputCell(def.id, cell.ref.rowId, cell.ref.colId)
    return input ? <NumberCell table={def.id} cell={input} r={cell.r} c={cell.c} form={rowFormId(def.id, cell.r)} /> : null
  }
  if (cell.kind === 'computed' && cell.ref) {
    const computed = computedCell(def.id, cell.ref)
    return computed ? <ComputedCell table={def.id} cell={computed} /> : null
  }
  return <>{cell.text}</>
}

const KIND_CLASS: Record<GridCell['kind'], string> = {
  blockCaption: 'g-block',
  colHeader: 'g-head',
  rowLabel: 'g-label',
  rowGroupLabel: 'g-group',
  note: 'g-note',
  input: 'g-input',
  computed: 'g-computed',
}

export const StatTableGrid = memo(function StatTableGrid({ def }: { def: TableDef }) {
  const rows = useMemo(() => cellsByRow(def), [def])
  const widths = def.columnWidths
  const totalWidth = widths.reduce((a, b) => a + b, 0)
  return (
    <div className="grid-scroll">
      <table className={`stat-grid stat-${def.id}`} aria-label={def.name}>
        <colgroup>
          {widths.map((w, i) => (
            <col key={i} style={{ width: `${(100 * w) / totalWidth}%` }} />
          ))}
        </colgroup>
        <tbody>
          {rows.map((cells, r) => (
            <tr key={r} className={r < def.headerRows ? 'g-header-row' : undefined}>
              {cells.map((cell) => {
                const Tag = cell.kind === 'input' || cell.kind === 'computed' ? 'td' : 'th'
                return (
                  <Tag
                    key={cell.c}
                    className={KIND_CLASS[cell.kind]}
                    rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                    colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                    scope={Tag === 'th' ? (cell.kind === 'colHeader' ? 'col' : 'row') : undefined}
                  >
                    <CellContent def={def} cell={cell} />
                  </Tag>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div hidden>
        {rows.map((cells, r) =>
          cells.some((cell) => cell.kind === 'input') ? <form key={r} id={rowFormId(def.id, r)} onSubmit={(e) => e.preventDefault()} /> : null,
        )}
      </div>
    </div>
  )
})
