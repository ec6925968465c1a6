// The one grid for tables 2, 3 and 4, drawn from the table definition: the official merged
// headers and row groups, input cells white, computed cells grey. It renders once; only the
// leaf cells subscribe to form values.
import { memo, useMemo } from 'react'
import { useTable } from '@tanstack/react-table'
import type { GridCell, TableDef } from '@/report/tables/table-def'
import { ComputedCell } from './computed-cell'
import { NumberCell } from './number-cell'
import { gridColumns, gridFeatures, gridRows, type Slot } from './table-model'

function CellContent({ def, cell }: { def: TableDef; cell: GridCell }) {
  if (cell.kind === 'input') {
    const input = def.inputs.find((i) => i.rowId === cell.rowId && i.colId === cell.colId)
    return input ? <NumberCell table={def.id} cell={input} r={cell.r} c={cell.c} /> : null
  }
  if (cell.kind === 'computed') {
    const computed = def.computed.find((i) => i.rowId === cell.rowId && i.colId === cell.colId)
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
  const data = useMemo(() => gridRows(def), [def])
  const columns = useMemo(() => gridColumns(def), [def])
  const table = useTable({ features: gridFeatures, columns, data })
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
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className={row.original.r < def.headerRows ? 'g-header-row' : undefined}>
              {row.getAllCells().map((cell) => {
                const slot = cell.getValue() as Slot
                if (slot === null || slot === 'covered') return null
                const Tag = slot.kind === 'input' || slot.kind === 'computed' ? 'td' : 'th'
                return (
                  <Tag
                    key={cell.id}
                    className={KIND_CLASS[slot.kind]}
                    rowSpan={slot.rowSpan > 1 ? slot.rowSpan : undefined}
                    colSpan={slot.colSpan > 1 ? slot.colSpan : undefined}
                    scope={Tag === 'th' ? (slot.kind === 'colHeader' ? 'col' : 'row') : undefined}
                  >
                    <CellContent def={def} cell={slot} />
                  </Tag>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
})
