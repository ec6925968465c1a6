// Reading a report file: JSON text → typed Report, or Chinese errors that name each field.
import type { z } from 'zod/mini'
import { cleanReportText, type CleanedField } from './clean-report'
import { fieldLabel } from './field-labels'
import { READABLE_VERSIONS, REPORT_FORMAT, SCHEMA_VERSION, reportSchema, reportSchemaV1, type Report } from './schema'
import { describeIssues, quoteValue, type IssueWording } from './zod-messages'

/** `cleaned`: where characters Word cannot take were removed from the file's text (cleanReportText). */
export type ParseResult = { ok: true; report: Report; cleaned: CleanedField[] } | { ok: false; errors: string[] }

const MAX_ERRORS = 20

export function parseReportText(text: string): ParseResult {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''))
  } catch {
    return { ok: false, errors: ['文件不是有效的 JSON 报告文件，无法读取（文件可能已损坏或不是本程序保存的报告）。'] }
  }
  return parseReport(data)
}

export function parseReport(data: unknown): ParseResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, errors: ['文件内容不是年度报告：顶层应为一个对象。'] }
  }
  const record = data as Record<string, unknown>
  if (record.format !== REPORT_FORMAT) {
    return {
      ok: false,
      errors: [`不是政府信息公开工作年度报告文件：format 应为 “${REPORT_FORMAT}”，实际为 ${quoteValue(record.format)}。`],
    }
  }
  if (record.schemaVersion === 1) {
    const v1 = reportSchemaV1.safeParse(data, { reportInput: true })
    if (!v1.success) return { ok: false, errors: reportErrors(v1.error.issues) }
    // Version 1 had no place for the opening paragraph of 一: it is empty.
    const { preface, ...parts } = v1.data.overview
    return { ok: true, ...cleanReportText({ ...v1.data, schemaVersion: SCHEMA_VERSION, overview: { preface, intro: '', ...parts } }) }
  }
  if (record.schemaVersion !== SCHEMA_VERSION) {
    return {
      ok: false,
      errors: [`不支持的文件版本：schemaVersion 为 ${quoteValue(record.schemaVersion)}，本程序能读取版本 ${READABLE_VERSIONS.join('、')}。`
        + (typeof record.schemaVersion === 'number' && record.schemaVersion > SCHEMA_VERSION ? '这可能是更新版本的程序保存的文件，请使用新版本打开。' : '')],
    }
  }
  // reportInput: zod 4 leaves issue.input out by default, and the messages quote the bad value.
  const result = reportSchema.safeParse(data, { reportInput: true })
  if (result.success) return { ok: true, ...cleanReportText(result.data) }
  return { ok: false, errors: reportErrors(result.error.issues) }
}

/** Where a report file's fields are, in Chinese: cells by their table, row and column captions. */
const REPORT_WORDING: IssueWording = {
  where: fieldLabel,
  formats: { 'meta.publishDate': '日期应写作 YYYY-MM-DD，例如 2025-01-26' },
  numberHint: '（未填写的留空）',
}

function reportErrors(issues: z.core.$ZodIssue[]): string[] {
  return describeIssues(issues, REPORT_WORDING, MAX_ERRORS).map((message) => `${message}。`)
}
