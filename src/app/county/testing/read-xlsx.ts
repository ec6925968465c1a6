// Test support: an .xlsx read back independently of the library that wrote it (fflate to unzip,
// the importer's strict XML parser for the parts): sheet names and cell values by row.
import { strFromU8, unzipSync } from 'fflate'
import { parseXml, textContent, type XNode } from '../../../import/xml-tree.ts'

export interface SheetValues {
  name: string
  rows: (string | number | null)[][]
  /** Rows frozen at the top (the header). */
  frozenRows: number
}

const column = (ref: string) => [...(/^[A-Z]+/.exec(ref)?.[0] ?? 'A')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1
const all = (node: XNode, name: string): XNode[] => node.children.flatMap((c) => (c.name === name ? [c] : all(c, name)))

export function readXlsx(bytes: Uint8Array): SheetValues[] {
  const files = unzipSync(bytes)
  const part = (path: string) => {
    const f = files[path]
    if (!f) throw new Error(`missing part ${path}`)
    return parseXml(strFromU8(f))
  }
  const shared = files['xl/sharedStrings.xml'] ? all(part('xl/sharedStrings.xml'), 'si').map(textContent) : []
  const rels = new Map(all(part('xl/_rels/workbook.xml.rels'), 'Relationship').map((r) => [r.attrs.Id, r.attrs.Target]))
  return all(part('xl/workbook.xml'), 'sheet').map((sheet) => {
    const target = rels.get(sheet.attrs.id ?? '') ?? ''
    const xml = part(target.startsWith('/') ? target.slice(1) : `xl/${target}`)
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
