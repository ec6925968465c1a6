// The .json adapter: this app's own report file (report-file.md §1), checked by the schema. It
// needs no document model: every cell is where the format says.
import { cleanedMessage } from '../../../report/clean-report'
import { parseReportText } from '../../../report/parse-report'
import { SECTIONS } from '../../../report/sections'
import { INPUT_COUNT, TABLE_IDS } from '../../../report/tables/registry'
import { finding, importError, type ImportResult } from '../../import-result'
import { checkJsonDepth, LimitError, LIMITS, limitText } from '../../limits'

export function importJson(bytes: Uint8Array): ImportResult {
  if (bytes.length > LIMITS.jsonBytes) throw new LimitError(limitText.jsonBytes(bytes.length))
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return importError('报告文件不是 UTF-8 编码的文字，无法读取：文件可能已损坏，或不是本程序保存的报告文件。')
  }
  checkJsonDepth(text)
  const parsed = parseReportText(text)
  if (!parsed.ok) return parsed
  // The schema requires every cell, so a report file that parses has all of them.
  const summary = { sectionsFound: SECTIONS.length, tablesFound: TABLE_IDS.length, cellsRead: INPUT_COUNT, cellsMissing: 0 }
  const message = cleanedMessage(parsed.cleaned)
  const findings = message ? [finding('IMPORT-CLEAN', 'warning', 'meta', parsed.cleaned.map((c) => c.path), message)] : []
  return { ok: true, report: parsed.report, findings, summary, sources: {} }
}
