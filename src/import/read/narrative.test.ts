// Headings, sub-headings, 五's two parts and the signature block as reports write them.
import { describe, expect, it } from 'vitest'
import type { Block } from './document'
import { importDocx } from '../formats/docx/read-docx'
import { readOutline } from './read-sections'
import { parseChineseDate } from './signature'
import { docxFromBody, p } from '../test-docx'

const paras = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', text }))
function report(...texts: string[]) {
  const result = importDocx(docxFromBody(texts.map(p).join('')))
  if (!result.ok) throw new Error(result.errors.join())
  return result
}

describe('section headings', () => {
  it('tolerates spaces, half-width punctuation and numbering variants, and says so', () => {
    const outline = readOutline(paras('某镇人民政府 2024 年政府信息公开工作年度报告', '一、 总体情况', '正文', '2.主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题和改进措施', '六、其他需要报告的事项'))
    expect(outline.title).toEqual({ agency: '某镇人民政府', year: 2024, block: 0 })
    expect(outline.sections.map((s) => s.id)).toEqual(['overview', 'proactive', 'requests', 'appeals', 'problems', 'otherMatters'])
    expect(outline.findings.filter((f) => f.ruleId === 'W-CAPTION').map((f) => f.section)).toEqual(['proactive', 'problems'])
  })

  it('does not take body text that starts with a numeral for a heading', () => {
    const outline = readOutline(paras('一、总体情况', '一是加强组织领导，二是完善制度。', '二、主动公开工作取得了明显成效，全年公开信息一百余条，群众满意度不断提高。'))
    expect(outline.sections.map((s) => s.id)).toEqual(['overview'])
  })

  it('reads a run-in heading of 六', () => {
    const r = report('六、其他需要报告的事项：本单位未收取信息处理费。')
    expect(r.report.otherMatters.text).toBe('本单位未收取信息处理费。')
  })
})

describe('parts of 一 and 五', () => {
  it('reads the paragraphs between 一、总体情况 and （一） as the opening paragraph (overview.intro)', () => {
    const { report: r, findings } = report('一、总体情况', '2024年，本镇认真贯彻落实条例。', '现将有关情况报告如下：',
      '（一）主动公开情况', '全年公开信息100条。', '（二）依申请公开情况', '未收到申请。')
    expect(r.overview.intro).toBe('2024年，本镇认真贯彻落实条例。\n现将有关情况报告如下：')
    expect(r.overview.proactive).toBe('全年公开信息100条。')
    expect(findings.find((f) => f.cells.includes('overview.intro'))?.severity).toBe('info')
  })

  it('without any （一）…（五） heading the whole of 一 goes to （一）, with a warning (no opening paragraph is guessed)', () => {
    const { report: r, findings } = report('一、总体情况', '第一段。', '第二段。')
    expect(r.overview.intro).toBe('')
    expect(r.overview.proactive).toBe('第一段。\n第二段。')
    expect(findings.some((f) => f.ruleId === 'IMPORT-GUESS' && f.severity === 'warning')).toBe(true)
  })

  it('reads standalone and run-in sub-headings with 情况/方面 suffixes', () => {
    const { report: r } = report('一、总体情况', '（一）主动公开情况', '第一段。', '第二段。', '(二) 依申请公开方面：未收到申请。',
      '（三）政府信息管理。管理。', '（四）政府信息公开平台建设：平台。', '（五）监督保障工作：保障。', '（一）这是监督保障中的列举。')
    expect(r.overview).toEqual({
      preface: '', intro: '', proactive: '第一段。\n第二段。', onRequest: '未收到申请。', management: '管理。', platform: '平台。',
      oversight: '保障。\n（一）这是监督保障中的列举。',
    })
  })

  it('a sub-heading that names no aspect goes by its number, with a warning', () => {
    const r = report('一、总体情况', '（一）主动公开：甲。', '（二）加强申请办理：乙。')
    expect(r.report.overview.onRequest).toBe('加强申请办理：乙。')
    expect(r.findings.some((f) => f.ruleId === 'W-CAPTION' && f.cells.includes('overview.onRequest'))).toBe(true)
  })

  it('一 without sub-headings: all text in 主动公开 and a warning', () => {
    const r = report('一、总体情况', '全年公开信息。', '未收到申请。')
    expect(r.report.overview.proactive).toBe('全年公开信息。\n未收到申请。')
    expect(r.findings.some((f) => f.ruleId === 'IMPORT-GUESS' && f.section === 'overview')).toBe(true)
  })

  it.each([
    [['（一）存在问题', '问题甲。', '（二）改进情况', '改进乙。'], '问题甲。', '改进乙。'],
    [['（一）存在的主要问题：问题甲。', '（二）改进措施：改进乙。'], '问题甲。', '改进乙。'],
    [['存在问题：问题甲。改进措施：改进乙。'], '问题甲。', '改进乙。'],
    [['2024年，工作也存在一些不足。', '下一步，我镇将加强学习。'], '2024年，工作也存在一些不足。', '下一步，我镇将加强学习。'],
    [['只有问题。'], '只有问题。', ''],
  ])('五 written as %j', (lines, problems, improvements) => {
    const r = report('五、存在的主要问题及改进情况', ...lines)
    expect(r.report.problems).toEqual({ problems, improvements })
  })
})

describe('signature block', () => {
  it.each([
    ['2025年1月26日', '2025-01-26'],
    ['２０２５年１月２６日', '2025-01-26'],
    ['二〇二五年一月二十六日', '2025-01-26'],
    ['二○二五年十二月三十一日', '2025-12-31'],
    ['2025年2月30日', null],
    ['2025年1月', null],
  ])('parses %s', (text, iso) => expect(parseChineseDate(text)).toBe(iso))

  it('agency and date after 六 set the publish date and are not part of 六', () => {
    const r = report('某镇人民政府2024年政府信息公开工作年度报告', '六、其他需要报告的事项', '未收取信息处理费。', '某镇人民政府', '2025年1月20日')
    expect(r.report.meta).toMatchObject({ agency: '某镇人民政府', year: 2024, publishDate: '2025-01-20', signature: true })
    expect(r.report.otherMatters.text).toBe('未收取信息处理费。')
  })

  it('a signature without a date is the agency alone', () => {
    const r = report('某镇人民政府2024年政府信息公开工作年度报告', '六、其他需要报告的事项', '未收取信息处理费。', '某镇人民政府')
    expect(r.report.meta).toMatchObject({ publishDate: null, signature: true })
    expect(r.report.otherMatters.text).toBe('未收取信息处理费。')
  })

  it('no signature: signature off, and the unit type follows the agency name', () => {
    const r = report('某县某街道办事处2024年政府信息公开工作年度报告', '六、其他需要报告的事项', '无。')
    expect(r.report.meta).toMatchObject({ publishDate: null, signature: false, unitType: 'street' })
  })
})
