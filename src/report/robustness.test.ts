// @vitest-environment node
// Robustness of the input surface, with random inputs: the cell parser, the report file loader
// (JSON text, arbitrary JSON values, mutated valid files, random bytes named .json/.docx) and
// validate(). Damaged .docx documents: src/import/robustness.test.ts (needs DOMParser). Nothing throws, every rejection carries a Chinese message, a valid report
// survives JSON unchanged.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { importReportFile } from '@/import/import-file'
import { createEmptyReport } from './default-report'
import { balancedReport } from './fixtures/balanced'
import { parseCell } from './cell-parser'
import { parseReport, parseReportText } from './parse-report'
import { UNIT_TYPES, type Report } from './schema'
import { TABLES, TABLE_IDS } from './tables/registry'
import { validate } from './validate'
import { writeValue } from './values'
import { NARRATIVE_FIELDS } from './narrative-fields'

const CHINESE = /[\u4e00-\u9fff]/
const MAX_COUNT = 1e12

/** Any text a user might type or paste into a cell: all of unicode, digits, huge numbers. */
const cellText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.array(fc.constantFrom(...'0123456789.,，。０１９件万元无 -－/\u3000\t'), { maxLength: 16 }).map((c) => c.join('')),
  fc.stringMatching(/^[0-9]{1,400}$/),
  fc.tuple(fc.stringMatching(/^[0-9]{1,3}$/), fc.array(fc.stringMatching(/^[0-9]{3}$/), { maxLength: 8 }), fc.stringMatching(/^(\.[0-9]{0,8})?$/))
    .map(([head, groups, tail]) => [head, ...groups].join(',') + tail),
  fc.double().map(String),
)

describe('parseCell over any input', () => {
  it('never throws; values are finite, in range and re-read the same; rejections explain in Chinese', () => {
    fc.assert(
      fc.property(cellText, fc.constantFrom('integer' as const, 'decimal' as const), fc.integer({ min: 0, max: 6 }), (raw, type, decimals) => {
        const result = parseCell(raw, type, decimals)
        if (!result.ok) {
          expect(result.message).toMatch(CHINESE)
          return
        }
        if (result.value === null) return
        expect(Number.isFinite(result.value)).toBe(true)
        expect(result.value).toBeGreaterThanOrEqual(0)
        expect(result.value).toBeLessThanOrEqual(MAX_COUNT)
        if (type === 'integer') expect(Number.isInteger(result.value)).toBe(true)
        // What the form shows after a commit must parse back to the same value.
        expect(parseCell(String(result.value), type, decimals)).toEqual({ ok: true, value: result.value })
      }),
      { numRuns: 3000 },
    )
  })

  it('reads every count up to 10^9 and refuses digit strings beyond the limit with a message', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (n) => {
        expect(parseCell(n.toLocaleString('en-US'))).toEqual({ ok: true, value: n })
      }),
      { numRuns: 500 },
    )
    expect(parseCell('1000000000')).toEqual({ ok: true, value: 1e9 })
    const huge = parseCell('9'.repeat(5000))
    expect(huge.ok ? huge.value : huge.message).toMatch(/过大/)
  })
})

// ---- the report file loader -------------------------------------------------------------

function expectRejectedWithMessages(result: ReturnType<typeof parseReport>) {
  if (result.ok) return
  expect(result.errors.length).toBeGreaterThan(0)
  for (const e of result.errors) expect(e).toMatch(CHINESE)
}

