// Captions of the official tables as a PDF's lines show them, shared by the table finder
// (pdf-blocks.ts) and the table rebuilder (pdf-table.ts).
import { TABLES } from '../../../report/tables/registry'
import type { TableId } from '../../../report/tables/table-def'
import { TABLE2_BLOCKS } from '../../../report/tables/table2'
import { TOTAL_RESULTS_ROW } from '../../../report/tables/table3'
import { normaliseCaption } from '../../../report/caption-match'
import { isNumberToken, type Line, type Token } from './pdf-lines'

export const norm = (t: string) => normaliseCaption(t)

/** Every caption printed in an official table, normalised → the tables that print it. */
export const CAPTIONS = new Map<string, Set<TableId>>()
for (const table of ['table2', 'table3', 'table4'] as const) {
  const texts = TABLES[table].cells.map((c) => c.text).filter((t): t is string => !!t)
  if (table === 'table2') texts.push(...TABLE2_BLOCKS.map((b) => b.caption))
  if (table === 'table3') texts.push(TOTAL_RESULTS_ROW.caption)
  for (const t of texts) {
    const key = norm(t)
    if (!CAPTIONS.has(key)) CAPTIONS.set(key, new Set())
    CAPTIONS.get(key)!.add(table)
  }
}
const CAPTION_KEYS = [...CAPTIONS.keys()]

/** Row captions a data line's label may be, per table. */
export const ROW_CAPTIONS: Record<TableId, string[]> = {
  table2: TABLES.table2.rows.map((r) => r.caption),
  table3: [...TABLES.table3.rows.map((r) => r.caption), TOTAL_RESULTS_ROW.caption, '（六）其他处理'],
  table4: [],
}

export const labelTokens = (line: Line) => line.tokens.filter((t) => !isNumberToken(t.text))
export const numberTokens = (line: Line) => line.tokens.filter((t) => isNumberToken(t.text))
export const where = (line: Line) => `第 ${line.page} 页第 ${line.no} 行`

/** Label texts of a line from each token on: the row label is the rightmost part. */
export function suffixes(tokens: readonly Token[]): string[] {
  return tokens.map((_t, i) => tokens.slice(i).map((t) => t.text).join(''))
}

/** A caption of an official table exactly, or a piece of one (a wrapped line). */
function captionPart(text: string): 'exact' | 'part' | null {
  const n = norm(text)
  if (!n) return null
  if (CAPTIONS.has(n)) return 'exact'
  if ([...n].length >= 2 && CAPTION_KEYS.some((k) => k.includes(n))) return 'part'
  return null
}

export function isTableLine(line: Line): boolean {
  const labels = labelTokens(line)
  if (numberTokens(line).length > 0 && labels.every((t) => [...t.text].length <= 40)) return true
  return labels.length > 0 && labels.every((t) => [...norm(t.text)].length <= 2 || captionPart(t.text) !== null)
}

export function isAnchor(line: Line): boolean {
  return suffixes(labelTokens(line)).some((s) => captionPart(s) === 'exact')
}
