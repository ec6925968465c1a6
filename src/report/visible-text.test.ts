import { describe, expect, it } from 'vitest'
import { visibleText } from './visible-text'

describe('visibleText', () => {
  it('prints control characters as escapes', () => {
    expect(visibleText('red\u001b[31m名\u001b[0m.json')).toBe('red\\x1b[31m名\\x1b[0m.json')
    expect(visibleText('第一行\n第二行\r\t.docx')).toBe('第一行\\n第二行\\r\\t.docx')
    expect(visibleText('a\u0000\u0007\u007f\u009bb')).toBe('a\\x00\\x07\\x7f\\x9bb')
    expect(visibleText('cod\u202egnp.json')).toBe('cod\\u202egnp.json')
  })

  it('leaves other text alone', () => {
    const text = '乡镇/伊川县白沙镇人民政府 2024（草稿）=HYPERLINK("x") ..\\..\\a.json'
    expect(visibleText(text)).toBe(text)
  })
})
