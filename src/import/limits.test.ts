// Hostile inputs (issue 22 item 1), generated here rather than committed: each is refused fast
// with a Chinese message naming the file and what was too large; none is read into memory whole.
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { balancedReport } from '@/report/fixtures/balanced'
import { importReportFile } from './import-file'
import { LIMITS } from './limits'
import { documentXml, docxWith } from './test-docx'
import { parseXml } from './xml-tree'

const errorOf = async (name: string, bytes: Uint8Array) => {
  const result = await importReportFile(name, bytes)
  expect(result.ok).toBe(false)
  return result.ok ? '' : result.errors.join(' ')
}
const docx = (body: string) => docxWith({ '[Content_Types].xml': '<Types/>', 'word/document.xml': documentXml(body) })

describe('limits of the readers', () => {
  it('a node bomb (millions of empty paragraphs) stops at the node limit', async () => {
    const body = '<w:p/>'.repeat(LIMITS.nodes + 10)
    const message = await errorOf('炸弹.docx', docx(body))
    expect(message).toContain('“炸弹.docx”')
    expect(message).toContain('元素超过')
  }, 60_000)

  it('100,000 nested levels are refused fast (no quadratic namespace resolution)', async () => {
    const depth = 100_000
    const body = '<w:p>'.repeat(depth) + '</w:p>'.repeat(depth)
    // Refused at the depth limit: it used to take minutes (saxes's namespace resolution).
    const message = await errorOf('深.docx', docx(body))
    expect(message).toContain('嵌套超过')
    // Depth just under the limit parses, in time linear in depth.
    const ok = `<r xmlns:w="u">${'<w:x>'.repeat(LIMITS.depth - 2)}${'</w:x>'.repeat(LIMITS.depth - 2)}</r>`
    expect(parseXml(ok).name).toBe('r')
  })

  it('one paragraph longer than the text limit is refused and said so', async () => {
    const text = '字'.repeat(LIMITS.textChars + 1)
    const message = await errorOf('长.docx', docx(`<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`))
    expect(message).toContain('超过 1,000,000 个字')
  })

  it('a paragraph larger than the inflate limit in a small zip stops while inflating, whatever the zip says', async () => {
    const chunk = '<w:r><w:t>' + 'a'.repeat(1000) + '</w:t></w:r>'
    const xml = documentXml(`<w:p>${chunk.repeat(Math.ceil(LIMITS.inflatedBytes / 1000) + 1000)}</w:p>`)
    const zipped = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) }, { level: 9 })
    expect(zipped.length).toBeLessThan(2 * 1024 * 1024)
    // The directory is made to lie: a declared size of 1 kB.
    const lying = zipped.slice()
    const view = new DataView(lying.buffer)
    for (let i = 0; i < lying.length - 4; i++) {
      const sig = view.getUint32(i, true)
      if (sig === 0x04034b50) view.setUint32(i + 22, 1024, true)
      if (sig === 0x02014b50) view.setUint32(i + 24, 1024, true)
    }
    const message = await errorOf('谎报.docx', lying)
    expect(message).toContain('解压后超过 50.0 MB')
  }, 60_000)

  it('entity expansion and external entities stay refused', async () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
      + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>'
    const message = await errorOf('实体.docx', docxWith({ '[Content_Types].xml': '<Types/>', 'word/document.xml': bomb }))
    expect(message).toMatch(/不是有效的 XML/)
  })

  it('JSON nested too deep, too large, or with NaN / 1e309 / __proto__', async () => {
    expect(await errorOf('深.json', strToU8('['.repeat(100_000) + ']'.repeat(100_000)))).toContain('嵌套超过 64 层')
    const big = new Uint8Array(LIMITS.jsonBytes + 1).fill(0x20)
    expect(await errorOf('大.json', big)).toContain('“大.json”')
    const text = JSON.stringify(balancedReport())
    expect((await importReportFile('a.json', strToU8(text.replace(/"naturalPerson":\d+/, '"naturalPerson":1e309')))).ok).toBe(false)
    expect((await importReportFile('b.json', strToU8(text.replace(/"naturalPerson":\d+/, '"naturalPerson":NaN')))).ok).toBe(false)
    const proto = await importReportFile('c.json', strToU8(text.replace('{', '{"__proto__":{"polluted":1},')))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    if (proto.ok) expect(Object.getPrototypeOf(proto.report)).toBe(Object.prototype)
  })

  it('a web page with a node bomb or 100,000 nested elements stops early', async () => {
    expect(await errorOf('页.html', strToU8('<div>'.repeat(100_000)))).toContain('嵌套超过')
    expect(await errorOf('页.html', strToU8('<br>'.repeat(LIMITS.nodes + 1)))).toContain('元素超过')
  }, 60_000)

  it('a real report is far below every limit', async () => {
    const text = JSON.stringify(balancedReport())
    expect((await importReportFile('r.json', strToU8(text))).ok).toBe(true)
  })
})
