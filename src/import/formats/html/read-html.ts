// The web page adapter (.html, .htm, .mhtml, and a page pasted from the clipboard's text/html):
// the page → the shared document model, then the shared reading. The CMS frame around the
// article (navigation, the metadata table, footer scripts) is read like any other text and
// tables: the report is found by its title and headings, each table by its captions.
import { DOCX_PROPERTIES } from '../../../report/docx-properties'
import { TABLES, TABLE_IDS, tableSection } from '../../../report/tables/registry'
import { docProperties, type DocProperties } from '../docx/doc-properties'
import { finding, importError, type ImportResult } from '../../import-result'
import { readDocument } from '../../read/read-document'
import { decodeHtml } from './decode-html'
import { htmlBlocks } from './html-blocks'
import { parseHtml, type HNode } from './html-tree'
import { mhtmlPage } from './read-mhtml'

/**
 * The facts this app's 导出网页 keeps in <meta> tags under the names of the Word export's document
 * properties (the unit type is never printed, the date not when 落款 is off). Other pages have none.
 */
function pageProperties(root: HNode): DocProperties {
  const metas: Record<string, string> = {}
  // Iterative: a hostile page may nest deeper than the call stack.
  const stack: HNode[] = [root]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.name === 'meta' && node.attrs.name && node.attrs.content !== undefined) metas[node.attrs.name] = node.attrs.content.trim()
    for (const child of node.children) if (typeof child !== 'string') stack.push(child)
  }
  return docProperties(metas[DOCX_PROPERTIES.publishDate] ?? null, metas[DOCX_PROPERTIES.unitType] ?? null)
}

export function importHtmlText(html: string): ImportResult {
  const root = parseHtml(html)
  const { blocks, images } = htmlBlocks(root)
  const result = readDocument({ blocks, notes: [], properties: pageProperties(root) })
  if (!result.ok || images.length === 0) return result
  // A table that is missing where the page shows a picture elsewhere (not under its heading,
  // which the shared reading names) was most likely published as one.
  for (const table of TABLE_IDS) {
    const missing = result.findings.findIndex((f) => f.ruleId === 'IMPORT-MISSING' && f.section === tableSection(table) && f.message.startsWith(`没有找到${TABLES[table].name}`))
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
