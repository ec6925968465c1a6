// importReportFile: the one entry point behind 打开报告 and 以上年报告为底稿. It dispatches on the
// file name, so a user who picks the wrong kind of file learns which kinds are accepted.
import { cleanedMessage } from '../report/clean-report'
import { parseReportText } from '../report/parse-report'
import { SECTIONS } from '../report/sections'
import { INPUT_COUNT, TABLE_IDS } from '../report/tables/registry'
import { finding, importError, type ImportResult } from './import-result'
import { importDocx } from './read-docx'
import { MAX_DOCX_BYTES, tooLargeMessage } from './unzip-docx'

function extension(name: string): string {
  const m = /\.([^.\\/]+)$/.exec(name.trim())
  return m ? m[1]!.toLowerCase() : ''
}

/** UTF-8 (with or without a BOM), or UTF-16 when a BOM says so (Notepad's "Unicode"). */
function jsonEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return 'utf-8'
}

function importJson(bytes: Uint8Array): ImportResult {
  let text: string
  try {
    text = new TextDecoder(jsonEncoding(bytes), { fatal: true }).decode(bytes)
  } catch {
    return importError('报告文件不是 UTF-8 编码的文字，无法读取：文件可能已损坏，或不是本程序保存的报告文件。')
  }
  const parsed = parseReportText(text)
  if (!parsed.ok) return parsed
  // The schema requires every cell, so a report file that parses has all of them.
  const summary = { sectionsFound: SECTIONS.length, tablesFound: TABLE_IDS.length, cellsRead: INPUT_COUNT, cellsMissing: 0 }
  const message = cleanedMessage(parsed.cleaned)
  const findings = message ? [finding('IMPORT-CLEAN', 'warning', 'meta', parsed.cleaned.map((c) => c.path), message)] : []
  return { ok: true, report: parsed.report, findings, summary }
}

export function importReportFile(name: string, bytes: Uint8Array): ImportResult {
  if (bytes.length > MAX_DOCX_BYTES) return importError(tooLargeMessage(bytes.length))
  switch (extension(name)) {
    case 'json':
      return importJson(bytes)
    case 'docx':
      return importDocx(bytes)
    case 'doc':
    case 'wps':
      return importError(`“${name}”是旧版 Word/WPS 文档，无法直接读取：请在 Word 或 WPS 中“另存为” .docx 格式后再打开。`)
    case 'pdf':
      return importError(`“${name}”是 PDF 文件，无法读取其中的表格：请打开报告的 Word 原稿（.docx），或本程序保存的报告文件（.json）。`)
    default:
      return importError(`无法打开“${name}”：只能打开 Word 文档（.docx）或本程序保存的报告文件（.json）。`)
  }
}
