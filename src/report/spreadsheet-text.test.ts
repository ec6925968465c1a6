import { describe, expect, it } from 'vitest'
import { neutralizeFormula, startsLikeFormula } from './spreadsheet-text'

describe('neutralizeFormula', () => {
  it.each([
    ['=HYPERLINK("http://example.com","点击")', '\'=HYPERLINK("http://example.com","点击")'],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ['-2+3+cmd|x', "'-2+3+cmd|x"],
    ['@SUM(1+1)*cmd|x', "'@SUM(1+1)*cmd|x"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('puts an apostrophe before %j', (text, safe) => {
    expect(startsLikeFormula(text)).toBe(true)
    expect(neutralizeFormula(text)).toBe(safe)
  })

  it.each(['伊川县白沙镇人民政府', 'a=1', ' =1', '', "'=1", '2024', '（=）'])('leaves %j as it is', (text) => {
    expect(startsLikeFormula(text)).toBe(false)
    expect(neutralizeFormula(text)).toBe(text)
  })
})
