// Test support: the app's own .docx restyled as many units publish it, with 三线表 tables (a
// thick rule over the table, a thin one under its header, a thick one under it; no vertical
// rules and none between body rows), so LibreOffice's PDF of it has no grid to read the cells
// by. Options make the other published variants: numbers set at the top or the foot of a row
// whose label wraps, tables that break across pages (header rows repeated or not), and cells
// printed as nothing.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'

export interface ThreeLineOptions {
  /** Where every body cell sets its text in a row taller than it (a wrapped label beside it). */
  valign?: 'top' | 'center' | 'bottom'
  /** Tables break across pages (the export keeps each on one page). */
  breakTables?: boolean
  /** Header rows repeated on the next page (default true, as exported). */
  repeatHeader?: boolean
  /**
   * Cells printed as nothing where this says so: `table` counts the official tables in document
   * order (0: table 2, 1: table 3, 2: table 4), `fromEnd` the row's cells from its last (0).
   */
  blank?: (table: number, row: number, fromEnd: number, text: string) => boolean
}

const THICK = '<w:top w:val="single" w:color="000000" w:sz="12"/><w:left w:val="nil"/><w:bottom w:val="single" w:color="000000" w:sz="12"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
const UNDER = '<w:tcBorders><w:bottom w:val="single" w:color="000000" w:sz="6"/></w:tcBorders>'

const rowsOf = (table: string) => [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0])
const cellsOf = (row: string) => [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0])
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
/** A rule under every cell of a row (inserted where the schema wants tcBorders: before tcMar). */
const underline = (row: string) => row.replace(/<w:tcMar>/g, `${UNDER}<w:tcMar>`)

function restyleTable(table: string, index: number, o: ThreeLineOptions): string {
  const rows = rowsOf(table)
  const header = rows.filter((r) => r.includes('<w:tblHeader/>')).length
  const numeric = (r: string) => cellsOf(r).some((c) => /^\d+(\.\d+)?$/.test(textOf(c)))
  let out = table.replace(/<w:tblBorders>[\s\S]*?<\/w:tblBorders>/, `<w:tblBorders>${THICK}</w:tblBorders>`)
  let r = -1
  out = out.replace(/<w:tr>[\s\S]*?<\/w:tr>/g, (row) => {
    r++
    let next = row
    // The rule under the header; table 2 (no header rows) has one under each block's caption rows.
    if (header > 0 ? r === header - 1 : !numeric(row) && rows[r + 1] !== undefined && numeric(rows[r + 1]!)) next = underline(next)
    if (r >= header && o.valign) next = next.replace(/<w:vAlign w:val="center"\/>/g, `<w:vAlign w:val="${o.valign}"/>`)
    if (o.repeatHeader === false) next = next.replace('<w:tblHeader/>', '')
    if (o.blank) {
      const count = cellsOf(next).length
      let c = 0
      next = next.replace(/<w:tc>[\s\S]*?<\/w:tc>/g, (cell) => (o.blank!(index, r, count - 1 - c++, textOf(cell)) ? cell.replace(/<w:r>[\s\S]*?<\/w:r>/g, '') : cell))
    }
    return next
  })
  return o.breakTables ? out.replace(/<w:keepNext\/>/g, '') : out
}

export function threeLineDocx(docx: Uint8Array, options: ThreeLineOptions = {}): Uint8Array {
  const files = unzipSync(docx)
  let index = 0
  const xml = strFromU8(files['word/document.xml']!).replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (t) => restyleTable(t, index++, options))
  return zipSync({ ...files, 'word/document.xml': strToU8(xml) })
}
