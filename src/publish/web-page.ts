// 导出网页 and 复制网页版 (report-file.md §13): the report as one self-contained UTF-8 HTML page for
// the 政府信息公开专栏, written from the same render model as the preview and the Word export.
// A plain string writer, no React and no DOM: it runs in the browser and in node alike.
//
// What a CMS rich-text editor (UEditor, KindEditor, TinyMCE, CKEditor) keeps: plain elements,
// `border`/`cellspacing`/`cellpadding` attributes, inline `style`, `rowspan`/`colspan`, `width`.
// What it strips or breaks: scripts, classes that need a stylesheet, <colgroup>, custom
// elements. So every table cell carries its own border and width, and nothing relies on <head>.
import { DOCX_PROPERTIES } from '@/report/docx-properties'
import { toRenderModel, type RenderBlock, type RenderTableCell, type TableBlock } from '@/report/render-model'
import type { Report } from '@/report/schema'

/** Text as text: no character of a report ever reaches the page as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
}

const FONT = "font-family:'仿宋_GB2312','仿宋',FangSong,STFangsong,serif"
const P_STYLE = `margin:0;text-indent:2em;line-height:1.8;text-align:justify;font-size:16pt;${FONT}`
const H_STYLE = "margin:0;text-indent:2em;line-height:1.8;font-size:16pt;font-weight:normal;font-family:'黑体',SimHei,sans-serif"
const TITLE_STYLE = "margin:0 0 1em;text-align:center;line-height:1.5;font-size:22pt;font-weight:normal;font-family:'方正小标宋简体','华文中宋','宋体',serif"
const RUN_IN_STYLE = "font-family:'楷体_GB2312','楷体',KaiTi,STKaiti,serif"
const SIGN_STYLE = `margin:0;text-align:right;line-height:1.8;font-size:16pt;padding-right:2em;${FONT}`
const TABLE_STYLE = 'border-collapse:collapse;width:100%;margin:0.5em auto;font-size:10.5pt'
const CELL_STYLE = 'border:1px solid #000;padding:2px 3px;vertical-align:middle;line-height:1.5'

/** A cell's width: the share of the table its grid columns take, in percent (one decimal). */
function cellWidth(block: TableBlock, cell: RenderTableCell): string {
  const total = block.columnWidths.reduce((a, b) => a + b, 0)
  const own = block.columnWidths.slice(cell.c, cell.c + cell.colSpan).reduce((a, b) => a + b, 0)
  return `${Math.round((own / total) * 1000) / 10}%`
}

function tableCell(block: TableBlock, cell: RenderTableCell): string {
  const spans = `${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}`
  const weight = cell.role === 'header' ? ';font-weight:bold' : ''
  const style = `${CELL_STYLE};text-align:${cell.align}${weight}`
  const width = cellWidth(block, cell)
  // An empty cell keeps its height in every editor with a non-breaking space.
  const text = cell.text ? escapeHtml(cell.text) : '&nbsp;'
  return `<td${spans} width="${width}" style="${style};width:${width}">${text}</td>`
}

function table(block: TableBlock): string {
  const rows = block.rows.map((cells) => `<tr>${cells.map((cell) => tableCell(block, cell)).join('')}</tr>`)
  return `<table border="1" cellspacing="0" cellpadding="3" width="100%" style="${TABLE_STYLE}">\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`
}

function blockHtml(block: RenderBlock): string {
  switch (block.kind) {
    case 'title':
      return `<h1 style="${TITLE_STYLE}">${block.lines.map(escapeHtml).join('<br>')}</h1>`
    case 'heading':
      return `<h2 style="${H_STYLE}">${escapeHtml(block.text)}</h2>`
    case 'paragraph': {
      const runIn = block.runIn ? `<span style="${RUN_IN_STYLE}">${escapeHtml(block.runIn)}</span>` : ''
      return `<p style="${P_STYLE}">${runIn}${escapeHtml(block.text)}</p>`
    }
    case 'table':
      return table(block)
    case 'signature':
      return [
        `<p style="${SIGN_STYLE}">&nbsp;</p>`,
        `<p style="${SIGN_STYLE}">${escapeHtml(block.agency)}</p>`,
        ...(block.date ? [`<p style="${SIGN_STYLE}">${escapeHtml(block.date)}</p>`] : []),
      ].join('\n')
  }
}

/** The article body: what 复制网页版 puts on the clipboard and what the page holds. */
export function reportArticleHtml(report: Report): string {
  const body = toRenderModel(report).map(blockHtml).join('\n')
  return `<div style="max-width:210mm;margin:0 auto;color:#000">\n${body}\n</div>`
}

/** The whole page for 导出网页: UTF-8, the title, the facts the page does not print, the article. */
export function reportWebPage(report: Report): string {
  const blocks = toRenderModel(report)
  const title = blocks[0]?.kind === 'title' ? blocks[0].text : ''
  // The unit type is never printed, and the date not when 落款 is off: kept as page metadata under
  // the names the Word export uses for its document properties, so the app's reader restores them.
  const meta = [
    `<meta name="${DOCX_PROPERTIES.unitType}" content="${escapeHtml(report.meta.unitType)}">`,
    ...(report.meta.publishDate ? [`<meta name="${DOCX_PROPERTIES.publishDate}" content="${escapeHtml(report.meta.publishDate)}">`] : []),
  ]
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    ...meta,
    '</head>',
    '<body>',
    reportArticleHtml(report),
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

/** The text/plain fallback of 复制网页版: paragraphs as lines, table rows with tab-separated cells. */
export function reportPlainText(report: Report): string {
  return toRenderModel(report).flatMap((block): string[] => {
    switch (block.kind) {
      case 'title':
        return [block.lines.join(''), '']
      case 'heading':
        return [block.text]
      case 'paragraph':
        return [`${block.runIn ?? ''}${block.text}`]
      case 'table':
        return block.rows.map((cells) => cells.map((c) => c.text).join('\t'))
      case 'signature':
        return ['', block.agency, ...(block.date ? [block.date] : [])]
    }
  }).join('\n')
}
