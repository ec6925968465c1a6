// Chinese names for report fields and cells, for messages that say where the problem is. The one
// label table: section headings come from sections.ts, narrative parts from narrative-fields.ts,
// cells from the table definitions; only the 基本信息 fields are named here.
import { NARRATIVE_FIELDS } from './narrative-fields'
import { SECTIONS } from './sections'
import { TABLES, TABLE_IDS, valueCell } from './tables/registry'
import type { TableDef, TableId } from './tables/table-def'

const LABELS = new Map<string, string>([
  ['meta', '基本信息'],
  ['meta.agency', '机关全称'],
  ['meta.year', '报告年度'],
  ['meta.unitType', '单位类型'],
  ['meta.publishDate', '成文日期'],
  ['meta.signature', '落款'],
  ['format', '文件格式标识 format'],
  ['schemaVersion', '文件版本 schemaVersion'],
  ...SECTIONS.map((s): [string, string] => [s.id, s.heading]),
  ...NARRATIVE_FIELDS.map((f): [string, string] => [f.path, f.label]),
])

const isTableId = (key: string | undefined): key is TableId => TABLE_IDS.some((t) => t === key)

/** "表三「一、本年新收政府信息公开申请数量 自然人」" for a cell; undefined if unknown. */
function cellLabel(table: TableId, rowId: string, colId: string): string | undefined {
  const cell = valueCell(table, rowId, colId)
  return cell ? `${TABLES[table].name}「${cell.label}」` : undefined
}

/** Readable name for a path such as ["table3", "denied.stateSecret", "otherOrg"]. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const keys = path.map(String)
  const dotted = keys.join('.')
  const known = LABELS.get(dotted)
  if (known) return `${known}（${dotted}）`
  const [table, rowId, colId] = keys
  if (isTableId(table)) {
    const def: TableDef = TABLES[table]
    if (rowId && colId) {
      const label = cellLabel(table, rowId, colId)
      if (label) return `${label}（${table}/${rowId}/${colId}）`
    }
    if (rowId) {
      const row = def.rows.find((r) => r.id === rowId)
      if (row) return `${def.name}「${row.caption}」行（${table}/${rowId}）`
    }
    return `${def.name}${rowId ? `（${keys.join('/')}）` : ''}`
  }
  return dotted === '' ? '文件顶层' : dotted
}
