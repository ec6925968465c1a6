// 导出问题清单: the review as an .xlsx workbook for the county office to send back. Sheet 汇总 has
// one row per report (and per unreadable file), sheet 问题 one row per finding. write-excel-file
// (depends only on fflate) is loaded when the user exports, never before. Cells are named in
// Chinese; the rule id keeps its own column (规则) for those who sort by it.
import type { ReviewRow } from '@/report/county/review-batch'
import { placeLabel } from '@/report/field-labels'
import { agencyLabel } from '@/report/format'
import { KEY_FIGURE_LABELS, SIMILARITY_LABEL } from '@/report/county/key-figures'
import { deductionText } from '@/report/county/scoring'
import { TRIAGE_LABELS, type TriagedIssue } from '@/report/county/triage'
import { visibleText } from '@/report/visible-text'

const SEVERITY = { error: '错误', warning: '提醒', info: '说明' } as const


export async function problemWorkbook(rows: readonly ReviewRow[], failed: readonly { name: string; reason: string }[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser')
  const bold = (labels: string[]) => labels.map((value) => ({ value, fontWeight: 'bold' as const }))
  // Text from the reports and file names (a unit called =HYPERLINK(…), say) is a shared-string cell,
  // never a formula, and its number format is Text (@), so that editing the cell in Excel or WPS
  // keeps it text too.
  const text = (value: string) => ({ type: String, value, format: '@' })
  const summary = [
    bold(['单位', '年度', '单位类型', '文件', '错误数', '提醒数', ...Object.values(KEY_FIGURE_LABELS), SIMILARITY_LABEL, '状态', '报送次数', '得分', '扣分']),
    ...rows.map((r) => [
      text(agencyLabel(r.agency)), r.year, text(r.unitLabel), text(visibleText(r.fileName ?? '')), r.errors, r.warnings,
      r.figures.newReceived, r.figures.carriedForward, r.figures.review, r.figures.litigation,
      r.figures.feeWanYuan ?? null, text(r.figures.publishDate ?? ''), r.similarity === null ? null : Math.round(r.similarity * 100) / 100,
      text('已读取'), r.january?.round ?? 1, r.january?.score?.score ?? null, text(r.january?.score ? deductionText(r.january.score.deductions) : ''),
    ]),
    ...failed.map((f) => [text(''), null, text(''), text(visibleText(f.name)), null, null, null, null, null, null, null, text(''), null, text(`无法读取：${f.reason}`), null, null, null]),
  ]
  const problems = [
    bold(['单位', '年度', '文件', '规则', '类别', '单元格', '说明', '处理', '忽略理由']),
    // With triage (issue 20) each finding carries its mark; ignored ones stay listed.
    ...rows.flatMap((r) => (r.january?.triaged ?? r.issues.map((issue): Pick<TriagedIssue, 'issue' | 'state' | 'reason'> => ({ issue, state: 'pending', reason: '' }))).map(({ issue: i, state, reason }) => [
      text(agencyLabel(r.agency)), r.year, text(visibleText(r.fileName ?? '')), text(i.ruleId), text(SEVERITY[i.severity]), text(i.cells.map(placeLabel).join('；')), text(i.message),
      text(TRIAGE_LABELS[state]), text(reason),
    ])),
    ...failed.map((f) => [text(''), null, text(visibleText(f.name)), text('IMPORT-READ'), text('错误'), text(''), text(`无法读取：${f.reason}`), text(''), text('')]),
  ]
  return writeXlsxFile([
    { sheet: '汇总', data: summary, stickyRowsCount: 1, columns: [32, 8, 14, 28, 8, 8, 10, 10, 10, 10, 16, 12, 12, 30, 10, 8, 40].map((width) => ({ width })) },
    { sheet: '问题', data: problems, stickyRowsCount: 1, columns: [32, 8, 28, 16, 8, 36, 80, 10, 30].map((width) => ({ width })) },
  ], { fontFamily: 'Microsoft YaHei', fontSize: 11 }).toBlob()
}
