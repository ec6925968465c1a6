// A government portal's article page carries an information index table above the article
// (published-formats.md: 索引号, 发布机构, 成文日期, 文号 …). It belongs to the portal, not to the
// report: recognised by its labels so the import details can say what it is, and never taken for
// a report table. A label stands alone in its cell (“索引号：”) or before its value
// (“发布机构：某某镇人民政府”), often spaced out to a width with ideographic spaces (名 称).

import { stripSpaces } from '../../report/text'

/** Labels of the portals' index tables, as the CMS templates print them. */
const LABELS = [
  '索引号', '发布机构', '发文机关', '发文机构', '发文单位', '公开主体', '信息来源', '成文日期', '发文日期', '发布日期',
  '生成日期', '公开日期', '主题分类', '信息分类', '组配分类', '体裁分类', '服务对象分类', '文号', '发文字号',
  '有效性', '公开方式', '公开范围', '公开时限', '统一编号', '主题词', '关键词', '所属主题', '名称', '标题',
]

/** Labels that only such an index table has; 名称, 标题 or a date alone could head any table. */
const DISTINCT = new Set(['索引号', '发布机构', '发文机关', '发文机构', '公开主体', '主题分类', '信息分类', '组配分类', '体裁分类',
  '服务对象分类', '文号', '发文字号', '有效性', '公开方式', '公开范围', '公开时限', '统一编号'])

/** The label a cell's text starts with (followed by a colon or nothing else), or null. */
function labelOf(text: string): string | null {
  const flat = stripSpaces(text)
  const head = /^([^：:]{2,8})[：:]/.exec(flat)?.[1] ?? flat
  return LABELS.includes(head) ? head : null
}

/**
 * The index labels a table holds, in reading order, when it is a portal's index table: at least
 * two labels, one of them found only in such tables. Empty for any other table.
 */
export function portalIndexLabels(texts: readonly string[]): string[] {
  const found = [...new Set(texts.flatMap((t) => labelOf(t) ?? []))]
  return found.length >= 2 && found.some((l) => DISTINCT.has(l)) ? found : []
}