/** A valid report with random text, dates and values (every cell blank, 0 or up to 10^9). */
const validReport: fc.Arbitrary<Report> = fc
  .record({
    agency: fc.string({ unit: 'grapheme', maxLength: 30 }),
    year: fc.integer({ min: 2000, max: 2100 }),
    unitType: fc.constantFrom(...UNIT_TYPES),
    publishDate: fc.option(fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/), { nil: null }),
    signature: fc.boolean(),
    texts: fc.array(fc.string({ unit: 'grapheme', maxLength: 60 }), { minLength: NARRATIVE_FIELDS.length, maxLength: NARRATIVE_FIELDS.length }),
    counts: fc.array(fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: null }), { minLength: 200, maxLength: 200 }),
    amounts: fc.array(fc.option(fc.integer({ min: 0, max: 1e8 }).map((n) => n / 10_000), { nil: null }), { minLength: 4, maxLength: 4 }),
  })
  .map(({ agency, year, unitType, publishDate, signature, texts, counts, amounts }) => {
    const report = createEmptyReport(year)
    report.meta = { agency, year, unitType, publishDate, signature }
    NARRATIVE_FIELDS.forEach((field, i) => field.set(report, texts[i] ?? ''))
    let i = 0
    for (const id of TABLE_IDS) {
      for (const cell of TABLES[id].inputs) {
        writeValue(report, id, cell, cell.valueType === 'decimal' ? (amounts[i % amounts.length] ?? null) : (counts[i % counts.length] ?? null))
        i++
      }
    }
    return report
  })

/** Every path (to objects and leaves) of a JSON value. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))]
}

type Mutation = { kind: 'replace'; with: unknown } | { kind: 'delete' } | { kind: 'add'; key: string; with: unknown }

function mutate(data: unknown, path: string[], mutation: Mutation): unknown {
  if (path.length === 0) return mutation.kind === 'replace' ? mutation.with : data
  const copy = JSON.parse(JSON.stringify(data)) as Record<string, unknown>
  let parent = copy
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>
  const last = path.at(-1)!
  if (mutation.kind === 'replace') parent[last] = mutation.with
  else if (mutation.kind === 'delete') delete parent[last]
  else if (typeof parent[last] === 'object' && parent[last] !== null) (parent[last] as Record<string, unknown>)[mutation.key] = mutation.with
  return copy
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), with: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ kind: fc.constant('delete' as const) }),
  fc.record({ kind: fc.constant('add' as const), key: fc.string({ maxLength: 8 }), with: fc.jsonValue({ maxDepth: 1 }) }),
)

describe('the report file loader over any input', () => {
  it('round-trips any valid report: JSON.stringify → parseReportText → the same report', () => {
    fc.assert(
      fc.property(validReport, (report) => {
        const result = parseReportText(JSON.stringify(report, null, 2))
        expect(result.ok ? result.report : result.errors).toEqual(report)
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on arbitrary JSON values or text, and every rejection explains itself', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectRejectedWithMessages(parseReport(value))
        expectRejectedWithMessages(parseReportText(JSON.stringify(value) ?? ''))
      }),
      { numRuns: 1000 },
    )
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expectRejectedWithMessages(parseReportText(text))
      }),
      { numRuns: 500 },
    )
  })

  it('never throws on a valid file with one part replaced, removed or added to; accepted files are valid', () => {
    const base = JSON.parse(JSON.stringify(balancedReport())) as unknown
    const all = paths(base)
    fc.assert(
      fc.property(fc.constantFrom(...all), mutation, (path, m) => {
        const result = parseReport(mutate(base, path, m))
        if (!result.ok) return expectRejectedWithMessages(result)
        // Whatever was accepted is itself a valid report: it survives a second pass unchanged
        // (compared as JSON: a "-0" in a file reads as -0, which saves and prints as 0).
        const saved = JSON.stringify(result.report)
        const again = parseReportText(saved)
        expect(again.ok ? JSON.stringify(again.report) : again.errors).toEqual(saved)
      }),
      { numRuns: 1500 },
    )
  })

  it('importReportFile never throws on random bytes named .json, .docx, .html, .pdf or anything else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('r.json', 'r.docx', 'r.DOCX', 'r.pdf', 'r.html', 'r.mhtml', 'r', '.json'), async (bytes, name) => {
        const result = await importReportFile(name, bytes)
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0)
          for (const e of result.errors) expect(e).toMatch(CHINESE)
        }
      }),
      { numRuns: 500 },
    )
  })
})

describe('validate() over any valid report', () => {
  it('never throws, and every issue names a rule and carries a Chinese message', () => {
    fc.assert(
      fc.property(validReport, fc.option(validReport, { nil: null }), (report, previous) => {
        for (const issue of validate(report, { previous })) {
          expect(issue.ruleId).not.toBe('')
          expect(issue.message).toMatch(CHINESE)
        }
      }),
      { numRuns: 200 },
    )
  })
})
