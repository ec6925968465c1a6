// Test fixtures shaped like third-party PDFs: the words of real PDFs (LibreOffice's PDFs of this
// app's own .docx exports, as `pdftotext -bbox` gives them: docx/testing/pdf-text.ts) set again,
// two reports side by side on double-width pages, or one after another.
import { writePdf, type PdfPage, type PdfText } from './write-pdf'

/** A page's words with their boxes (top-left origin), as parseBbox gives them. */
interface WordPage {
  width: number
  height: number
  words: { text: string; xMin: number; yMin: number; xMax: number; yMax: number }[]
}

/** A page's words as text pieces at their places (PDF units, y up), shifted right by `dx`. */
function texts(page: WordPage, dx: number): PdfText[] {
  return page.words.map((w) => {
    // The size that gives the word its printed width in the writer's font (ASCII half an em).
    const ems = [...w.text].reduce((sum, ch) => sum + (ch.charCodeAt(0) < 0x80 ? 0.5 : 1), 0)
    const size = Math.min((w.xMax - w.xMin) / Math.max(ems, 0.5), (w.yMax - w.yMin) * 0.9)
    return { x: w.xMin + dx, y: page.height - w.yMax + (w.yMax - w.yMin) * 0.2, size, str: w.text }
  })
}

/** Two PDFs set side by side, page by page, on pages twice as wide. */
export function sideBySidePdf(a: readonly WordPage[], b: readonly WordPage[]): Uint8Array {
  const pages: PdfPage[] = Array.from({ length: Math.max(a.length, b.length) }, (_v, i) => {
    const width = a[i]?.width ?? b[i]!.width
    const height = Math.max(a[i]?.height ?? 0, b[i]?.height ?? 0)
    return { width: width * 2, height, texts: [...(a[i] ? texts(a[i]!, 0) : []), ...(b[i] ? texts(b[i]!, width) : [])] }
  })
  return writePdf(pages)
}

/** PDFs set one after another, as a compilation prints them. */
export function oneAfterAnotherPdf(...pdfs: (readonly WordPage[])[]): Uint8Array {
  return writePdf(pdfs.flatMap((pages) => pages.map((page) => ({ width: page.width, height: page.height, texts: texts(page, 0) }))))
}
