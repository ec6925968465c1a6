// The narrative of sections 一, 五 and 六, the preface before 一 and the signature block at the
// end (agency and date → meta.publishDate, signature on).
import type { Report } from '../../report/schema'
import { TABLE_IDS, tableSection } from '../../report/tables/registry'
import { OVERVIEW_PARTS, PROBLEM_PARTS, type OverviewPartKey, type ProblemPartKey } from '../../report/sections'
import type { Block } from './document'
import type { Issue } from '../../report/issue'
import { finding } from '../import-result'
import { splitParts, spaced, titlePattern, type PartSpec } from './narrative-parts'
import type { Outline, SectionSpan } from './read-sections'
import { readSignature, type Signature } from './signature'

const OVERVIEW_SPECS: PartSpec<OverviewPartKey>[] = OVERVIEW_PARTS.map((p) => ({
  key: p.key, ordinal: p.ordinal, titles: [titlePattern(p.title)],
}))

/** 五 is written as 存在问题 / 改进情况, or 存在的主要问题 / 改进措施, 整改情况, 下一步工作…. */
const PROBLEM_SPECS: PartSpec<ProblemPartKey>[] = [
  { ...PROBLEM_PARTS[0], titles: [titlePattern(PROBLEM_PARTS[0].title), /^存在的?\s*(?:主要)?\s*(?:问题|不足)\s*(?:[:：。.，,]\s*|$)/, /^主要问题\s*(?:[:：。.，,]\s*|$)/] },
  { ...PROBLEM_PARTS[1], titles: [titlePattern(PROBLEM_PARTS[1].title), /^(?:改进|整改)\s*(?:情况|措施|举措|方向)?\s*(?:[:：。.，,]\s*|$)/, /^下一步\s*(?:工作)?\s*(?:打算|计划|措施|安排)?\s*(?:[:：。，,]\s*|$)/] },
]

function paragraphsOf(blocks: readonly Block[], span: SectionSpan | undefined, stop = span?.end ?? 0): string[] {
  if (!span) return []
  const out = span.runIn ? [span.runIn] : []
  for (let i = span.start + 1; i < stop; i++) {
    const b = blocks[i]!
    if (b.kind === 'paragraph' && b.text.trim()) out.push(b.text.trim())
  }
  return out
}

const join = (lines: readonly string[] | undefined) => (lines ?? []).join('\n')

export function readNarrative(blocks: readonly Block[], outline: Outline, report: Report): { findings: Issue[]; signature: Signature | null } {
  const findings: Issue[] = []
  const span = (id: string) => outline.sections.find((s) => s.id === id)
  const signature = readSignature(blocks, outline)

  // Preface: paragraphs between the title and 一、总体情况.
  const first = outline.sections[0]?.start ?? blocks.length
  const prefaceFrom = outline.title ? outline.title.block + 1 : first
  const preface: string[] = []
  for (let i = prefaceFrom; i < first; i++) {
    const b = blocks[i]!
    if (b.kind === 'paragraph' && b.text.trim()) preface.push(b.text.trim())
  }
  report.overview.preface = join(preface)

  const one = splitParts(paragraphsOf(blocks, span('overview')), OVERVIEW_SPECS)
  for (const p of OVERVIEW_PARTS) report.overview[p.key] = join(one.parts[p.key])
  if (one.intro.length > 0 && one.headingsFound > 0) {
    // Text between 一、总体情况 and （一） is the section's opening paragraph (report-file.md §5).
    report.overview.intro = join(one.intro)
    findings.push(finding('IMPORT-READ', 'info', 'overview', ['overview.intro'],
      `“一、总体情况”开头的 ${one.intro.length} 段文字（在“（一）”之前）已作为总述读入`))
  }
  if (span('overview') && one.headingsFound === 0 && one.intro.length > 0) {
    report.overview.proactive = join(one.intro)
    findings.push(finding('IMPORT-GUESS', 'warning', 'overview', ['overview.proactive'],
      '“一、总体情况”中没有找到（一）至（五）小标题，全部文字已放入“（一）主动公开”，请按五个方面分开'))
  }
  for (const o of one.byOrdinalOnly) {
    const part = OVERVIEW_PARTS.find((p) => p.key === o.key)!
    findings.push(finding('W-CAPTION', 'warning', 'overview', [`overview.${o.key}`],
      `小标题“${o.heading}”没有写明“${part.title}”，已按序号放入“${part.ordinal}${part.title}”，请核对`))
  }
  for (const p of OVERVIEW_PARTS) {
    if (span('overview') && !report.overview[p.key])
      findings.push(finding('IMPORT-MISSING', 'warning', 'overview', [`overview.${p.key}`], `没有找到“${p.ordinal}${p.title}”的内容`))
  }

  readProblems(paragraphsOf(blocks, span('problems')), report, findings)

  // The signature block closes the last section; it is not part of that section's text.
  const stop = (s: SectionSpan | undefined) => (s && signature ? Math.min(signature.start, s.end) : s?.end)
  report.otherMatters.text = join(paragraphsOf(blocks, span('otherMatters'), stop(span('otherMatters'))))
  // Sections 二 to 四 hold only their table: other text there is reported, not imported.
  for (const id of TABLE_IDS.map(tableSection)) {
    const s = span(id)
    const extra = paragraphsOf(blocks, s, stop(s))
    if (s && extra.length > 0)
      findings.push(finding('IMPORT-READ', 'info', id, [],
        `“${blocks[s.start]?.kind === 'paragraph' ? (blocks[s.start] as { text: string }).text.trim() : id}”标题下表格以外的 ${extra.length} 段文字未导入（这一部分只有表格），如“${extra[0]!.slice(0, 20)}”`))
  }
  return { findings, signature }
}

