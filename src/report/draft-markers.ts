// Markers the app itself writes into a draft (以上年报告为底稿 marks last year's text for
// rewriting). Text still holding one is not ready to publish: the DRAFT-MARKER rule says where.
export const REWRITE_MARK = '【请按本年情况改写】'

export const DRAFT_MARKERS: readonly string[] = [REWRITE_MARK]

/** Text without the markers, for quoting it in a message. */
export function withoutMarkers(text: string): string {
  return DRAFT_MARKERS.reduce((t, m) => t.replaceAll(m, ''), text)
}
