// The six sections of the annual report, in the official order of 国办公开办函〔2021〕30号.
// Headings are reproduced verbatim (report-format.md §2); every consumer reads them from here.

export const SECTIONS = [
  { id: 'overview', numeral: '一', heading: '一、总体情况', short: '总体情况' },
  { id: 'proactive', numeral: '二', heading: '二、主动公开政府信息情况', short: '主动公开' },
  { id: 'requests', numeral: '三', heading: '三、收到和处理政府信息公开申请情况', short: '申请情况' },
  { id: 'appeals', numeral: '四', heading: '四、政府信息公开行政复议、行政诉讼情况', short: '复议诉讼' },
  { id: 'problems', numeral: '五', heading: '五、存在的主要问题及改进情况', short: '问题改进' },
  { id: 'otherMatters', numeral: '六', heading: '六、其他需要报告的事项', short: '其他事项' },
] as const

export type Section = (typeof SECTIONS)[number]
export type SectionId = Section['id']

export function sectionById(id: SectionId): Section {
  const found = SECTIONS.find((s) => s.id === id)
  if (!found) throw new Error(`unknown section ${id}`)
  return found
}

/** The five aspects of 一、总体情况 (S1/S3), in order, with the report-file key of each. */
export const OVERVIEW_PARTS = [
  { key: 'proactive', ordinal: '（一）', title: '主动公开' },
  { key: 'onRequest', ordinal: '（二）', title: '依申请公开' },
  { key: 'management', ordinal: '（三）', title: '政府信息管理' },
  { key: 'platform', ordinal: '（四）', title: '政府信息公开平台建设' },
  { key: 'oversight', ordinal: '（五）', title: '监督保障' },
] as const

export type OverviewPartKey = (typeof OVERVIEW_PARTS)[number]['key']

/** The two parts of 五 (practice of seeds 002–004). */
export const PROBLEM_PARTS = [
  { key: 'problems', ordinal: '（一）', title: '存在问题' },
  { key: 'improvements', ordinal: '（二）', title: '改进情况' },
] as const

export type ProblemPartKey = (typeof PROBLEM_PARTS)[number]['key']
