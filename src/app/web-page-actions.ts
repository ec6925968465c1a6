// 导出网页 and 复制网页版 (report-file.md §13). This module and the web page writer
// (publish/web-page.ts) load when first used (app.tsx imports it on click). The clipboard gets
// text/html with a text/plain fallback; where the async clipboard API is refused (an older
// browser, no permission), the copy event of execCommand carries both.
import { reportFileName } from '@/report/format'
import type { Report } from '@/report/schema'
import { downloadBlob } from '@/lib/download'
import type { Notify } from './toasts'
import { reportArticleHtml, reportPlainText, reportWebPage } from '@/publish/web-page'

async function writeClipboard(html: string, text: string): Promise<boolean> {
  try {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ])
    return true
  } catch {
    let done = false
    const onCopy = (e: ClipboardEvent) => {
      e.clipboardData?.setData('text/html', html)
      e.clipboardData?.setData('text/plain', text)
      e.preventDefault()
      done = true
    }
    document.addEventListener('copy', onCopy)
    try {
      document.execCommand('copy')
    } finally {
      document.removeEventListener('copy', onCopy)
    }
    return done
  }
}

export function exportWebPage(report: Report, notify: Notify): void {
  downloadBlob(new Blob([reportWebPage(report)], { type: 'text/html;charset=utf-8' }), reportFileName(report.meta, 'html'))
  notify('已导出网页。可在网站后台用“源代码/HTML”模式粘贴其内容，或作为附件上传。')
}

export async function copyWebPage(report: Report, notify: Notify): Promise<void> {
  if (await writeClipboard(reportArticleHtml(report), reportPlainText(report))) {
    notify('已复制网页版：在网站后台的编辑器中粘贴（Ctrl+V），标题、正文和三张表格都会保留。')
  } else {
    notify('浏览器不允许写入剪贴板：请改用“导出网页”，再在网站后台上传或粘贴其内容。', 'error')
  }
}
