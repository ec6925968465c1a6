// The outline of the document: the title (agency + year) and the six section headings, found
// in order and tolerant of the ways reports write them ("1、总体情况", half-width punctuation,
// spaces, "存在的主要问题和改进措施"). A heading that differs from the official one is reported.
import { foldText, stripSpaces } from '../../report/text'
import { SECTIONS, type SectionId } from '../../report/sections'
import { textSimilarity } from '../../report/similarity'
import type { Block } from './document'
import type { Issue } from '../../report/issue'
import { finding } from '../import-result'

export interface SectionSpan {
  id: SectionId
  /** Index of the heading block; the section runs to the next heading. */
  start: number
  end: number
  /** Text after the heading in the same paragraph ("六、其他需要报告的事项：本单位…"). */
  runIn: string
}

export interface Outline {
  /** `block` is the title's last paragraph. */
  title: { agency: string; year: number; block: number } | null
  sections: SectionSpan[]
  findings: Issue[]
}

const NUMERALS = ['一', '二', '三', '四', '五', '六']
const HEADING_SIMILARITY = 0.5

/** "一、总体情况" → { numeral: "一", sep: "、", rest: "总体情况" }. */
function splitHeading(text: string): { numeral: string; sep: string; rest: string } | null {
  const m = /^(?:第)?([一二三四五六]|[1-6])(?:部分)?([、.,，:：]?)(.*)$/.exec(foldText(text))
  if (!m) return null
  return { numeral: m[1]!, sep: m[2]!, rest: m[3]!.replace(/[:：。.]+$/, '') }
}

function canonicalRest(i: number): string {
  return foldText(SECTIONS[i]!.heading).slice(2)
}

/** Which section the paragraph heads (index), whether it is written exactly, and run-in text. */
function matchHeading(text: string, after: number): { index: number; exact: boolean; runIn: string } | null {
  const parts = splitHeading(text)
  if (!parts || parts.rest.length === 0) return null
  for (let i = after + 1; i < SECTIONS.length; i++) {
    const rest = canonicalRest(i)
    const numeralOk = parts.numeral === NUMERALS[i] || parts.numeral === String(i + 1)
    if (!numeralOk) continue
    if (parts.rest.startsWith(rest) && parts.rest.length > rest.length + 1 && /^[:：。]/.test(parts.rest.slice(rest.length))) {
      return { index: i, exact: false, runIn: runInText(text, rest) }
    }
    // Long paragraphs that merely start with "一、" are body text, not headings.
    if (parts.rest.length > rest.length + 8) continue
    if (parts.rest === rest) return { index: i, exact: parts.numeral === NUMERALS[i] && parts.sep === '、', runIn: '' }
    if (textSimilarity(parts.rest, rest) >= HEADING_SIMILARITY) return { index: i, exact: false, runIn: '' }
  }
  return null
}

function runInText(text: string, rest: string): string {
  // Skip the numbering and the heading words in the original text, whatever spaces it had.
  const pattern = new RegExp(`^[\\s\\S]*?${[...rest].map((ch) => `${escape(ch)}\\s*`).join('')}[:：。]?`)
  return text.normalize('NFKC').replace(pattern, '').trim()
}

function escape(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const TITLE = /^(.*?)([0-9０-９]{4})年(度)?政府信息公开(工作)?(年度)?报告$/

/**
 * The report's title: of the title lines before the first section heading, the one closest to it
 * (a web page may list other units' reports in a sidebar or a 最新文章 box above the article).
 * Other titles there are named in a finding, so a wrong pick is seen.
 */
function findTitle(paragraphs: { text: string; block: number }[], findings: Issue[]): Outline['title'] {
  // Only spaces are removed: the agency is kept as written (full-width brackets stay full-width).
  const lines = paragraphs.map((p) => ({ ...p, text: stripSpaces(p.text) })).filter((p) => p.text !== '')
  // A title in one paragraph first: a web page's navigation line stands right before it.
  const match = (text: string, block: number) => {
    const m = TITLE.exec(text)
    return m ? { agency: m[1]!, year: Number(m[2]!.normalize('NFKC')), block } : null
  }
  const single = lines.map((l) => match(l.text, l.block))
  const titled = single.filter((t): t is NonNullable<typeof t> => t !== null && t.agency !== '')
  const named = titled[titled.length - 1]
  if (named) {
    const others = [...new Set(titled.filter((t) => t.agency !== named.agency || t.year !== named.year).map((t) => `${t.agency}${t.year}年`))]
    if (others.length > 0) {
      findings.push(finding('IMPORT-GUESS', 'warning', 'meta', ['meta.agency', 'meta.year'],
        `正文前还有其他年报标题（${others.slice(0, 2).map((o) => `“${o}”`).join('、')}${others.length > 2 ? '等' : ''}）：已按紧挨正文的“${named.agency}${named.year}年”读取，请核对机关名称和年度`))
    }
    return named
  }
  // A long title is often broken over two paragraphs (agency / year and the rest).
  for (let i = 0; i + 1 < lines.length; i++) {
    const pair = match(lines[i]!.text + lines[i + 1]!.text, lines[i + 1]!.block)
    if (pair) return pair
  }
  return single.find((t) => t) ?? null
}

export function readOutline(blocks: readonly Block[]): Outline {
  const findings: Issue[] = []
  const sections: SectionSpan[] = []
  let last = -1
  blocks.forEach((block, i) => {
    if (block.kind !== 'paragraph') return
    const m = matchHeading(block.text, last)
    if (!m) return
    const section = SECTIONS[m.index]!
    last = m.index
    sections.push({ id: section.id, start: i, end: blocks.length, runIn: m.runIn })
    if (!m.exact) {
      findings.push(finding('W-CAPTION', 'warning', section.id, [],
        `标题“${block.text.trim()}”与规范格式“${section.heading}”不同，已按“${section.heading}”读取；导出时将使用规范标题`))
    }
  })
  sections.forEach((s, i) => (s.end = sections[i + 1]?.start ?? blocks.length))
  const firstHeading = sections[0]?.start ?? blocks.length
  const before = blocks
    .map((b, i) => ({ b, i }))
    .filter(({ b, i }) => b.kind === 'paragraph' && i < firstHeading)
    .map(({ b, i }) => ({ text: (b as { text: string }).text, block: i }))
  const title = findTitle(before, findings)
  for (const section of SECTIONS) {
    if (!sections.some((s) => s.id === section.id)) {
      findings.push(finding('IMPORT-MISSING', 'warning', section.id, [],
        `没有找到标题“${section.heading}”：这一部分的内容未能读取`))
    }
  }
  return { title, sections, findings }
}
