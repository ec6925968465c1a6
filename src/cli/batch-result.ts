// What the command line reports per file (report-file.md §8): its agency and year, and its errors
// and warnings, including the checks across the whole folder; with --rules and --roster its score
// and the roster's units (§12). All of it from the steps 汇总审核 takes (§11: one report, one answer).
import { januaryReview, type UnitRow } from '../report/county/january'
import { reviewBatch } from '../report/county/review-batch'
import type { RosterUnit } from '../report/county/roster'
import type { RulePack } from '../report/county/rule-pack'
import type { Deduction } from '../report/county/scoring'
import { openIssues } from '../report/county/triage'
import type { Issue } from '../report/issue'
import type { FileRead } from '../worker/protocol'
import { agencyLabel } from '../report/format'
import { neutralizeFormula } from '../report/spreadsheet-text'
import type { Passed } from './collect-files'
import { visibleText } from '../report/visible-text'

interface Finding {
  rule: string
  cells: string[]
  message: string
}

/** `part`: one report of a file holding several (`file` then names the file and the report). */
type Part = { part?: { file: string; index: number; count: number } }

/**
 * A report read: `round`, which submission of its unit and year it is (by the files' times);
 * `score` and `deductions` with a rule pack.
 */
export type FileResult =
  | ({ file: string; agency: string; year: number; errors: Finding[]; warnings: Finding[]; round?: number; score?: number; deductions?: Deduction[] } & Part)
  | ({ file: string; failed: string } & Part)
  | Passed

const finding = (i: Issue): Finding => ({ rule: i.ruleId, cells: i.cells, message: i.message })

/** Every entry of the run in one order: by file name, as shown. */
export function byFile(results: readonly FileResult[]): FileResult[] {
  // The reports of one file together, in their order in it.
  const key = (r: FileResult) => ('part' in r && r.part ? r.part.file : r.file)
  const index = (r: FileResult) => ('part' in r && r.part ? r.part.index : 0)
  return [...results].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : index(a) - index(b)))
}

interface MissingUnit {
  unit: string
  missing: true
}

export interface CountyOptions {
  pack: RulePack | null
  roster: readonly RosterUnit[] | null
}

export interface BatchOptions extends CountyOptions {
  /** When each entry of `checks` was received (its file's modification time, ISO): orders a unit's submissions. */
  receivedAt?: readonly (string | null)[]
}

export interface BatchRun {
  /** One per entry of `checks`, in its order. */
  results: FileResult[]
  /** Each unit of the roster with its status (its latest report's), in the roster's order; none without a roster. */
  units: UnitRow[]
  /** The roster's units without a report, as the --json entries say it. */
  missing: MissingUnit[]
  /** The entries (by `file`) whose agency is no unit of the roster. */
  unmatched: string[]
}

/**
 * `checks[i]` belongs to `files[i]` (the path shown, relative to the folder), in the order of the
 * files. The findings, scores and units come from reviewBatch and januaryReview, the steps
 * 汇总审核, its workbook and letters read, with nothing marked (no finding is ignored) and no
 * 截止日期 (a file's time is no proof of when it was received). A unit's submissions of a year are
 * counted by `receivedAt` (the files' times; the order of the files where equal or unknown), so
 * its latest, which gives the unit its status, is the file saved last.
 */
export function batchResults(files: readonly string[], checks: readonly FileRead[], { pack, roster, receivedAt = [] }: BatchOptions = { pack: null, roster: null }): BatchRun {
  const read = checks.flatMap((c, i) => (c.ok ? [{ id: String(i), fileName: files[i] ?? c.name, report: c.report, check: c.check }] : []))
  const { rows, units } = januaryReview(reviewBatch(read).map((r) => ({ id: r.id, report: r.report, receivedAt: receivedAt[Number(r.id)] ?? null, issues: r.issues })),
    { roster: roster ?? [], deadline: null, pack, marks: {} })
  const results = checks.map((check, i): FileResult => {
    const file = files[i] ?? check.name
    const part = check.part ? { part: check.part } : {}
    if (!check.ok) return { file, failed: check.reason, ...part }
    const row = rows.get(String(i))!
    const open = openIssues(row.triaged)
    return {
      file,
      agency: check.report.meta.agency,
      year: check.report.meta.year,
      errors: open.filter((x) => x.severity === 'error').map(finding),
      warnings: open.filter((x) => x.severity === 'warning').map(finding),
      ...part,
      round: row.round,
      ...(row.score ? { score: row.score.score, deductions: row.score.deductions } : {}),
    }
  })
  return {
    results,
    units,
    missing: units.filter((u) => u.status === 'missing').map((u) => ({ unit: u.name, missing: true })),
    unmatched: checks.flatMap((_c, i) => (rows.get(String(i))?.unmatched ? [results[i]!.file] : [])),
  }
}

