// Formatting shared by the form, the preview and the Word export, so they print alike.
import type { Report } from './schema'
import { visibleText } from './visible-text'

export const TITLE_SUFFIX = '年政府信息公开工作年度报告'

/** "{机关全称}{年度}年政府信息公开工作年度报告" (report-format.md §7). */
export function reportTitle(meta: Pick<Report['meta'], 'agency' | 'year'>): string {
  return `${meta.agency.trim()}${meta.year}${TITLE_SUFFIX}`
}

/** The title while the agency may still be blank (header bar, 基本信息). */
export function draftTitle(meta: Pick<Report['meta'], 'agency' | 'year'>): string {
  return reportTitle({ ...meta, agency: meta.agency.trim() || '（机关全称）' })
}

/**
 * How a report's unit is named in lists and messages: a name read from someone else's file shows
 * its control and direction-override characters as escapes, and a blank one says so.
 */
export function agencyLabel(agency: string): string {
  return visibleText(agency.trim()) || '（未填写机关）'
}

/**
 * File name of report-file.md §3 and §13 (the draft export adds （草稿）); characters Windows
 * forbids in names are replaced.
 */
export function reportFileName(meta: Pick<Report['meta'], 'agency' | 'year'>, ext: 'docx' | 'json' | 'html', draft = false): string {
  const base = reportTitle({ ...meta, agency: meta.agency.trim() || '未命名单位' }).replace(/[\\/:*?"<>|]/g, '_')
  return `${base}${draft ? '（草稿）' : ''}.${ext}`
}

/** "2025-01-26" → "2025年1月26日" (GB/T 9704: Arabic numerals, no zero padding). */
export function formatChineseDate(iso: string | null): string {
  if (!iso) return ''
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return ''
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`
}

/**
 * A cell value as printed: exactly the number stored, in plain decimal notation, blank as empty.
 * Amounts are never rounded: the shortest decimal that reads back as the stored number is the
 * one the user typed (24252.311082 stays 24252.311082); trailing zeros carry no value.
 */
export function formatCellValue(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return ''
  const shortest = String(value)
  if (!/e/i.test(shortest)) return shortest
  // Exponent notation (below 1e-6 or from 1e21): write the same digits out in full.
  const [mantissa = '', exp = '0'] = shortest.split(/e/i)
  const negative = mantissa.startsWith('-')
  const [int = '', frac = ''] = mantissa.replace('-', '').split('.')
  const digits = int + frac
  const point = int.length + Number(exp)
  const plain = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`
  return (negative ? '-' : '') + plain
}

/** Splits narrative text into paragraphs (one per non-empty line). */
export function paragraphs(text: string): string[] {
  return text.split(/\r?\n/).map((p) => p.trim()).filter(Boolean)
}
