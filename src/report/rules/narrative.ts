// The narrative fields with their text, for the rules that read prose (from narrative-fields.ts).
import { withoutMarkers } from '../draft-markers'
import { NARRATIVE_FIELDS, type NarrativePath } from '../narrative-fields'
import type { Report } from '../schema'
import type { SectionId } from '../sections'

export interface NarrativeField {
  path: NarrativePath
  section: SectionId
  text: string
}

export function narrativeFields(report: Report): NarrativeField[] {
  return NARRATIVE_FIELDS.map((f) => ({ path: f.path, section: f.section, text: f.get(report) }))
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

/** A sentence for a message: markers the app inserted left out, long ones shortened. */
export function quoteSentence(text: string): string {
  const t = withoutMarkers(text).trim()
  return t.length > 40 ? `${t.slice(0, 40)}……` : t
}
