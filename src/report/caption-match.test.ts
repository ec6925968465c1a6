// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { matchCaption, type Candidate } from './caption-match'
import { bigrams, bigramSimilarity, textSimilarity } from './similarity'

const ROWS: Candidate<string>[] = [
  { value: 'a', caption: '1.本机关已主动公开' },
  { value: 'b', caption: '2.其他法律行政法规禁止公开' },
  { value: 'c', caption: '（七）总计' },
  { value: 'd', caption: '行政规范性文件' },
  { value: 'e', caption: '申请人以政府信息公开申请的形式进行工资报酬等诉求' },
]

describe('matchCaption', () => {
  it('matches exactly after normalising, a known variant, and a caption with a small edit', () => {
    expect(matchCaption('１、本机关已主动公开', ROWS)).toEqual({ value: 'a', caption: '1.本机关已主动公开', exact: true })
    expect(matchCaption('（七）合计', ROWS)).toEqual({ value: 'c', caption: '（七）总计', exact: false })
    expect(matchCaption('规范性文件', ROWS)).toEqual({ value: 'd', caption: '行政规范性文件', exact: false })
    expect(matchCaption('申请人以政府信息公开申请形式进行工资报酬诉求', ROWS)).toEqual({ value: 'e', caption: ROWS[4]!.caption, exact: false })
  })

  it('refuses prose and short texts; of two captions alike but for the item number, takes the same number', () => {
    expect(matchCaption('本年度我镇认真贯彻落实政府信息公开条例，各项工作有序推进', ROWS)).toBeNull()
    expect(matchCaption('其他', ROWS)).toBeNull()
    const numbered: Candidate<string>[] = [{ value: 'one', caption: '1.本机关已主动公开' }, { value: 'three', caption: '3.本机关已主动公开' }]
    expect(matchCaption('3.本机关已主动公开了', numbered)?.value).toBe('three')
    expect(matchCaption('1.本机关已主动公开了', numbered)?.value).toBe('one')
    expect(matchCaption('', ROWS)).toBeNull()
  })

  it('answers a text asked again, and the same text against another list, as a first asking does', () => {
    const texts = ['（七）合计', '申请人以政府信息公开申请形式进行工资报酬诉求', '1.本机关已主动公开了', '其他', '无关的一段文字而已了']
    const first = texts.map((t) => matchCaption(t, ROWS))
    expect(texts.map((t) => matchCaption(t, ROWS))).toEqual(first)
    // A fresh list (nothing remembered) gives the same answers.
    expect(texts.map((t) => matchCaption(t, ROWS.map((c) => ({ ...c }))))).toEqual(first)
    // The same text against a list where it stands for another candidate.
    const other: Candidate<string>[] = [{ value: 'z', caption: '1.本机关已主动公开件' }, { value: 'y', caption: '（七）总计' }]
    expect(matchCaption('1.本机关已主动公开了', other)?.value).toBe('z')
    expect(matchCaption('1.本机关已主动公开了', ROWS)?.value).toBe('a')
    expect(matchCaption('（七）合计', other)?.value).toBe('y')
  })
})

describe('bigramSimilarity', () => {
  it('is textSimilarity from each text\'s bigrams', () => {
    const pairs = [['本年共收到申请15件。', '本年共收到申请 3 件'], ['春眠不觉晓', '白日依山尽'], ['', ''], ['政府信息公开工作', '政府信息公开']]
    for (const [a, b] of pairs) expect(bigramSimilarity(bigrams(a!), bigrams(b!))).toBe(textSimilarity(a!, b!))
    expect(bigramSimilarity(bigrams('政府信息公开工作'), bigrams('政府信息公开'))).toBeCloseTo(10 / 12, 10)
  })
})