function readProblems(paragraphs: string[], report: Report, findings: Issue[]): void {
  if (paragraphs.length === 0) return
  const split = splitParts(paragraphs, PROBLEM_SPECS)
  let problems = [...split.intro, ...(split.parts.problems ?? [])]
  let improvements = split.parts.improvements ?? []
  if (split.headingsFound === 0) {
    ;({ problems, improvements } = splitUnnumbered(paragraphs))
    if (improvements.length > 0)
      findings.push(finding('IMPORT-GUESS', 'info', 'problems', ['problems.problems', 'problems.improvements'],
        '“五、存在的主要问题及改进情况”没有（一）（二）小标题，已按文字内容分为“存在问题”和“改进情况”，请核对'))
  }
  report.problems.problems = join(problems)
  report.problems.improvements = join(improvements)
  if (improvements.length === 0)
    findings.push(finding('IMPORT-GUESS', 'warning', 'problems', ['problems.improvements'],
      '“五”中没有找到改进情况，全部文字已放入“（一）存在问题”，请核对'))
}

const INLINE_PROBLEMS = new RegExp(`^(?:${spaced('存在问题')}|存在的主要问题|主要问题)\\s*[:：]\\s*`)
const INLINE_IMPROVEMENTS = /(?:改进措施|改进情况|整改措施|改进举措)\s*[:：]\s*/
const NEXT_STEPS = /^(?:下一步|下步|今后|针对(?:以上|上述|这些)|为此|\d{4}年[，,]?\s*我[镇乡街局委办]?将)/

/** Seeds write 五 as "存在问题：…改进措施：…" in one paragraph, or as a problems paragraph then "下一步，…". */
function splitUnnumbered(paragraphs: string[]): { problems: string[]; improvements: string[] } {
  const problems: string[] = []
  const improvements: string[] = []
  let inImprovements = false
  for (const p of paragraphs) {
    if (inImprovements) {
      improvements.push(p.replace(INLINE_IMPROVEMENTS, ''))
      continue
    }
    const inline = INLINE_IMPROVEMENTS.exec(p)
    if (inline && inline.index > 0) {
      problems.push(p.slice(0, inline.index).replace(INLINE_PROBLEMS, '').trim())
      improvements.push(p.slice(inline.index + inline[0].length).trim())
      inImprovements = true
    } else if ((inline && inline.index === 0) || (problems.length > 0 && NEXT_STEPS.test(p))) {
      improvements.push(p.replace(INLINE_IMPROVEMENTS, ''))
      inImprovements = true
    } else {
      problems.push(p.replace(INLINE_PROBLEMS, ''))
    }
  }
  return { problems: problems.filter(Boolean), improvements: improvements.filter(Boolean) }
}
