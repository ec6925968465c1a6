// The web page adapter (.html, .htm, .mhtml, and a page pasted from the clipboard's text/html):
// the page → the shared document model, then the shared reading. The CMS frame around the
// article (navigation, the metadata table, footer scripts) is read like any other text and
// tables: the report is found by its title and headings, each table by its captions.
import { DOCX_PROPERTIES } from '../../../report/docx-properties'
import { docProperties, type DocProperties } from '../docx/doc-properties'
import { importError, type ImportResult } from '../../import-result'
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
  return readDocument({ blocks: htmlBlocks(root), notes: [], properties: pageProperties(root) })
}

export function importHtmlBytes(bytes: Uint8Array): ImportResult {
  return importHtmlText(decodeHtml(bytes))
}

export function importMhtml(bytes: Uint8Array): ImportResult {
  const page = mhtmlPage(bytes)
  if (page === null) return importError('这个 .mhtml 文件中没有网页内容（text/html），可能已损坏：请在浏览器中重新“另存为”网页。')
  return importHtmlText(page)
}
