// How far one merged cell may reach, for every reader of a table with merged cells: the one table
// layout (table-grid.ts) that the Word, web page and PDF importers and a block pasted from the
// clipboard go through. One limit, so a span is damage, not layout, alike everywhere.

/** Official tables have at most 15 columns and copied ones a few dozen; larger spans are damage. */
export const MAX_CELL_SPAN = 64

/** A span as read: a whole number from 1 to MAX_CELL_SPAN (1 where it is no number). */
export function clampSpan(n: number | undefined): number {
  return n !== undefined && Number.isFinite(n) ? Math.min(Math.max(Math.floor(n), 1), MAX_CELL_SPAN) : 1
}
