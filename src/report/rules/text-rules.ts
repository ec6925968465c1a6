// Text ↔ table and content warnings of report-format.md §4a (W-TEXT-*, W-SEC*, W-FEE-*,
// W-PREFACE, W-OLDFMT). They read the narrative with forgiving patterns: warnings, not errors.
import { NUMBER_PATTERN, parseProseNumber } from '../cn-number'
import { issue, type Issue } from '../issue'
import { narrativeLabel } from '../narrative-fields'
import type { Report } from '../schema'
import { OVERVIEW_PARTS, SECTIONS } from '../sections'
import { OLD_FORMAT_TERMS } from '../old-format'
import { tableSection } from '../tables/registry'
import { cellId, TOTAL_COLUMN } from '../tables/table-def'
import { FEE_COLUMN, FEE_ROW, IN_FORCE, ISSUED, REPEALED } from '../tables/table2'
import { INTAKE_ROWS } from '../tables/table3'
import { totalOf, type Totals } from '../totals'
import { readValue } from '../values'
import { narrativeFields, quoteSentence, sentences } from './narrative'
import { appealTotal, intakeTotal, t3Total } from './table-rules'

const N = `(${NUMBER_PATTERN})`
const NEGATED = /(未|没有|暂无|无|尚未|暂未|未曾)(收到|受理|接到|发生|出现|产生|有)/
/** The negation must govern the intake verb itself: "收到申请15件，未发生行政复议" is no denial. */
const NEGATED_INTAKE = /(未|没有|暂无|无|尚未|暂未|未曾)(收到|受理|接到)/

const [NEW] = INTAKE_ROWS
const NEW_TOTAL = t3Total(NEW.id)
const REVIEW_TOTAL = cellId('table4', { rowId: 'review', colId: TOTAL_COLUMN.id })

export function intakeTextRule(report: Report, totals: Totals): Issue[] {
  const newTotal = totalOf(totals, 'table3', { rowId: NEW.id, colId: TOTAL_COLUMN.id })
  const carried = intakeTotal(totals) - newTotal
  const out: Issue[] = []
  for (const { field, text } of sentences(narrativeFields(report).filter((f) => f.section === 'overview'))) {
    if (!/申请|依申请/.test(text) || /复议|诉讼/.test(text) && !/申请/.test(text)) continue
    if (NEGATED_INTAKE.test(text) && /申请|诉求/.test(text)) {
      if (newTotal !== 0)
        out.push(issue('W-TEXT-INTAKE', 'warning', 'overview', [field.path, NEW_TOTAL],
          `正文说“${clip(text)}”，但表三本年新收申请为 ${newTotal} 件`))
      continue
    }
    const m = new RegExp(`(收到|受理|接到|新收)[^，,。]{0,12}?申请[^，,。]{0,6}?${N}\\s*件`).exec(text)
      ?? new RegExp(`申请[^，,。]{0,6}?${N}\\s*件`).exec(text)
    if (!m) continue
    const stated = parseProseNumber(m[m.length - 1] ?? '')
    if (stated === null) continue
    const expected = /共(办理|处理)/.test(text) ? newTotal + carried : newTotal
    if (stated !== expected)
      out.push(issue('W-TEXT-INTAKE', 'warning', 'overview', [field.path, NEW_TOTAL],
        `正文说“${clip(text)}”（${stated} 件），但表三${expected === newTotal ? '本年新收申请' : '本年新收与上年结转合计'}为 ${expected} 件`))
  }
  return out
}

export function reviewTextRule(report: Report, totals: Totals): Issue[] {
  const review = totalOf(totals, 'table4', { rowId: 'review', colId: TOTAL_COLUMN.id })
  const all = appealTotal(totals)
  const out: Issue[] = []
  for (const { field, text } of sentences(narrativeFields(report))) {
    if (!/行政复议|行政诉讼/.test(text)) continue
    // A denial covers only its own clause: "行政复议1件，未发生行政诉讼" denies litigation alone.
    const denied = text.split(/[，,]/).filter((c) => NEGATED.test(c) && /复议|诉讼/.test(c))
    if (denied.length > 0) {
      const covers = (re: RegExp) => denied.some((c) => re.test(c))
      const deniedCount = (covers(/复议/) ? review : 0) + (covers(/诉讼/) ? all - review : 0)
      if (deniedCount !== 0)
        out.push(issue('W-TEXT-REVIEW', 'warning', field.section, [field.path, REVIEW_TOTAL],
          `正文说“${clip(text)}”，但表四共有 ${all} 件行政复议、行政诉讼`))
    }
    const m = new RegExp(`行政复议[^，,。]{0,6}?${N}\\s*件`).exec(text)
    const stated = m ? parseProseNumber(m[1] ?? '') : null
    if (stated !== null && stated !== review)
      out.push(issue('W-TEXT-REVIEW', 'warning', field.section, [field.path, REVIEW_TOTAL],
        `正文说行政复议 ${stated} 件，但表四行政复议总计为 ${review} 件`))
  }
  return out
}

