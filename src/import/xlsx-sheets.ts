// An .xlsx read with fflate and the importer's strict XML parser (no spreadsheet library): sheet
// names and cell values by row. The 单位名单 reads its first sheet; the tests read back the problem
// list workbook with it, independently of the library that wrote it.
import { strFromU8, unzipSync } from 'fflate'
import { parseXml, textContent, type XNode } from './xml-tree'

export interface SheetValues {
  name: string
  rows: (string | number | null)[][]
  /** Rows frozen at the top (the header). */
  frozenRows: number
}

const column = (ref: string) => [...(/^[A-Z]+/.exec(ref)?.[0] ?? 'A')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1
const all = (node: XNode, name: string): XNode[] => node.children.flatMap((c) => (c.name === name ? [c] : all(c, name)))

export function readXlsxSheets(bytes: Uint8Array): SheetValues[] {
  const files = unzipSync(bytes)
  const part = (path: string) => {
    const f = files[path]
    if (!f) throw new Error(`缺少 ${path}`)
    return parseXml(strFromU8(f))
  }
  const shared = files['xl/sharedStrings.xml'] ? all(part('xl/sharedStrings.xml'), 'si').map(textContent) : []
  const rels = new Map(all(part('xl/_rels/workbook.xml.rels'), 'Relationship').map((r) => [r.attrs.Id, r.attrs.Target]))
  return all(part('xl/workbook.xml'), 'sheet').map((sheet) => {
    const target = rels.get(sheet.attrs.id ?? '') ?? ''
    const xml = part(target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`)
    const rows = all(xml, 'row').map((row) => {
      const values: (string | number | null)[] = []
      for (const c of all(row, 'c')) {
        const v = all(c, 'v')[0]
        const raw = v ? textContent(v) : null
        const value = c.attrs.t === 's' ? (shared[Number(raw)] ?? '') : c.attrs.t === 'inlineStr' ? textContent(c) : c.attrs.t === 'str' ? raw : raw === null ? null : Number(raw)
        values[column(c.attrs.r ?? '')] = value
      }
      return Array.from(values, (x) => x ?? null)
    })
    const pane = all(xml, 'pane')[0]
    return { name: sheet.attrs.name ?? '', rows, frozenRows: pane?.attrs.state === 'frozen' ? Number(pane.attrs.ySplit ?? 0) : 0 }
  })
}
