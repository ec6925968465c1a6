// Which narrative fields exist, and their text, for the rules that read prose.
import type { IssueSection } from '../issue'
import type { Report } from '../schema'

export interface NarrativeField {
  path: string
  section: IssueSection
  text: string
}

export function narrativeFields(report: Report): NarrativeField[] {
  return [
    { path: 'overview.preface', section: 'overview', text: report.overview.preface },
    { path: 'overview.proactive', section: 'overview', text: report.overview.proactive },
    { path: 'overview.onRequest', section: 'overview', text: report.overview.onRequest },
    { path: 'overview.management', section: 'overview', text: report.overview.management },
    { path: 'overview.platform', section: 'overview', text: report.overview.platform },
    { path: 'overview.oversight', section: 'overview', text: report.overview.oversight },
    { path: 'problems.problems', section: 'problems', text: report.problems.problems },
    { path: 'problems.improvements', section: 'problems', text: report.problems.improvements },
    { path: 'otherMatters.text', section: 'otherMatters', text: report.otherMatters.text },
  ]
}

/** Sentences (split on 。；！？ and line breaks) with the field each came from. */
export function sentences(fields: NarrativeField[]): { field: NarrativeField; text: string }[] {
  return fields.flatMap((field) =>
    field.text
      .split(/[。；;！!？?\n]+/)
      .map((s) => s.trim())
      .filter(Boolean)
      .map((text) => ({ field, text })),
  )
}
