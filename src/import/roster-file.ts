// 单位名单 from a file: a .csv or .txt (one unit a line, or name and type columns) or the first
// sheet of an .xlsx (xlsx-sheets.ts).
import { parseRosterText, rosterFromRows, type RosterUnit } from '@/report/county/roster'
import { readXlsxSheets } from './xlsx-sheets'

/** The text of each row of the workbook's first sheet. */
function xlsxRows(bytes: Uint8Array): string[][] {
  const first = readXlsxSheets(bytes)[0]
  return (first?.rows ?? []).map((row) => row.map((v) => (v === null ? '' : String(v))))
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
