// The rules and images of a page, from pdf.js's operator list of a PDF drawn with them.
import { describe, expect, it } from 'vitest'
import { pageGraphics } from './pdf-graphics'
import { loadPdfjs } from './pdfjs'
import { writePdf } from './testing/write-pdf'

async function graphicsOf(bytes: Uint8Array) {
  const { lib, cMapUrl } = await loadPdfjs()
  const doc = await lib.getDocument({ data: bytes, cMapUrl, cMapPacked: true, verbosity: 0 }).promise
  const ops = await (await doc.getPage(1)).getOperatorList()
  void doc.destroy()
  return pageGraphics(lib.OPS, ops.fnArray, ops.argsArray)
}

describe('pageGraphics', () => {
  it('finds straight stroked rules, vertical and horizontal, and the box of each image', async () => {
    const g = await graphicsOf(writePdf([{
      width: 595, height: 842, texts: [{ x: 72, y: 700, size: 10, str: '表' }],
      rules: [{ x0: 100, y0: 500, x1: 100, y1: 700 }, { x0: 140, y0: 500, x1: 140, y1: 700 }, { x0: 100, y0: 600, x1: 300, y1: 600 }, { x0: 10, y0: 10, x1: 12, y1: 11 }],
      images: [{ x: 72, y: 100, w: 400, h: 300 }],
    }]))
    expect(g.verticals.map((r) => [r.at, r.from, r.to])).toEqual([[100, 500, 700], [140, 500, 700]])
    expect(g.horizontals.map((r) => [r.at, r.from, r.to])).toEqual([[600, 100, 300]])
    expect(g.images).toEqual([{ x0: 72, y0: 100, x1: 472, y1: 400 }])
  })
})
