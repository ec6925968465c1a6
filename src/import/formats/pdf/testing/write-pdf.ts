// A small PDF writer for tests: text at given positions in a Chinese font that is not embedded
// (STSong-Light with the UniGB-UCS2-H character map, as WPS exports do, so pdf.js needs its
// bundled cMaps), drawn lines (table rules) and images (a table published as a picture). No
// dependency: the file is a few objects and a cross-reference table.

export interface PdfText { x: number; y: number; size: number; str: string }
interface PdfRule { x0: number; y0: number; x1: number; y1: number }
interface PdfImage { x: number; y: number; w: number; h: number }
export interface PdfPage { width: number; height: number; texts: PdfText[]; rules?: PdfRule[]; images?: PdfImage[] }

const hex = (s: string) => [...s].map((ch) => ch.charCodeAt(0).toString(16).padStart(4, '0')).join('')
const n = (v: number) => (Math.round(v * 100) / 100).toString()

function content(page: PdfPage): string {
  const out: string[] = []
  for (const r of page.rules ?? []) out.push(`0.5 w ${n(r.x0)} ${n(r.y0)} m ${n(r.x1)} ${n(r.y1)} l S`)
  for (const im of page.images ?? []) out.push(`q ${n(im.w)} 0 0 ${n(im.h)} ${n(im.x)} ${n(im.y)} cm /Im1 Do Q`)
  for (const t of page.texts) out.push(`BT /F1 ${n(t.size)} Tf 1 0 0 1 ${n(t.x)} ${n(t.y)} Tm <${hex(t.str)}> Tj ET`)
  return out.join('\n')
}

export function writePdf(pages: readonly PdfPage[]): Uint8Array {
  const objects: string[] = []
  const add = (body: string) => objects.push(body)
  const pageIds = pages.map((_p, i) => 7 + i * 2)
  add('<< /Type /Catalog /Pages 2 0 R >>')
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`)
  add('<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>')
  add('<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>')
  add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>')
  const pixels = 'ff00ff00'
  add(`<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode /Length ${pixels.length + 1} >>\nstream\n${pixels}>\nendstream`)
  for (const page of pages) {
    const stream = content(page)
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${n(page.width)} ${n(page.height)}] /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 6 0 R >> >> /Contents ${objects.length + 2} 0 R >>`)
    add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`)
  }
  let pdf = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(pdf.length)
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(pdf)
}
