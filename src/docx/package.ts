// Post-processing of the packed .docx (package hygiene, docx-format.md §2.16 item 7): what the docx
// library leaves out and Word for Mac is reported to dislike. A cached result in the PAGE field,
// [Content_Types].xml as the first zip entry, real zip entry attributes and a webSettings.xml.
// Pure fflate, DOM-free: the same in node (tests, command line) and in the browser.
import { strFromU8, strToU8, unzipSync, zipSync, type ZipOptions, type Zippable } from 'fflate'

const CT = '[Content_Types].xml'
const DOC_RELS = 'word/_rels/document.xml.rels'
const WEB_SETTINGS = 'word/webSettings.xml'
const WEB_SETTINGS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/webSettings'
const WEB_SETTINGS_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml'
const WEB_SETTINGS_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<w:webSettings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>'

/** Word's package order: content types, package rels, then the rest as docx wrote them. */
const FIRST = [CT, '_rels/.rels']

/**
 * Per-entry zip attributes. fflate writes "version made by" = 20 with `os` in the high byte and
 * puts `attrs` into the external-attributes field. `mtime` is converted with the *local*
 * getFullYear()/getHours(); a year outside 1980..2099 throws (fflate err 10). Unix regular file
 * 0644 (os 3), as Info-ZIP on Linux/macOS writes it; the time is the export time.
 */
const entryOptions = (mtime: Date): ZipOptions => ({ level: 6, os: 3, attrs: (0o100644 << 16) >>> 0, mtime })

/** A cached result in every complex PAGE field whose separate is followed directly by end. */
function addPageFieldResult(xml: string, result = '1'): string {
  // <w:r>[rPr]<w:instrText ...>PAGE</w:instrText></w:r><w:r>[rPr]<w:fldChar separate/></w:r><w:r>[rPr]<w:fldChar end/></w:r>
  const rPr = '(?:<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?'
  const re = new RegExp(
    `(<w:instrText[^>]*>\\s*PAGE\\s*</w:instrText></w:r><w:r>(${rPr})<w:fldChar w:fldCharType="separate"/></w:r>)(<w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r>)`,
    'g',
  )
  return xml.replace(re, (_m, head: string, sepRPr: string, end: string) => `${head}<w:r>${sepRPr}<w:t>${result}</w:t></w:r>${end}`)
}

function addWebSettings(files: Record<string, Uint8Array>): void {
  if (files[WEB_SETTINGS]) return
  const rels = strFromU8(files[DOC_RELS]!)
  if (!rels.includes(WEB_SETTINGS_TYPE)) {
    const ids = [...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]))
    const id = `rId${Math.max(0, ...ids) + 1}`
    files[DOC_RELS] = strToU8(rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${WEB_SETTINGS_TYPE}" Target="webSettings.xml"/></Relationships>`))
  }
  const ct = strFromU8(files[CT]!)
  if (!ct.includes('PartName="/word/webSettings.xml"')) {
    files[CT] = strToU8(ct.replace('</Types>', `<Override ContentType="${WEB_SETTINGS_CT}" PartName="/word/webSettings.xml"/></Types>`))
  }
  files[WEB_SETTINGS] = strToU8(WEB_SETTINGS_XML)
}

/** fflate stores DOS times, 1980–2099: a machine clock outside that range must not break the export. */
function zipTime(date: Date): Date {
  const year = date.getFullYear()
  return year >= 1980 && year <= 2099 ? date : new Date(2000, 0, 1)
}

export function packageHygiene(docx: ArrayBuffer | Uint8Array, mtime = new Date()): Uint8Array<ArrayBuffer> {
  const entry = entryOptions(zipTime(mtime))
  const files = unzipSync(docx instanceof Uint8Array ? docx : new Uint8Array(docx))
  for (const name of Object.keys(files)) {
    if (/^word\/(footer|header)\d+\.xml$/.test(name)) {
      files[name] = strToU8(addPageFieldResult(strFromU8(files[name]!)))
    }
  }
  addWebSettings(files)
  // Object key order = entry order (no key here is integer-like, so insertion order holds).
  const ordered: Zippable = {}
  for (const name of [...FIRST, ...Object.keys(files).filter((n) => !FIRST.includes(n))]) {
    if (files[name]) ordered[name] = [files[name]!, entry]
  }
  // A fresh ArrayBuffer-backed copy: what Blob and the file APIs take.
  return new Uint8Array(zipSync(ordered))
}
