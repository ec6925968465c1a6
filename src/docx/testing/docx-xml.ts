// Test support: reads a generated .docx back (fflate + regular expressions, no DOM needed) and
// rebuilds each table's merged grid from w:gridSpan / w:vMerge, the way Word lays it out.
import { strFromU8, unzipSync } from 'fflate'

export interface DocxParts {
  document: string
  styles: string
  settings: string
  fontTable: string
  footers: string[]
}

/** Every part of the package as text, by path. */
export function unzipParts(data: ArrayBuffer | Uint8Array): Record<string, string> {
  const files = unzipSync(data instanceof Uint8Array ? data : new Uint8Array(data))
  return Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)]))
}

export async function readDocx(data: ArrayBuffer | Uint8Array): Promise<DocxParts> {
  const parts = unzipParts(data)
  const part = (path: string) => parts[path] ?? ''
  const footerPaths = Object.keys(parts).filter((p) => /^word\/footer\d+\.xml$/.test(p)).sort()
  return {
    document: part('word/document.xml'),
    styles: part('word/styles.xml'),
    settings: part('word/settings.xml'),
    fontTable: part('word/fontTable.xml'),
    footers: footerPaths.map(part),
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const unescapeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? '')

/** Concatenated w:t text of an XML fragment (line breaks inside a paragraph add nothing). */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1] ?? '')).join('')
}

interface XmlCell {
  r: number
  c: number
  rowSpan: number
  colSpan: number
  text: string
  xml: string
}

interface XmlTable {
  xml: string
  gridCols: number[]
  /** Rows marked w:tblHeader (repeated on each page). */
  headerRows: number
  /** Grid columns covered by each w:tr, which must equal gridCols.length. */
  rowSpans: number[]
  cells: XmlCell[]
}

function parseTable(xml: string): XmlTable {
  const gridCols = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))
  const rows = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1] ?? '')
  const cells: XmlCell[] = []
  const openMerges = new Map<number, XmlCell>()
  const rowSpans: number[] = []
  let headerRows = 0
  rows.forEach((row, r) => {
    if (/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/.test(row) && headerRows === r) headerRows++
    let c = 0
    for (const m of row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)) {
      const tc = m[1] ?? ''
      const colSpan = Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(tc)?.[1] ?? 1)
      const vMerge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(tc)
      const above = openMerges.get(c)
      if (vMerge && vMerge[1] !== 'restart' && above) {
        above.rowSpan++
      } else {
        const cell: XmlCell = { r, c, rowSpan: 1, colSpan, text: textOf(tc), xml: tc }
        cells.push(cell)
        if (vMerge?.[1] === 'restart') openMerges.set(c, cell)
        else openMerges.delete(c)
      }
      c += colSpan
    }
    rowSpans.push(c)
  })
  return { xml, gridCols, headerRows, rowSpans, cells }
}

export type BodyPart = { kind: 'p'; text: string; xml: string } | { kind: 'tbl'; table: XmlTable }

/** The body's top-level paragraphs and tables, in document order. */
export function bodyParts(documentXml: string): BodyPart[] {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)?.[1] ?? ''
  return [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p>[\s\S]*?<\/w:p>|<w:p\/>/g)].map((m): BodyPart => {
    const xml = m[0]
    return xml.startsWith('<w:tbl>') ? { kind: 'tbl', table: parseTable(xml) } : { kind: 'p', text: textOf(xml), xml }
  })
}

export const tablesOf = (parts: BodyPart[]) => parts.flatMap((p) => (p.kind === 'tbl' ? [p.table] : []))
export const paragraphsOf = (parts: BodyPart[]) => parts.flatMap((p) => (p.kind === 'p' ? [p] : []))
