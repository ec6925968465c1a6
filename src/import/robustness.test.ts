// Robustness of the .docx importer (jsdom for DOMParser): a real document with its XML cut,
// holed or spliced with random text and tags is read or refused with a Chinese message, never
// a crash; whatever is accepted is a valid report file.
import fc from 'fast-check'
import { unzipSync, zipSync } from 'fflate'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseReport } from '@/report/parse-report'
import { importReportFile } from './import-file'

const CHINESE = /[\u4e00-\u9fff]/

describe('the .docx importer over damaged documents', () => {
  const docx = unzipSync(new Uint8Array(readFileSync('src/import/test-fixtures/wrong-total.docx')))
  const xml = new TextDecoder().decode(docx['word/document.xml'])
  /** A cut, a deletion or an insertion of random text (tags included) in document.xml. */
  const damage = fc.oneof(
    fc.nat({ max: xml.length }).map((at) => xml.slice(0, at)),
    fc.tuple(fc.nat({ max: xml.length }), fc.nat({ max: 400 })).map(([at, n]) => xml.slice(0, at) + xml.slice(at + n)),
    fc.tuple(fc.nat({ max: xml.length }), fc.oneof(fc.string(), fc.constantFrom('<w:tc>', '</w:tr>', '<w:tbl>', '<w:gridSpan w:val="99"/>', '<w:vMerge/>', '&amp;', '<w:t>-1</w:t>')))
      .map(([at, s]) => xml.slice(0, at) + s + xml.slice(at)),
  )

  it('never throws; an accepted document gives a valid report', async () => {
    await fc.assert(
      fc.asyncProperty(damage, async (text) => {
        const bytes = zipSync({ ...docx, 'word/document.xml': new TextEncoder().encode(text) }, { level: 0 })
        const result = await importReportFile('damaged.docx', bytes)
        if (!result.ok) {
          for (const e of result.errors) expect(e).toMatch(CHINESE)
          return
        }
        expect(parseReport(JSON.parse(JSON.stringify(result.report))).ok).toBe(true)
      }),
      // ~60 ms per import in jsdom: a few dozen damaged documents keep the suite fast.
      { numRuns: 40 },
    )
  }, 20_000)
})
