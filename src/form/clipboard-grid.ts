// The clipboard as a grid: its text/html when that holds a <table> (Word, WPS, Excel and browsers
// put one there, with merged cells), its text/plain (tab-separated rows) otherwise.
import { buildClipGrid, clipGridFromText } from '@/report/paste/clip-grid'
import type { LogicalGrid } from '@/report/table-grid'

function tableRows(html: string): { text: string; rowSpan: number; colSpan: number }[][] | null {
  if (!/<table[\s>]/i.test(html)) return null
  // A web page copied from a CMS wraps its content in layout tables: the data table is one with no
  // table inside it, and of those the largest (a page may also carry a small metadata table).
  const tables = [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('table')].filter((t) => !t.querySelector('table'))
  const cellCount = (t: HTMLTableElement) => [...t.rows].reduce((n, tr) => n + tr.cells.length, 0)
  const table = tables.reduce<HTMLTableElement | null>((best, t) => (!best || cellCount(t) > cellCount(best) ? t : best), null)
  if (!table) return null
  return [...table.rows].map((tr) => [...tr.cells].map((td) => ({
    text: (td.textContent ?? '').replace(/\s+/g, ' ').trim(),
    rowSpan: td.rowSpan,
    colSpan: td.colSpan,
  })))
}

/** The copied block, or null when the clipboard holds no more than one value (the input takes it). */
export function readClipboardGrid(data: DataTransfer): LogicalGrid | null {
  const rows = tableRows(data.getData('text/html'))
  const grid = rows && rows.length > 0 ? buildClipGrid(rows) : clipGridFromText(data.getData('text/plain'))
  return grid.rowCount * grid.colCount > 1 ? grid : null
}
