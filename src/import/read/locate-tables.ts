// Which Word table is which: each is classified by the captions it contains, not by its position,
// because reports add, split or reorder tables. A table in the 2019 试行 format is recognised by
// captions that only that format has (report-format.md §4a W-OLDFMT), so it is never misread.
import { TABLES } from '../../report/tables/registry'
import type { TableId } from '../../report/tables/table-def'
import { TABLE2_BLOCKS } from '../../report/tables/table2'
import { matchCaption, normaliseCaption, type Candidate } from '../../report/caption-match'
import { OLD_FORMAT_TERMS } from '../../report/old-format'
import type { LogicalGrid } from '../../report/table-grid'
import { portalIndexLabels } from './portal-info'


function candidates(table: TableId): Candidate<string>[] {
  const def = TABLES[table]
  const texts = new Set<string>()
  for (const cell of def.cells) if (cell.text) texts.add(cell.text)
  if (table === 'table2') for (const block of TABLE2_BLOCKS) texts.add(block.caption)
  return [...texts].map((t) => ({ value: t, caption: t }))
}

const CANDIDATES: Record<TableId, Candidate<string>[]> = {
  table2: candidates('table2'),
  table3: candidates('table3'),
  table4: candidates('table4'),
}

/** Captions every table shares (信息内容, 总计, 其他…) say nothing about which table it is. */
const SHARED = new Set(
  CANDIDATES.table2.map((c) => c.value).filter((t) => CANDIDATES.table3.some((c) => c.value === t) || CANDIDATES.table4.some((c) => c.value === t)),
)
for (const t of CANDIDATES.table3.map((c) => c.value)) if (CANDIDATES.table4.some((c) => c.value === t)) SHARED.add(t)

export interface Classified {
  table: TableId | null
  /** Old-format captions found in this table. */
  oldTerms: string[]
  /** A portal's index table above the article (索引号, 发布机构…): its labels; empty for any other table. */
  portalIndex: string[]
}

export function classifyGrid(grid: LogicalGrid): Classified {
  const texts = grid.cells.map((c) => c.text).filter((t) => t.trim() !== '')
  const joined = texts.map(normaliseCaption).join('|')
  const oldTerms = OLD_FORMAT_TERMS.filter((t) => joined.includes(normaliseCaption(t)))
  if (singleRowOtherHandling(texts)) oldTerms.push('（六）其他处理（单行）')
  const scores = (['table2', 'table3', 'table4'] as const).map((table) => {
    const seen = new Set<string>()
    for (const text of texts) {
      const m = matchCaption(text, CANDIDATES[table])
      if (m && !SHARED.has(m.value)) seen.add(m.value)
    }
    return { table, score: seen.size }
  })
  scores.sort((a, b) => b.score - a.score)
  const best = scores[0]!
  const table = best.score >= 2 ? best.table : null
  return { table, oldTerms, portalIndex: table ? [] : portalIndexLabels(texts) }
}

const OTHER_GROUP = TABLES.table3.cells.find((c) => c.kind === 'rowGroupLabel' && c.text && normaliseCaption(c.text) === '(六)其他处理')
const OTHER_SUB_ROWS: Candidate<number>[] = OTHER_GROUP
  ? TABLES.table3.cells
    .filter((c) => c.r >= OTHER_GROUP.r && c.r < OTHER_GROUP.r + OTHER_GROUP.rowSpan && c.kind === 'rowLabel')
    .map((c, i) => ({ value: i, caption: c.text! }))
  : []

const OTHER_GROUP_NORM = OTHER_GROUP ? normaliseCaption(OTHER_GROUP.text!) : null

/** The 2019 table 3 had （六）其他处理 as one row, without the three sub-rows of 2021. */
function singleRowOtherHandling(texts: string[]): boolean {
  if (!OTHER_GROUP_NORM || !texts.some((t) => normaliseCaption(t) === OTHER_GROUP_NORM)) return false
  return !texts.some((t) => matchCaption(t, OTHER_SUB_ROWS))
}
