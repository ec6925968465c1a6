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
  /** A running header on every page (the report's title, as some units' templates print it). */
  runningHeader?: string
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

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const HEADER_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/header'

/** A header part holding one centred line, referenced by the section as every page's header. */
function withHeader(files: Record<string, Uint8Array>, xml: string, text: string): string {
  const header = `<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="${W}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="21"/></w:rPr><w:t>${text}</w:t></w:r></w:p></w:hdr>`
  files['word/header1.xml'] = strToU8(header)
  const rels = strFromU8(files['word/_rels/document.xml.rels']!)
  files['word/_rels/document.xml.rels'] = strToU8(rels.replace('</Relationships>', `<Relationship Id="rIdThreeLineHeader" Type="${HEADER_TYPE}" Target="header1.xml"/></Relationships>`))
  const types = strFromU8(files['[Content_Types].xml']!)
  files['[Content_Types].xml'] = strToU8(types.replace('</Types>', '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml" PartName="/word/header1.xml"/></Types>'))
  return xml.replace(/<w:sectPr>/g, '<w:sectPr><w:headerReference w:type="default" r:id="rIdThreeLineHeader"/><w:headerReference w:type="even" r:id="rIdThreeLineHeader"/>')
}

export function threeLineDocx(docx: Uint8Array, options: ThreeLineOptions = {}): Uint8Array {
  const files = unzipSync(docx)
  let index = 0
  let xml = strFromU8(files['word/document.xml']!).replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (t) => restyleTable(t, index++, options))
  if (options.runningHeader) xml = withHeader(files, xml, options.runningHeader)
  return zipSync({ ...files, 'word/document.xml': strToU8(xml) })
}
