// Which files in a folder are reports, and why the others are not read. Reports are .docx and
// .json, and published web pages (.html, .htm, .mhtml) and PDFs (report-file.md §10); Word's
// lock files ("~$报告.docx") and hidden files or folders are passed over. The county page and
// the command line pick files alike.

export type ReportFileKind = 'json' | 'docx' | 'html' | 'mhtml' | 'pdf'

const KINDS: Record<string, ReportFileKind> = {
  json: 'json', docx: 'docx', html: 'html', htm: 'html', xhtml: 'html', shtml: 'html', mhtml: 'mhtml', mht: 'mhtml', pdf: 'pdf',
}
const SKIPPED = /^(~\$|\.)/

/** The file input's accept list (打开报告, 以上年报告为底稿). */
export const REPORT_FILE_ACCEPT = `${Object.keys(KINDS).map((e) => `.${e}`).join(',')},application/json,text/html,application/pdf`

function extension(name: string): string {
  const m = /\.([^.\\/]+)$/.exec(name.trim())
  return m ? m[1]!.toLowerCase() : ''
}

export function fileKind(name: string): ReportFileKind | null {
  return KINDS[extension(name)] ?? null
}

/** A Word lock file, or a hidden file or folder: passed over without a word. */
export function isSkippedName(name: string): boolean {
  return SKIPPED.test(name)
}

export function isReportFile(name: string): boolean {
  return fileKind(name) !== null && !isSkippedName(name)
}

/** Why a file of this type is not read (Chinese, for skipped entries and messages); null when it is read. */
export function unreadReason(name: string): string | null {
  if (isReportFile(name)) return null
  if (isSkippedName(name)) return `“${name}”是 Word 的临时锁定文件或隐藏文件，不是报告`
  const ext = extension(name)
  if (ext === 'doc' || ext === 'wps')
    return `“${name}”是旧版 Word/WPS 文档，无法直接读取：请在 Word 或 WPS 中“另存为” .docx 格式后再打开。`
  if (ext === 'xls' || ext === 'xlsx' || ext === 'et' || ext === 'csv')
    return `“${name}”是表格文件，不是年度报告：只能读取 Word 文档（.docx）、网页（.html、.mhtml）、PDF 和本程序保存的报告文件（.json）。`
  return `无法打开“${name}”：只能读取 Word 文档（.docx）、网页（.html、.htm、.mhtml）、PDF 和本程序保存的报告文件（.json）。`
}
