// @vitest-environment node
// The Word export checked the way Word checks it: Microsoft's Open XML SDK validator
// (@ooxml-tools/validate, the SDK compiled to WebAssembly) for Office 2019, on every fixture and
// on reports whose every text field holds arbitrary Unicode, control characters, U+FFFE/U+FFFF,
// lone surrogates and lone "\r". Every XML part must also be well-formed (a strict parser).
import validate from '@ooxml-tools/validate'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FIXTURES, nonZeroReport } from '@/report/fixtures/test-reports'
import { NARRATIVE_FIELDS } from '@/report/narrative-fields'
import type { Report } from '@/report/schema'
import { parseXml } from '@/import/xml-tree'
import { reportDocxBytes } from './build-report'
import { unzipParts } from './testing/docx-xml'

const OFFICE = 'Office2019'
/** The first call loads the WebAssembly SDK (about 5 s); later ones take 1–3 s each. */
const SLOW = 120_000

async function problems(report: Report): Promise<string[]> {
  const bytes = await reportDocxBytes(report)
  const malformed = Object.entries(unzipParts(bytes))
    .filter(([path]) => /\.(xml|rels)$/.test(path))
    .flatMap(([path, xml]) => {
      try {
        parseXml(xml)
        return []
      } catch (e) {
        return [`${path}: ${String(e)}`]
      }
    })
  const errors = await validate(bytes, 'docx', OFFICE)
  return [...malformed, ...errors.map((e) => `${e.path?.partUri ?? ''} ${e.path?.xpath ?? ''}: ${e.description}`)]
}

const cases: [string, Report][] = [
  ...FIXTURES,
  ['non-zero', nonZeroReport()],
  ['落款 off', { ...nonZeroReport(), meta: { ...nonZeroReport().meta, signature: false } }],
]

describe(`Open XML SDK validation (${OFFICE})`, () => {
  it.each(cases)('%s: no schema error', async (_name, report) => {
    expect(await problems(report)).toEqual([])
  }, SLOW)
})

/** Text a user, a copy from a web page or a damaged file can bring: every code unit is possible. */
const NASTY = ['\ufffe', '\uffff', '\ud800', '\udfff', '\u0000', '\u0001', '\u000b', '\u001f', '\r', '\r\n', '\t', '\u0085', '\ufdd0', '\u{1fffe}', '😀', '<&>"\'']
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join('')),
)

describe('arbitrary text in every field', () => {
  it('keeps document.xml well-formed and valid', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: NARRATIVE_FIELDS.length + 1, maxLength: NARRATIVE_FIELDS.length + 1 }), async (texts) => {
        const report = nonZeroReport()
        report.meta.agency = texts[0] ?? ''
        NARRATIVE_FIELDS.forEach((field, i) => field.set(report, texts[i + 1] ?? ''))
        expect(await problems(report)).toEqual([])
      }),
      { numRuns: 10 },
    )
  }, 4 * SLOW)
})
