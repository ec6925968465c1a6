// 单位名单 from a file: a .csv or .txt (one unit a line, or name and type columns) or the first
// sheet of an .xlsx, read with fflate and the importer's strict XML parser (no spreadsheet library).
import { strFromU8, unzipSync } from 'fflate'
import { parseRosterText, rosterFromRows, type RosterUnit } from '@/report/county/roster'
import { parseXml, textContent, type XNode } from './xml-tree'

const all = (node: XNode, name: string): XNode[] => node.children.flatMap((c) => (c.name === name ? [c] : all(c, name)))
const column = (ref: string) => [...(/^[A-Z]+/.exec(ref)?.[0] ?? 'A')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1

/** The text of each row of the workbook's first sheet. */
function xlsxRows(bytes: Uint8Array): string[][] {
  const files = unzipSync(bytes)
  const part = (path: string) => {
    const f = files[path]
    if (!f) throw new Error(`缺少 ${path}`)
    return parseXml(strFromU8(f))
  }
  const shared = files['xl/sharedStrings.xml'] ? all(part('xl/sharedStrings.xml'), 'si').map(textContent) : []
  const rels = new Map(all(part('xl/_rels/workbook.xml.rels'), 'Relationship').map((r) => [r.attrs.Id, r.attrs.Target]))
  const first = all(part('xl/workbook.xml'), 'sheet')[0]
  const target = rels.get(first?.attrs.id ?? '') ?? 'worksheets/sheet1.xml'
  const sheet = part(target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`)
  return all(sheet, 'row').map((row) => {
    const values: string[] = []
    for (const c of all(row, 'c')) {
      const raw = all(c, 'v')[0]
      const text = c.attrs.t === 's' ? (shared[Number(raw ? textContent(raw) : '')] ?? '') : c.attrs.t === 'inlineStr' ? textContent(c) : raw ? textContent(raw) : ''
      values[column(c.attrs.r ?? '')] = text
    }
    return Array.from(values, (x) => x ?? '')
  })
}

export type RosterRead = { ok: true; units: RosterUnit[] } | { ok: false; reason: string }

export function readRosterFile(name: string, bytes: Uint8Array): RosterRead {
  const lower = name.toLowerCase()
  if (lower.endsWith('.xls')) return { ok: false, reason: '不支持旧版 .xls 文件：请在 Excel 或 WPS 中另存为 .xlsx 或 .csv' }
  try {
    const units = lower.endsWith('.xlsx') ? rosterFromRows(xlsxRows(bytes)) : parseRosterText(new TextDecoder().decode(bytes))
    return units.length > 0 ? { ok: true, units } : { ok: false, reason: '文件中没有读到单位名称：第一列应为单位名称' }
  } catch {
    return { ok: false, reason: '无法读取该文件：请选择 .xlsx、.csv 或 .txt 文件' }
  }
}
