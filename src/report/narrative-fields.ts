// The narrative fields of the report, derived from the part definitions of sections.ts: their
// file paths (report-file.md §2), the section each belongs to, the name messages use, and how to
// read and write each one. Rules, labels, the form and the importer all take them from here.
import type { Report } from './schema'
import { OVERVIEW_PARTS, PROBLEM_PARTS, sectionById, type OverviewPartKey, type ProblemPartKey, type SectionId } from './sections'

export type NarrativePath =
  | 'overview.preface'
  | 'overview.intro'
  | `overview.${OverviewPartKey}`
  | `problems.${ProblemPartKey}`
  | 'otherMatters.text'

export interface NarrativeFieldDef {
  path: NarrativePath
  section: SectionId
  /** Name used in messages and field labels, e.g. 一（一）主动公开. */
  label: string
  get(report: Report): string
  set(report: Report, text: string): void
}

export const NARRATIVE_FIELDS: readonly NarrativeFieldDef[] = [
  {
    path: 'overview.preface', section: 'overview', label: '导语',
    get: (r) => r.overview.preface, set: (r, t) => void (r.overview.preface = t),
  },
  {
    path: 'overview.intro', section: 'overview', label: '一、总体情况开头段',
    get: (r) => r.overview.intro, set: (r, t) => void (r.overview.intro = t),
  },
  ...OVERVIEW_PARTS.map((p): NarrativeFieldDef => ({
    path: `overview.${p.key}`, section: 'overview', label: `一${p.ordinal}${p.title}`,
    get: (r) => r.overview[p.key], set: (r, t) => void (r.overview[p.key] = t),
  })),
  ...PROBLEM_PARTS.map((p): NarrativeFieldDef => ({
    path: `problems.${p.key}`, section: 'problems', label: `五${p.ordinal}${p.title}`,
    get: (r) => r.problems[p.key], set: (r, t) => void (r.problems[p.key] = t),
  })),
  {
    path: 'otherMatters.text', section: 'otherMatters', label: sectionById('otherMatters').heading,
    get: (r) => r.otherMatters.text, set: (r, t) => void (r.otherMatters.text = t),
  },
]

const BY_PATH = new Map<string, NarrativeFieldDef>(NARRATIVE_FIELDS.map((f) => [f.path, f]))

/** The label of a narrative path; the path itself when it is not one. */
export function narrativeLabel(path: string): string {
  return BY_PATH.get(path)?.label ?? path
}
