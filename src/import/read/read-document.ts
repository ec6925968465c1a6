// The reading every format shares (issue 19): the document model an adapter built (formats/*) →
// outline, tables found by their captions, the table readers, the published totals, the
// narrative and the meta, into a Report with an account of what was read and where each
// number came from. Nothing here touches the current draft: the caller shows the findings and decides.
import { cleanedMessage, cleanReportText } from '../../report/clean-report'
import { createEmptyReport } from '../../report/default-report'
import { TITLE_SUFFIX } from '../../report/format'
import { regionOf } from '../../report/region'
import type { Report, UnitType } from '../../report/schema'
import { INPUT_COUNT, TABLES, TABLE_IDS, tableSection } from '../../report/tables/registry'
import { cellId, type TableId } from '../../report/tables/table-def'
import type { Issue } from '../../report/issue'
import { finding, importError, type ImportResult } from '../import-result'
import { classifyGrid } from './locate-tables'
import type { DocProperties } from '../formats/docx/doc-properties'
import type { Block, SourceDocument } from './document'
import { LimitError, LIMITS, limitText } from '../limits'
import { readNarrative } from './read-narrative'
import { dropAgreeingTotals } from './published-totals'
import { readOutline } from './read-sections'
import { newReadState, type ReadState } from './read-state'
import { readTable2, reportMissingTable2Rows } from './read-table2'
import { readTable3 } from './read-table3'
import { readTable4 } from './read-table4'
import { buildGrid, type LogicalGrid } from '../../report/table-grid'

const NOT_A_REPORT =
  '文档中既没有表格，也没有“一、总体情况”等六个部分的标题，不像政府信息公开工作年度报告：请确认选择的文件是否正确。'

function oldFormatError(terms: string[]): string {
  return `这是 2019 年试行格式的年度报告：表格中有“${terms.slice(0, 4).join('”“')}”等旧格式栏目，`
    + '与国办公开办函〔2021〕30号规定的格式不同，无法按现行表格读取（按位置读取会把数字放错栏目）。'
    + '2021 年起的报告应使用新格式：请新建报告，对照旧报告逐项填写。'
}

function inferUnitType(agency: string): UnitType | null {
  const name = agency.replace(/\s+/g, '')
  if (/街道办事处$|街道$/.test(name)) return 'street'
  if (/[镇乡]人民政府$|[镇乡]$/.test(name)) return 'township'
  if (regionOf(name)) return 'government'
  if (/(局|委员会|委|办公室|办|中心|厅|院)$/.test(name)) return 'countyDept'
  return null
}

/** The shared reading of every format: the document model → a Report and its findings. */
export function readDocument(doc: SourceDocument): ImportResult {
  const blocks = doc.blocks
  checkTextLengths(blocks)
  const outline = readOutline(blocks)
  const grids: { grid: LogicalGrid; block: number }[] = []
  const tableName = doc.tableName ?? ((i: number) => `第 ${i} 个表格`)
  blocks.forEach((b, i) => {
    if (b.kind !== 'table') return
    const grid = buildGrid(b.rows)
    const name = tableName(grids.length + 1)
    for (const cell of grid.cells) cell.source ??= `${name}第 ${cell.r + 1} 行第 ${cell.c + 1} 列`
    grids.push({ grid, block: i })
  })
  if (grids.length === 0 && outline.sections.length === 0) return importError(NOT_A_REPORT)

  const classified = grids.map((g) => ({ ...g, ...classifyGrid(g.grid) }))
  const oldTerms = [...new Set(classified.flatMap((c) => c.oldTerms))]
  if (oldTerms.length > 0) return importError(oldFormatError(oldTerms))

  // Without a title the year is the one a new report would get; the finding below says to check it.
  const report: Report = createEmptyReport(outline.title?.year)
  const state = newReadState(report)
  const findings = state.findings
  findings.push(...doc.notes, ...outline.findings)

  // A table the captions do not identify is taken as the table of the section it stands in.
  const sectionTable = (block: number): TableId | null => {
    const span = outline.sections.find((s) => block > s.start && block < s.end)
    return TABLE_IDS.find((t) => span && tableSection(t) === span.id) ?? null
  }
  const table2Rows = new Set<string>()
  for (const c of classified) {
    if (c.portalIndex.length > 0) {
      findings.push(finding('IMPORT-READ', 'info', 'meta', [], `网页的信息索引表（${c.portalIndex.slice(0, 2).join('、')}等），不属于报告，未导入`))
      continue
    }
    const table = c.table ?? sectionTable(c.block)
    if (!table) {
      findings.push(finding('IMPORT-READ', 'info', 'meta', [], `文档中有一个无法识别的表格（${c.grid.rowCount} 行 × ${c.grid.colCount} 列），未导入`))
      continue
    }
    if (table !== 'table2' && state.tablesFound.has(table)) {
      findings.push(finding('IMPORT-GUESS', 'warning', tableSection(table), [], `文档中有不止一个${TABLES[table].name}，只读取了第一个`))
      continue
    }
    state.tablesFound.add(table)
    if (table === 'table2') readTable2(c.grid, state, table2Rows)
    else if (table === 'table3') readTable3(c.grid, state)
    else readTable4(c.grid, state)
  }
  if (state.tablesFound.has('table2')) reportMissingTable2Rows(state, table2Rows)
  reportBlanks(state)
  // Pictures under no table's heading (above the first part, in a part without a table): a table
  // missing from its own part may be one of them. A picture under a table's heading is that table's.
  const tableParts = TABLE_IDS.flatMap((t) => outline.sections.filter((s) => s.id === tableSection(t)))
  const elsewhere = [...new Set(blocks.flatMap((b, i) => (b.kind === 'picture' && !tableParts.some((s) => s.start <= i && i < s.end) ? [b.where] : [])))]
  for (const t of TABLE_IDS) {
    if (state.tablesFound.has(t)) continue
    // A picture under the table's heading where its table should be: the table was published as an image.
    const span = outline.sections.find((s) => s.id === tableSection(t))
    const pictures = span ? blocks.slice(span.start, span.end).flatMap((b) => (b.kind === 'picture' ? [b.where] : [])) : []
    const name = TABLES[t].name
    findings.push(finding('IMPORT-MISSING', 'warning', tableSection(t), [], pictures.length > 0
      ? `${name}是图片，无法读取其中的数字（${[...new Set(pictures)].slice(0, 3).join('、')}）：表中各项已留空，没有猜测任何数字，请按原表补填`
      : elsewhere.length > 0
        ? `没有找到${name}：文件中有 ${elsewhere.length} 张图片（${elsewhere.slice(0, 2).join('、')}），表格可能是以图片发布的，图片中的数字无法读取：表中各项已留空，请按原表补填`
        : `没有找到${name}：表中各项已留空，请补填`))
  }

  const totals = dropAgreeingTotals(report)
  if (totals.agreed + totals.differ > 0) {
    findings.push(finding('IMPORT-READ', totals.differ > 0 ? 'warning' : 'info', 'requests', [],
      totals.differ > 0
        ? `文件中的合计数有 ${totals.differ} 个与各项相加不符（见表三、表四的合计错误），${totals.agreed} 个相符`
        : `文件中的 ${totals.agreed} 个合计数与各项相加一致`))
  }

  const narrative = readNarrative(blocks, outline, report)
  findings.push(...narrative.findings)
  readMeta(report, outline, narrative.signature, doc.properties ?? { publishDate: null, unitType: null }, findings)

  // Text read from a well-formed document is clean already; a "&#13;" would still be a lone \r.
  const text = cleanReportText(report)
  const summary = {
    sectionsFound: outline.sections.length,
    tablesFound: state.tablesFound.size,
    cellsRead: state.read.size,
    cellsMissing: INPUT_COUNT - state.read.size,
  }
  findings.unshift(finding('IMPORT-READ', 'info', 'meta', [],
    `已读取 ${summary.sectionsFound} 个部分标题、${summary.tablesFound} 张表格、${summary.cellsRead} 个单元格`
    + (summary.cellsMissing > 0 ? `；${summary.cellsMissing} 个单元格未能读取，已留空` : '')))
  const message = cleanedMessage(text.cleaned)
  if (message) findings.push(finding('IMPORT-CLEAN', 'warning', 'meta', text.cleaned.map((c) => c.path), message))
  return { ok: true, report: text.report, findings, summary, sources: Object.fromEntries(state.sources) }
}

