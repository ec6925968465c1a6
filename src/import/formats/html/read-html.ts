// The web page adapter (.html, .htm, .mhtml, and a page pasted from the clipboard's text/html):
// the page → the shared document model, then the shared reading. The CMS frame around the
// article (navigation, the metadata table, footer scripts) is read like any other text and
// tables: the report is found by its title and headings, each table by its captions.
import { TABLES, TABLE_IDS, tableSection } from '../../../report/tables/registry'
import { finding, importError, type ImportResult } from '../../import-result'
import { readDocument } from '../../read/read-document'
import { decodeHtml } from './decode-html'
import { htmlBlocks } from './html-blocks'
import { parseHtml } from './html-tree'
import { mhtmlPage } from './read-mhtml'

export function importHtmlText(html: string): ImportResult {
  const { blocks, images } = htmlBlocks(parseHtml(html))
  const result = readDocument({ blocks, notes: [] })
  if (!result.ok || images.length === 0) return result
  // A table that is missing where the page shows a picture was most likely published as one.
  for (const table of TABLE_IDS) {
    const missing = result.findings.findIndex((f) => f.ruleId === 'IMPORT-MISSING' && f.section === tableSection(table) && f.message.includes(TABLES[table].name))
    if (missing < 0) continue
    result.findings[missing] = finding('IMPORT-MISSING', 'warning', tableSection(table), [],
      `没有找到${TABLES[table].name}：网页中有 ${images.length} 张图片（${images.slice(0, 2).map((i) => `“${i.src.slice(-40)}”`).join('、')}），表格可能是以图片发布的，图片中的数字无法读取：请按原表补填`)
  }
  return result
}

export function importHtmlBytes(bytes: Uint8Array): ImportResult {
  return importHtmlText(decodeHtml(bytes))
}

export function importMhtml(bytes: Uint8Array): ImportResult {
  const page = mhtmlPage(bytes)
  if (page === null) return importError('这个 .mhtml 文件中没有网页内容（text/html），可能已损坏：请在浏览器中重新“另存为”网页。')
  return importHtmlText(page)
}
