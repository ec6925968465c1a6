// @vitest-environment node
// Package hygiene (docx-format.md §2.16 item 7): what the docx library leaves out is added after
// packing, and the document is otherwise unchanged.
import { describe, expect, it } from 'vitest'
import { Packer } from 'docx'
import { nonZeroReport } from '@/report/fixtures/test-reports'
import { buildReportDocument, reportDocxBytes } from './build-report'
import { PACK_OVERRIDES } from './styles'
import { unzipParts } from './testing/docx-xml'
import { zipEntries } from './testing/zip-entries'

const exported = reportDocxBytes(nonZeroReport())

describe('the exported package', () => {
  it('starts with [Content_Types].xml, then the package relationships', async () => {
    expect(zipEntries(await exported).slice(0, 2).map((e) => e.name)).toEqual(['[Content_Types].xml', '_rels/.rels'])
  })

  it('has real entry attributes: Unix regular files 0644 and the export time', async () => {
    const year = new Date().getFullYear()
    for (const entry of zipEntries(await exported)) {
      expect(entry.os, entry.name).toBe(3)
      expect(entry.externalAttributes >>> 16, entry.name).toBe(0o100644)
      expect(entry.year, entry.name).toBe(year)
    }
  })

  it('gives the PAGE field a cached result, keeping the footer run formatting', async () => {
    const footers = Object.entries(unzipParts(await exported)).filter(([path]) => /^word\/footer\d+\.xml$/.test(path))
    expect(footers).toHaveLength(2)
    for (const [, xml] of footers) {
      expect(xml).toMatch(/<w:instrText xml:space="preserve">PAGE<\/w:instrText><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)<w:fldChar w:fldCharType="separate"\/><\/w:r><w:r>\1<w:t>1<\/w:t><\/w:r><w:r>\1<w:fldChar w:fldCharType="end"\/>/)
    }
  })

  it('has a webSettings part, related from the document and typed in [Content_Types].xml', async () => {
    const parts = unzipParts(await exported)
    expect(parts['word/webSettings.xml']).toContain('<w:webSettings')
    expect(parts['word/_rels/document.xml.rels']).toMatch(/Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/webSettings" Target="webSettings.xml"/)
    expect(parts['[Content_Types].xml']).toContain('PartName="/word/webSettings.xml"')
  })

  it('leaves every other part as the docx library wrote it', async () => {
    const raw = unzipParts(await Packer.toArrayBuffer(buildReportDocument(nonZeroReport()), false, PACK_OVERRIDES))
    const tidy = unzipParts(await exported)
    const changed = new Set(['[Content_Types].xml', 'word/_rels/document.xml.rels', 'word/footer1.xml', 'word/footer2.xml', 'word/webSettings.xml'])
    // docProps/core.xml carries the creation time, which differs between the two packings.
    for (const path of Object.keys(raw).filter((p) => !changed.has(p) && p !== 'docProps/core.xml')) expect(tidy[path], path).toBe(raw[path])
    expect(Object.keys(tidy).sort()).toEqual([...Object.keys(raw), 'word/webSettings.xml'].sort())
  })
})
