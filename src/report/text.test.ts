import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanReportText, cleanedMessage } from './clean-report'
import { balancedReport } from './fixtures/balanced'
import { parseReportText } from './parse-report'
import { cleanText, isXmlChar } from './text'

const xmlSafe = (s: string) => [...s].every((ch) => isXmlChar(ch.codePointAt(0) ?? 0) && !(ch.length === 1 && /[\ud800-\udfff]/.test(ch)))

describe('cleanText', () => {
  it('removes what XML 1.0 forbids and counts it', () => {
    expect(cleanText('a\ufffeb\uffffc\u0001d\u001fe')).toEqual({ text: 'abcde', removed: 4 })
    expect(cleanText('x\ud800y\udc00z')).toEqual({ text: 'xyz', removed: 2 })
  })

  it('keeps tabs, line feeds, pairs of surrogates and everything else', () => {
    expect(cleanText('a\tb\nc😀d\u0085e\ufdd0f\u{1fffe}')).toEqual({ text: 'a\tb\nc😀d\u0085e\ufdd0f\u{1fffe}', removed: 0 })
  })

  it('turns a lone \\r and \\r\\n into a newline', () => {
    expect(cleanText('前\r后\r\n末')).toEqual({ text: '前\n后\n末', removed: 0 })
  })

  it('always leaves XML-safe text, and leaves clean text alone', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      const { text } = cleanText(s)
      expect(xmlSafe(text)).toBe(true)
      expect(cleanText(text)).toEqual({ text, removed: 0 })
    }), { numRuns: 500 })
  })
})

describe('report text', () => {
  it('cleans the agency and every narrative field, and says where', () => {
    const report = balancedReport()
    report.meta.agency = '某镇\u0001人民政府'
    report.overview.intro = '总述\ufffe\uffff'
    const { report: clean, cleaned } = cleanReportText(report)
    expect(clean.meta.agency).toBe('某镇人民政府')
    expect(clean.overview.intro).toBe('总述')
    expect(report.overview.intro).toBe('总述\ufffe\uffff') // the input is not changed
    expect(cleaned.map((c) => [c.path, c.removed])).toEqual([['meta.agency', 1], ['overview.intro', 2]])
    expect(cleanedMessage(cleaned)).toMatch(/已删除 3 个.*机关全称 1 个、一、总体情况开头段 2 个/)
  })

  it('a clean report comes back as the same object', () => {
    const report = balancedReport()
    expect(cleanReportText(report).report).toBe(report)
  })

  it('a report file with forbidden characters opens cleaned', () => {
    const report = balancedReport()
    report.problems.problems = `一是\ufffe公开栏更新不及时。`
    const result = parseReportText(JSON.stringify(report))
    if (!result.ok) throw new Error(result.errors.join())
    expect(result.report.problems.problems).toBe('一是公开栏更新不及时。')
    expect(result.cleaned).toEqual([{ path: 'problems.problems', label: '五（一）存在问题', removed: 1 }])
  })
})
