// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decimalPlaces, normaliseNumberText, parseCell } from './cell-parser'

const CHINESE = /[\u4e00-\u9fff]/
const FULL_WIDTH_DIGITS = '０１２３４５６７８９'
const toFullWidth = (s: string) => s.replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)] ?? d)

function message(raw: string, type: 'integer' | 'decimal' = 'integer'): string {
  const result = parseCell(raw, type)
  if (result.ok) throw new Error(`“${raw}” was accepted as ${result.value}`)
  return result.message
}

describe('parseCell — integer cells (件)', () => {
  it.each([
    ['12', 12],
    ['  12 ', 12],
    ['\u300012\u3000', 12],
    ['０', 0],
    ['１２', 12],
    ['1,234', 1234],
    ['１，２３４', 1234],
    ['1,234,567', 1234567],
    ['5件', 5],
    ['３件', 3],
    ['3.0', 3],
  ])('reads %j as %i', (raw, value) => {
    expect(parseCell(raw)).toEqual({ ok: true, value })
  })

  it.each(['', '   ', '/', '-', '—', '——', '－', '无', '空'])('reads the blank token %j as null', (raw) => {
    expect(parseCell(raw)).toEqual({ ok: true, value: null })
  })

  it('rejects text, negatives and fractions with a Chinese message that quotes the input', () => {
    expect(message('abc')).toMatch(/“abc”不是数字/)
    expect(message('-3')).toMatch(/“-3”是负数/)
    expect(message('－3')).toMatch(/负数/)
    expect(message('1.5')).toMatch(/“1\.5”带有小数/)
    expect(message('1,23')).toMatch(/不是数字/)
    for (const raw of ['abc', '-3', '1.5']) expect(message(raw)).toMatch(CHINESE)
  })

  it('rejects absurdly large counts', () => {
    expect(message('99999999999999999')).toMatch(/过大/)
  })
})

describe('parseCell — decimal cells (万元)', () => {
  it.each([
    ['0', 0],
    ['0.5', 0.5],
    ['0.1234', 0.1234],
    ['0.12340', 0.1234],
    ['１２．５', 12.5],
    ['0.5万元', 0.5],
    ['1,234.5', 1234.5],
  ])('reads %j as %d', (raw, value) => {
    expect(parseCell(raw, 'decimal')).toEqual({ ok: true, value })
  })

  it('rejects more than four decimals and says why', () => {
    expect(message('0.1234567', 'decimal')).toMatch(/小数位过多.*6 位/)
    expect(parseCell('0.12345', 'decimal', 4)).toEqual(expect.objectContaining({ ok: false }))
    expect(parseCell('24252.311082', 'decimal')).toEqual({ ok: true, value: 24252.311082 })
    expect(parseCell('0.000001', 'decimal')).toEqual({ ok: true, value: 0.000001 })
    expect(parseCell('1.2300000', 'decimal')).toEqual({ ok: true, value: 1.23 })
    expect(message('-0.5', 'decimal')).toMatch(/负数/)
    expect(message('五千', 'decimal')).toMatch(/金额（万元）/)
  })
})

describe('parseCell — properties', () => {
  it('reads any non-negative integer in ASCII, full-width and grouped form', () => {
    fc.assert(
      fc.property(fc.nat(), (n) => {
        expect(parseCell(String(n))).toEqual({ ok: true, value: n })
        expect(parseCell(toFullWidth(String(n)))).toEqual({ ok: true, value: n })
        expect(parseCell(n.toLocaleString('en-US'))).toEqual({ ok: true, value: n })
      }),
      { numRuns: 200 },
    )
  })

  it('never throws: any input gives a value (number or null) or a non-empty message', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.array(fc.constantFrom(...'0123456789.,，。０１９件万元无 -－/'), { maxLength: 12 }).map((chars) => chars.join('')),
    )
    fc.assert(
      fc.property(anyText, fc.constantFrom('integer' as const, 'decimal' as const), (raw, type) => {
        const result = parseCell(raw, type)
        if (result.ok) {
          expect(result.value === null || (Number.isFinite(result.value) && result.value >= 0)).toBe(true)
          if (type === 'integer' && result.value !== null) expect(Number.isInteger(result.value)).toBe(true)
        } else {
          expect(result.message.length).toBeGreaterThan(0)
          expect(result.message).toMatch(CHINESE)
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('helpers', () => {
  it('normaliseNumberText folds full-width forms and strips every kind of space', () => {
    expect(normaliseNumberText(' １，２３４。５\u00a0')).toBe('1,234.5')
  })

  it('decimalPlaces counts decimals of the shortest form', () => {
    expect(decimalPlaces(0)).toBe(0)
    expect(decimalPlaces(0.1234)).toBe(4)
    expect(decimalPlaces(0.12345)).toBe(5)
    expect(decimalPlaces(1e-7)).toBe(7)
    expect(decimalPlaces(Number.NaN)).toBe(0)
  })
})

describe('numbers separated by spaces', () => {
  it('are never read as one number (a row copied from a PDF or a web page’s text)', () => {
    for (const raw of ['1 2 0 0 0 0 3', '12 3', '１２　３', '1\u00a02', '0.5 1', '1\n2', '3\r\n4']) {
      const parsed = parseCell(raw, raw.includes('.') ? 'decimal' : 'integer')
      expect(parsed.ok, raw).toBe(false)
      if (!parsed.ok) expect(parsed.message).toContain('用空格或换行隔开的数')
    }
    expect(parseCell(' 12 ')).toEqual({ ok: true, value: 12 })
    // A number padded with empty paragraphs (Word's web pages) is one number.
    expect(parseCell('\n\u00a0\n5\n\u00a0\n')).toEqual({ ok: true, value: 5 })
    expect(parseCell('5 件')).toEqual({ ok: true, value: 5 })
    expect(parseCell('1,234')).toEqual({ ok: true, value: 1234 })
  })
})

