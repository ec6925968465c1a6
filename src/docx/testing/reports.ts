// Test support: the seed fixtures and a report with every value non-zero and distinct, so a
// number printed in the wrong cell cannot go unnoticed.
import { createEmptyReport } from '@/report/default-report'
import type { Report } from '@/report/schema'
import { TABLES, TABLE_IDS } from '@/report/tables/registry'

const modules = import.meta.glob<Report>('../../report/fixtures/seed-*.json', { eager: true, import: 'default' })

/** Seed fixtures by short name ("seed-000"). */
export const FIXTURES: [string, Report][] = Object.entries(modules)
  .map(([path, report]): [string, Report] => [/(seed-\d+)\.json$/.exec(path)?.[1] ?? path, report])
  .sort(([a], [b]) => a.localeCompare(b))

export function nonZeroReport(): Report {
  const report = createEmptyReport(2024)
  report.meta = { ...report.meta, agency: '某某县某某镇人民政府', publishDate: '2025-01-20', signature: true }
  report.overview = {
    preface: '本报告根据《中华人民共和国政府信息公开条例》编制。\n本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
    proactive: '全年主动公开政府信息128条。\n其中通过公开栏公开56条。',
    onRequest: '全年收到政府信息公开申请若干件，均按期答复。',
    management: '严格执行“三审三校”制度 & 保密审查。',
    platform: '持续做好政府网站<专栏>维护。',
    oversight: '2024年度未发生责任追究情况。',
  }
  report.problems = { problems: '一是公开内容不够全面。\n二是更新不够及时。', improvements: '一是加强培训。' }
  report.otherMatters = { text: '本单位2024年度未收取政府信息公开信息处理费。' }
  let next = 1
  for (const id of TABLE_IDS) {
    for (const input of TABLES[id].inputs) {
      const row = (report[id][input.rowId] ??= {})
      row[input.colId] = input.valueType === 'decimal' ? 12.3456 : next++
    }
  }
  return report
}
