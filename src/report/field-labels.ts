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
  ['format', '文件格式标识'],
  ['schemaVersion', '文件版本号'],
  ...SECTIONS.map((s): [string, string] => [s.id, s.heading]),
  ...NARRATIVE_FIELDS.map((f): [string, string] => [f.path, f.label]),
])

const isTableId = (key: string | undefined): key is TableId => TABLE_IDS.some((t) => t === key)

/** A row caption as messages quote it: without the long remark in brackets after it. */
function shortCaption(caption: string): string {
  return caption.replace(/^(.+?)（[^）]{6,}）$/, '$1')
}

/** 表三 “（二）部分公开” 行 “自然人” 列; table 4's rows are its column groups. */
function cellLabel(table: TableId, rowId: string, colId: string): string | undefined {
  const cell = valueCell(table, rowId, colId)
  if (!cell) return undefined
  const name = TABLES[table].name
  if (table === 'table4') return `${name} “${cell.rowCaption}” 的 “${cell.colCaption}” 列`
  return `${name} “${shortCaption(cell.rowCaption)}” 行 “${cell.colCaption}” 列`
}

/**
 * Readable Chinese name for a path such as ["table3", "denied.stateSecret", "otherOrg"] or
 * ["meta", "agency"]: what users read never shows ids. A part the app does not know (a file's
 * own field name) is quoted as the file writes it.
 */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const keys = path.map(String)
  const dotted = keys.join('.')
  const known = LABELS.get(dotted)
  if (known) return known
  const [table, rowId, colId] = keys
  if (isTableId(table)) {
    const def: TableDef = TABLES[table]
    const row = rowId ? def.rows.find((r) => r.id === rowId) ?? valueCell(table, rowId, 'total') : undefined
    const rowCaption = row ? ('caption' in row ? row.caption : row.rowCaption) : undefined
    if (rowId && colId) {
      const label = cellLabel(table, rowId, colId)
      if (label) return label
      if (rowCaption) return `${def.name} “${shortCaption(rowCaption)}” 行中的 “${keys.slice(2).join('.')}”`
    }
    if (rowCaption) return `${def.name} “${shortCaption(rowCaption)}” 行`
    return rowId ? `${def.name}中的 “${keys.slice(1).join('.')}”` : def.name
  }
  if (dotted === '') return '文件顶层'
  const parent = LABELS.get(keys.slice(0, -1).join('.'))
  return parent ? `${parent}中的 “${keys[keys.length - 1]}”` : `“${dotted}”`
}

/** A cell id (table3/granted/naturalPerson) or a field path (overview.proactive), in Chinese. */
export function placeLabel(where: string): string {
  return fieldLabel(where.includes('/') ? where.split('/') : where.split('.'))
}