const NORMDOC_PATTERNS = [
  { col: ISSUED, label: '本年制发', re: new RegExp(`(制发|制定|出台|印发)[^，,。]{0,8}?规范性文件[^，,。]{0,4}?${N}\\s*件`) },
  { col: REPEALED, label: '本年废止', re: new RegExp(`废止[^，,。]{0,8}?${N}\\s*件`) },
  { col: IN_FORCE, label: '现行有效', re: new RegExp(`现行有效[^，,。]{0,8}?${N}\\s*件`) },
]

export function normDocTextRule(report: Report): Issue[] {
  const out: Issue[] = []
  for (const { field, text } of sentences(narrativeFields(report))) {
    if (!/规范性文件/.test(text)) continue
    for (const p of NORMDOC_PATTERNS) {
      const m = p.re.exec(text)
      const stated = m ? parseProseNumber(m[m.length - 1] ?? '') : null
      const ref = { rowId: 'normativeDocs', colId: p.col } as const
      const table = readValue(report, 'table2', ref)
      if (stated === null || table === null || stated === table) continue
      out.push(issue('W-TEXT-NORMDOC', 'warning', field.section, [field.path, cellId('table2', ref)],
        `正文说行政规范性文件${p.label} ${stated} 件，但表二为 ${table} 件`))
    }
  }
  return out
}

/** Years in prose should be the report year; next year only for plans and carry-over. */
export function yearTextRule(report: Report): Issue[] {
  const year = report.meta.year
  const out: Issue[] = []
  for (const field of narrativeFields(report)) {
    const wrong = new Set<number>()
    for (const m of field.text.matchAll(/(?<![\d〔[])((?:19|20)\d{2})\s*年/g)) {
      const y = Number(m[1])
      if (y === year) continue
      const before = field.text.slice(Math.max(0, (m.index ?? 0) - 8), m.index)
      const after = field.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 8)
      if (y === year + 1 && /(结转|转至|转入|下一年|明年|将|计划)/.test(before + after)) continue
      if (y === year + 1 && field.path === 'problems.improvements') continue
      if (/^(修订|修正|颁布|印发|发布|施行|起施行)/.test(after) || /(条例|办法|通知)[》〉]?（?$/.test(before)) continue
      if (y === year - 1 && /(上年|去年|上一年|同比)/.test(before + after)) continue
      wrong.add(y)
    }
    if (wrong.size === 0) continue
    const first = [...wrong][0]!
    const sentence = sentences([field]).find((s) => s.text.includes(String(first)))
    out.push(issue('W-TEXT-YEAR', 'warning', field.section, [field.path],
      `“${narrativeLabel(field.path)}”写有 ${[...wrong].map((y) => `${y}年`).join('、')}${sentence ? `（“${quoteSentence(sentence.text)}”）` : ''}，与报告年度 ${year}年 不一致：请核对是否沿用了往年文字`))
  }
  return out
}

export function sectionOneRule(report: Report): Issue[] {
  const out: Issue[] = []
  for (const part of OVERVIEW_PARTS) {
    if (report.overview[part.key].trim() === '')
      out.push(issue('W-SEC1-FIVE', 'warning', 'overview', [`overview.${part.key}`],
        `一、总体情况缺少“${part.ordinal}${part.title}”的内容：官方格式要求总体情况覆盖五个方面`))
  }
  const oversight = report.overview.oversight
  if (oversight.trim() !== '' && !/考核|评议|责任追究/.test(oversight))
    out.push(issue('W-SEC1-FIVE', 'warning', 'overview', ['overview.oversight'],
      '“（五）监督保障”未提及工作考核、社会评议和责任追究结果情况（条例第五十条第四项）'))
  return out
}