/**
 * The run in one line: files, and entries when a PDF held several reports (each its own entry);
 * `reads`: every entry read (a file's, or one per report of a file holding several).
 */
export function summaryLine(files: number, reads: readonly FileRead[], results: readonly FileResult[]): string {
  const failed = results.filter((r) => 'failed' in r).length
  const skipped = results.filter((r) => 'skipped' in r).length
  const withErrors = results.filter((r) => 'errors' in r && r.errors.length > 0).length
  const several = new Map<string, number>()
  for (const r of reads) if (r.part) several.set(r.part.file, r.part.count)
  const parts = several.size === 0 ? ''
    : `共 ${reads.length} 项（其中 ${several.size} 个 PDF 含多份报告：${[...several].map(([f, n]) => `${f} ${n} 份`).join('、')}，每份单独列出），`
  const unread = several.size === 0 ? `${failed} 个无法读取` : `${failed} 项无法读取`
  return visibleText(`${files} 个文件：${parts}${withErrors} 份有错误，${unread}${skipped ? `，另跳过 ${skipped} 项（见上表）` : ''}`)
}

/** A cell no spreadsheet runs as a formula (a leading ' when it would start one), quoted when needed. */
const csvField = (value: string) => {
  const s = neutralizeFormula(value)
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

/** One row per file: counts and the rule ids of its errors; a BOM so that Excel reads it as UTF-8. */
export function toCsv(results: readonly FileResult[]): string {
  const rows = [['文件', '单位', '年度', '错误数', '提醒数', '错误规则', '状态']]
  for (const r of results) {
    if ('failed' in r) rows.push([r.file, '', '', '', '', '', `无法读取：${r.failed}`])
    else if ('skipped' in r) rows.push([r.file, '', '', '', '', '', `已跳过：${r.skipped}`])
    else rows.push([r.file, r.agency, String(r.year), String(r.errors.length), String(r.warnings.length), [...new Set(r.errors.map((e) => e.rule))].join(' '), '已读取'])
  }
  return `\ufeff${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`
}

/** Display width of text in a terminal: CJK characters take two columns. */
function width(text: string): number {
  let n = 0
  for (const ch of text) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1
  return n
}

const pad = (text: string, columns: number) => text + ' '.repeat(Math.max(0, columns - width(text)))

/** The table printed to the terminal; every text from a file printed with its control characters escaped. */
export function toTable(results: readonly FileResult[]): string {
  const rows = results.map((r) => ('failed' in r
    ? [r.file, '—', '—', '—', '—', `无法读取：${r.failed.slice(0, 60)}`]
    : 'skipped' in r
      ? [r.file, '—', '—', '—', '—', `跳过：${r.skipped.slice(0, 60)}`]
      : [r.file, `${agencyLabel(r.agency)}${(r.round ?? 1) > 1 ? `（第 ${r.round} 次报送）` : ''}`, String(r.year), String(r.errors.length), String(r.warnings.length), [...new Set(r.errors.map((e) => e.rule))].join(' ')]).map(visibleText))
  const header = ['文件', '单位', '年度', '错误', '提醒', '错误规则']
  const widths = header.map((h, c) => Math.min(48, Math.max(width(h), ...rows.map((row) => width(row[c] ?? '')))))
  return [header, ...rows].map((row) => row.map((cell, c) => pad(cell, widths[c] ?? 0)).join('  ').trimEnd()).join('\n')
}
