// The preview's page geometry as CSS custom properties, computed from report/page-metrics.ts so
// that the stylesheet holds no measure of its own: change a margin or a font size there and both
// the Word export and the preview follow.
import type { CSSProperties } from 'react'
import {
  BODY_CHAR_SPACING, CELL_MARGIN, CHAR, LINE, MARGIN, PAGE, SIHAO_CHAR, SIZE, TABLE_BORDER_EIGHTHS, TABLE_LINE,
  TABLE_WIDTH, TEXT_HEIGHT, TEXT_WIDTH, TITLE_LINE,
} from '@/report/page-metrics'

export const pt = (twips: number): string => `${twips / 20}pt`
const fontPt = (halfPoints: number): string => `${halfPoints / 2}pt`
/** Single line spacing of the page number (Word's "single" is about 1.3 em for 宋体). */
const NUMBER_LINE = SIZE.sihao * 10 * 1.3

export const PAGE_STYLE: CSSProperties = {
  '--dp-page-width': pt(PAGE.width),
  '--dp-page-height': pt(PAGE.height),
  '--dp-margin-top': pt(MARGIN.top),
  '--dp-margin-left': pt(MARGIN.left),
  '--dp-margin-right': pt(MARGIN.right),
  '--dp-text-width': pt(TEXT_WIDTH),
  '--dp-text-height': pt(TEXT_HEIGHT),
  '--dp-body-size': fontPt(SIZE.sanhao),
  '--dp-line': pt(LINE),
  '--dp-char-spacing': pt(BODY_CHAR_SPACING),
  '--dp-indent': pt(2 * CHAR),
  '--dp-title-size': fontPt(SIZE.erhao),
  '--dp-title-line': pt(TITLE_LINE),
  '--dp-number-size': fontPt(SIZE.sihao),
  '--dp-number-line': pt(NUMBER_LINE),
  '--dp-number-top': pt(PAGE.height - MARGIN.footer - NUMBER_LINE),
  '--dp-number-inset': pt(SIHAO_CHAR),
  '--dp-table-width': pt(TABLE_WIDTH),
  '--dp-table-size': fontPt(SIZE.wuhao),
  '--dp-table-line': pt(TABLE_LINE),
  '--dp-cell-pad': pt(CELL_MARGIN.label),
  '--dp-value-pad': pt(CELL_MARGIN.value),
  '--dp-border': `${TABLE_BORDER_EIGHTHS / 8}pt`,
} as CSSProperties

/**
 * The printed sheet is the preview's A4 page itself: the paper size from the same metrics, no
 * printer margin (the page's own margins are inside the sheet). Written here because @page takes
 * no custom properties.
 */
export const PRINT_PAGE_RULE = `@page { size: ${pt(PAGE.width)} ${pt(PAGE.height)}; margin: 0; }`
