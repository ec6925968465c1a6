// The one table builder: any render-model table block becomes a Word table whose merges are
// exactly the definition grid (columnSpan → w:gridSpan, rowSpan → w:vMerge restart/continue).
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx'
import type { RenderTableCell, TableBlock } from '@/report/render-model'
import { CELL_MARGIN, columnWidthsTwips, SIZE, TABLE_BORDER_EIGHTHS, TABLE_LINE, TABLE_WIDTH } from '@/report/page-metrics'
import { exact, FONT, fonts, LANGUAGE } from './styles'

const BORDER = { style: BorderStyle.SINGLE, size: TABLE_BORDER_EIGHTHS, color: '000000' } as const
/** 1 mm left/right: Word's default 1.9 mm leaves the 15 columns of 表四 no room for two characters. */
const CELL_MARGINS = { top: 0, bottom: 0, left: CELL_MARGIN.label, right: CELL_MARGIN.label } as const
/** Half that for numbers, so a five-digit count still fits the narrow columns on one line. */
const VALUE_MARGINS = { top: 0, bottom: 0, left: CELL_MARGIN.value, right: CELL_MARGIN.value } as const
/**
 * Tables up to this many rows (all three official ones) are kept on one page: a break inside 表三
 * would cut the 22-row 三、本年度办理结果 label in two. Longer tables break and repeat their headers.
 */
const KEEP_TOGETHER_MAX_ROWS = 30

function cellParagraph(cell: RenderTableCell): Paragraph {
  const eastAsia = cell.role === 'header' ? FONT.h1 : FONT.body
  return new Paragraph({
    alignment: cell.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
    widowControl: false,
    // Set here so the body's 28.95 pt line never leaks into cells.
    spacing: exact(TABLE_LINE),
    run: { size: SIZE.wuhao, font: fonts(eastAsia) },
    children: cell.text ? [new TextRun({ text: cell.text, size: SIZE.wuhao, font: fonts(eastAsia), language: LANGUAGE })] : [],
  })
}

function tableCell(cell: RenderTableCell): TableCell {
  return new TableCell({
    ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
    ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
    verticalAlign: VerticalAlignTable.CENTER,
    margins: cell.role === 'value' ? VALUE_MARGINS : CELL_MARGINS,
    children: [cellParagraph(cell)],
  })
}

export function buildTable(block: TableBlock): Table {
  const keepTogether = block.rows.length <= KEEP_TOGETHER_MAX_ROWS
  const last = block.rows.length - 1
  return new Table({
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: columnWidthsTwips(block.columnWidths, TABLE_WIDTH),
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: block.rows.map(
      (cells, r) =>
        new TableRow({
          // Word repeats only the table's first consecutive header rows (docx issue #2425).
          ...(r < block.headerRows ? { tableHeader: true } : {}),
          cantSplit: true,
          keepNext: keepTogether && r < last,
          children: cells.map(tableCell),
        }),
    ),
  })
}