function checkTextLengths(blocks: readonly Block[]): void {
  const tooLong = (t: string) => t.length > LIMITS.textChars
  for (const b of blocks) {
    if (b.kind === 'paragraph' ? tooLong(b.text) : b.kind === 'table' && b.rows.some((r) => r.cells.some((c) => tooLong(c.text))))
      throw new LimitError(limitText.text('文件'))
  }
}

/** Blank cells are what a writer may mean as 0; the reader leaves them blank and says which. */
function reportBlanks(state: ReadState): void {
  for (const table of TABLE_IDS) {
    const ids = state.blanks.filter((id) => id.startsWith(`${table}/`))
    if (ids.length === 0) continue
    const def = TABLES[table]
    const labels = ids.slice(0, 3).map((id) => `「${def.inputs.find((i) => cellId(table, i) === id)?.label ?? id}」`)
    state.findings.push(finding('IMPORT-CELL', 'warning', tableSection(table), ids,
      `${def.name}有 ${ids.length} 个单元格在文件中是空白（${labels.join('、')}${ids.length > 3 ? '等' : ''}）：已留空，没有当作 0；确实为 0 的请填 0`))
  }
}

function readMeta(
  report: Report,
  outline: ReturnType<typeof readOutline>,
  signature: ReturnType<typeof readNarrative>['signature'],
  properties: DocProperties,
  findings: Issue[],
): void {
  const agency = outline.title?.agency || signature?.agency || ''
  report.meta.agency = agency
  if (!outline.title) {
    findings.push(finding('IMPORT-MISSING', 'warning', 'meta', ['meta.agency', 'meta.year'],
      `没有找到“××${TITLE_SUFFIX}”标题：请在基本信息中填写机关全称和报告年度（现为 ${report.meta.year} 年）`))
  } else if (!outline.title.agency) {
    findings.push(finding('IMPORT-MISSING', 'warning', 'meta', ['meta.agency'], '标题中没有机关名称：请在基本信息中填写机关全称'))
  }
  if (signature) {
    report.meta.publishDate = signature.date
    report.meta.signature = true
    if (signature.agency && agency && signature.agency !== agency)
      findings.push(finding('W-CAPTION', 'warning', 'meta', ['meta.agency'],
        `落款“${signature.agency}”与标题中的机关名称“${agency}”不同：导出时落款使用机关全称`))
  } else {
    // No signature block: an export of this app with 落款 off still carries its date.
    report.meta.signature = false
    report.meta.publishDate = properties.publishDate
  }
  const unit = properties.unitType ?? inferUnitType(agency)
  if (unit) report.meta.unitType = unit
  else if (agency)
    findings.push(finding('IMPORT-GUESS', 'warning', 'meta', ['meta.unitType'], `无法从机关名称“${agency}”判断单位类型，请在基本信息中选择`))
}
