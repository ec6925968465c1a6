// Chinese names for report fields and cells, for messages that say where the problem is.
import { OVERVIEW_PARTS, PROBLEM_PARTS } from './sections'
import { TABLES } from './tables/registry'
import type { TableId } from './tables/table-def'

const FIXED: Record<string, string> = {
  'meta.agency': '机关全称',
  'meta.year': '报告年度',
  'meta.unitType': '单位类型',
  'meta.publishDate': '成文日期',
  'meta.signature': '落款',
  'overview.preface': '导语',
  'otherMatters.text': '六、其他需要报告的事项',
  meta: '基本信息',
  overview: '一、总体情况',
  problems: '五、存在的主要问题及改进情况',
  otherMatters: '六、其他需要报告的事项',
  format: '文件格式标识 format',
  schemaVersion: '文件版本 schemaVersion',
}
for (const p of OVERVIEW_PARTS) FIXED[`overview.${p.key}`] = `一${p.ordinal}${p.title}`
for (const p of PROBLEM_PARTS) FIXED[`problems.${p.key}`] = `五${p.ordinal}${p.title}`

/** "表三「一、本年新收政府信息公开申请数量 自然人」" for a cell; undefined if unknown. */
export function cellLabel(table: TableId, rowId: string, colId: string): string | undefined {
  const def = TABLES[table]
  const cell = [...def.inputs, ...def.computed].find((c) => c.rowId === rowId && c.colId === colId)
  return cell ? `${def.name}「${cell.label}」` : undefined
}

/** Readable name for a path such as ["table3", "denied.stateSecret", "otherOrg"]. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const keys = path.map(String)
  const dotted = keys.join('.')
  if (FIXED[dotted]) return `${FIXED[dotted]}（${dotted}）`
  const [table, rowId, colId] = keys
  if (table === 'table2' || table === 'table3' || table === 'table4') {
    const def = TABLES[table]
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
