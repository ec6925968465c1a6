// The document as an ordered list of blocks: what the Word export and the A4 preview both draw,
// so the two can never disagree. Pure: captions come from sections.ts and the table definitions,
// numbers from computeTotals/formatCellValue.
import { cleanReportText } from './clean-report'
import { formatChineseDate, formatCellValue, paragraphs, reportTitle, TITLE_SUFFIX } from './format'
import type { Report } from './schema'
import { OVERVIEW_PARTS, PROBLEM_PARTS, SECTIONS, type SectionId } from './sections'
import { cellValue, computeTotals, type Totals } from './totals'
import { tableForSection } from './tables/registry'
import { cellId, cellsByRow, type CellKind, type GridCell, type TableDef, type TableId } from './tables/table-def'

interface TitleBlock {
  kind: 'title'
  text: string
  /** Broken by meaning (GB/T 9704 §7.3.1): the agency, then "{year}年政府信息公开工作年度报告". */
  lines: string[]
}

interface HeadingBlock {
  kind: 'heading'
  sectionId: SectionId
  text: string
}

interface ParagraphBlock {
  kind: 'paragraph'
  /** A run-in sub-heading such as "（一）主动公开情况。", set in 楷体 before the body text. */
  runIn?: string
  text: string
}

export interface RenderTableCell extends Pick<GridCell, 'r' | 'c' | 'rowSpan' | 'colSpan' | 'kind'> {
  text: string
  /** Header cells use the heading font; value cells are numbers. */
  role: 'header' | 'label' | 'value'
  align: 'left' | 'center'
  /** `table/row/column` for value cells (report-file.md §2). */
  cellId?: string
}

export interface TableBlock {
  kind: 'table'
  tableId: TableId
  gridColumns: number
  /** Relative widths, one per grid column. */
  columnWidths: number[]
  headerRows: number
  /** One entry per grid row, holding only the cells whose top-left corner is in that row. */
  rows: RenderTableCell[][]
}

export interface SignatureBlock {
  kind: 'signature'
  agency: string
  /** "2025年1月26日", or '' when no date is set. */
  date: string
}

export type RenderBlock = TitleBlock | HeadingBlock | ParagraphBlock | TableBlock | SignatureBlock

const HEADER_KINDS: ReadonlySet<CellKind> = new Set(['colHeader', 'blockCaption'])

function roleOf(kind: CellKind): RenderTableCell['role'] {
  if (kind === 'input' || kind === 'computed') return 'value'
  return HEADER_KINDS.has(kind) ? 'header' : 'label'
}

/** Long row labels read best flush left; captions, group labels and numbers are centred. */
function alignOf(kind: CellKind): RenderTableCell['align'] {
  return kind === 'rowLabel' ? 'left' : 'center'
}

function tableBlock(report: Report, def: TableDef, totals: Totals = computeTotals(report)): TableBlock {
  const rows = cellsByRow(def).map((cells) =>
    cells.map((cell): RenderTableCell => ({
      r: cell.r, c: cell.c, rowSpan: cell.rowSpan, colSpan: cell.colSpan, kind: cell.kind,
      text: cell.ref ? formatCellValue(cellValue(report, def.id, cell.ref, totals)) : (cell.text ?? ''),
      role: roleOf(cell.kind),
      align: alignOf(cell.kind),
      ...(cell.ref ? { cellId: cellId(def.id, cell.ref) } : {}),
    })))
  return {
    kind: 'table', tableId: def.id, gridColumns: def.gridColumns,
    columnWidths: [...def.columnWidths], headerRows: def.headerRows, rows,
  }
}

/** Paragraphs of one part, the first led by its run-in heading unless the text already has it. */
function partParagraphs(ordinal: string, heading: string, text: string): ParagraphBlock[] {
  return paragraphs(text).map((p, i): ParagraphBlock => {
    if (i > 0 || p.startsWith(ordinal)) return { kind: 'paragraph', text: p }
    return { kind: 'paragraph', runIn: `${heading}。`, text: p }
  })
}

function plainParagraphs(text: string): ParagraphBlock[] {
  return paragraphs(text).map((p) => ({ kind: 'paragraph', text: p }))
}

function sectionBody(report: Report, id: SectionId, totals: Totals): RenderBlock[] {
  const table = tableForSection(id)
  if (table) return [tableBlock(report, table, totals)]
  switch (id) {
    case 'overview':
      // The opening paragraphs first (report-file.md §5), then the five parts as in the seeds:
      // "（一）主动公开情况。" — the aspect name plus 情况.
      return [
        ...plainParagraphs(report.overview.intro),
        ...OVERVIEW_PARTS.flatMap((p) => partParagraphs(p.ordinal, `${p.ordinal}${p.title}情况`, report.overview[p.key])),
      ]
    case 'problems':
      return PROBLEM_PARTS.flatMap((p) => partParagraphs(p.ordinal, `${p.ordinal}${p.title}`, report.problems[p.key]))
    case 'otherMatters':
      return plainParagraphs(report.otherMatters.text)
    default:
      return []
  }
}

function titleLines(meta: Pick<Report['meta'], 'agency' | 'year'>): string[] {
  const agency = meta.agency.trim()
  const rest = `${meta.year}${TITLE_SUFFIX}`
  return agency ? [agency, rest] : [rest]
}

export function toRenderModel(input: Report): RenderBlock[] {
  // Whatever made the report, the document never carries a character Word refuses.
  const report = cleanReportText(input).report
  const totals = computeTotals(report)
  const blocks: RenderBlock[] = [
    { kind: 'title', text: reportTitle(report.meta), lines: titleLines(report.meta) },
    ...plainParagraphs(report.overview.preface),
  ]
  for (const section of SECTIONS) {
    blocks.push({ kind: 'heading', sectionId: section.id, text: section.heading })
    blocks.push(...sectionBody(report, section.id, totals))
  }
  const agency = report.meta.agency.trim()
  if (report.meta.signature && agency) {
    blocks.push({ kind: 'signature', agency, date: formatChineseDate(report.meta.publishDate) })
  }
  return blocks
}