function isEmptyish(text: string): boolean {
  const t = text.replace(/[\s。.，,]/g, '')
  return t.length <= 10 || /^(无|暂无|没有|无问题)$/.test(t)
}

export function sectionFiveRule(report: Report): Issue[] {
  const out: Issue[] = []
  const { problems, improvements } = report.problems
  if (isEmptyish(problems))
    out.push(issue('W-SEC5', 'warning', 'problems', ['problems.problems'],
      '“存在问题”过于简短或为空：审核时要求写出具体存在的问题，不能写“无”'))
  if (isEmptyish(improvements))
    out.push(issue('W-SEC5', 'warning', 'problems', ['problems.improvements'],
      '“改进情况”过于简短或为空：应写明针对问题的改进措施及上年问题的整改情况'))
  return out
}

const FEE = /信息处理费|处理费|收费/

export function feeRules(report: Report, totals: Totals): Issue[] {
  const out: Issue[] = []
  const six = report.otherMatters.text
  if (!/处理费/.test(six))
    out.push(issue('W-SEC6-FEE', 'warning', 'otherMatters', ['otherMatters.text'],
      `六、其他需要报告的事项应说明是否收取信息处理费（国办函〔2020〕109号），如“本单位${report.meta.year}年度未收取政府信息公开信息处理费”`))
  const overdueFee = totalOf(totals, 'table3', { rowId: 'other.overdueFee', colId: TOTAL_COLUMN.id })
  if (overdueFee > 0 && !FEE.test(six))
    out.push(issue('W-FEE-NOTICE', 'warning', 'otherMatters', ['otherMatters.text', t3Total('other.overdueFee')],
      `表三有 ${overdueFee} 件因逾期未缴费不再处理，说明发出过收费通知：请在六中说明信息处理费情况`))
  const charged = /收取[^，,。]{0,12}?处理费[^，,。]{0,4}?([0-9.]+)\s*元/.exec(six) ?? /处理费[^，,。]{0,6}?([0-9.]+)\s*元/.exec(six)
  const yuan = charged ? Number(charged[1]) : 0
  const feeRef = { rowId: FEE_ROW.id, colId: FEE_COLUMN.id } as const
  const feeWan = readValue(report, 'table2', feeRef)
  if (yuan > 0 && feeWan !== null && Math.round(feeWan * 10000) < Math.round(yuan))
    out.push(issue('W-FEE-T2', 'warning', tableSection('table2'), ['otherMatters.text', cellId('table2', feeRef)],
      `六中写收取信息处理费 ${yuan} 元，表二行政事业性收费为 ${feeWan} 万元（${Math.round(feeWan * 10000)} 元）：信息处理费属于行政事业性收费，请核对`))
  return out
}

export function prefaceRule(report: Report): Issue[] {
  const preface = report.overview.preface
  if (!preface.trim()) return []
  const count = new RegExp(`(${NUMBER_PATTERN})个?部分`).exec(preface)
  const stated = count ? parseProseNumber(count[1] ?? '') : null
  if (stated !== null && stated !== SECTIONS.length)
    return [issue('W-PREFACE', 'warning', 'overview', ['overview.preface'],
      `导语说报告分为 ${stated} 个部分，官方格式共 ${SECTIONS.length} 个部分`)]
  const listed = SECTIONS.filter((s) => preface.includes(s.heading.slice(2)))
  if (listed.length >= 2 && listed.length < SECTIONS.length) {
    const missing = SECTIONS.filter((s) => !listed.includes(s)).map((s) => s.heading.slice(2))
    return [issue('W-PREFACE', 'warning', 'overview', ['overview.preface'], `导语列出的部分不全，缺少：${missing.join('、')}`)]
  }
  return []
}


export function oldFormatRule(report: Report): Issue[] {
  const out: Issue[] = []
  for (const field of narrativeFields(report)) {
    const terms = OLD_FORMAT_TERMS.filter((t) => field.text.includes(t))
    const oldBasis = /2019〕60号/.test(field.text) && !/2021〕30号/.test(field.text)
    if (terms.length === 0 && !oldBasis) continue
    out.push(issue('W-OLDFMT', 'warning', field.section, [field.path],
      `${narrativeLabel(field.path)}含有 2019 年试行格式的内容（${[...terms, ...(oldBasis ? ['国办公开办函〔2019〕60号'] : [])].join('、')}）：2021 年起应按国办公开办函〔2021〕30号格式编写`))
  }
  return out
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

