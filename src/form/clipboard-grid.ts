// The clipboard as a grid: its text/html when that holds a <table> (Word, WPS, Excel and browsers
// put one there, with merged cells), its text/plain (tab-separated rows) otherwise.
import { buildClipGrid, clipGridFromText, type ClipGrid } from '@/report/paste/clip-grid'

function tableRows(html: string): { text: string; rowSpan: number; colSpan: number }[][] | null {
  if (!/<table[\s>]/i.test(html)) return null
  const table = new DOMParser().parseFromString(html, 'text/html').querySelector('table')
  if (!table) return null
  return [...table.rows].map((tr) => [...tr.cells].map((td) => ({
    text: (td.textContent ?? '').replace(/\s+/g, ' ').trim(),
    rowSpan: td.rowSpan,
    colSpan: td.colSpan,
  })))
}

/** The copied block, or null when the clipboard holds no more than one value (the input takes it). */
export function readClipboardGrid(data: DataTransfer): ClipGrid | null {
  const rows = tableRows(data.getData('text/html'))
  const grid = rows && rows.length > 0 ? buildClipGrid(rows) : clipGridFromText(data.getData('text/plain'))
  return grid.rowCount * grid.colCount > 1 ? grid : null
}
