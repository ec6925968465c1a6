// What the official format expects in each narrative part (report-format.md §2, §7; seed
// practice), shown under its heading. The standard sentences a user can insert are in
// guidance-sentences.ts, loaded when the form is idle: long texts kept out of the initial JS.
import type { NarrativePath } from './narrative-fields'

export const HINTS: Record<NarrativePath, string> = {
  'overview.preface': '可选。写明编制依据、报告组成（共六部分）、统计期限、电子版获取方式和联系方式。',
  'overview.intro': '可选。“一、总体情况”标题下、“（一）”之前的总述，概括全年政务公开工作，常以“现将……总结如下：”结尾；导出时紧接在“一、总体情况”之后。',
  'overview.proactive': '主动公开：各平台（网站、政务新媒体、公开栏等）发布信息的条数，政策解读、回应关切的数量，重点领域公开情况。',
  'overview.onRequest': '依申请公开：收到、办理申请的件数和答复情况，须与表三一致。',
  'overview.management': '政府信息管理：规范性文件制发、废止、现行有效件数（须与表二一致），保密审查、动态更新。',
  'overview.platform': '政府信息公开平台建设：网站栏目、政务新媒体、公开专区、公开栏等平台的数量与建设情况。',
  'overview.oversight': '监督保障：必须写明工作考核、社会评议和责任追究结果情况（条例第五十条第四项），以及培训、监督检查等。',
  'problems.problems': '写出本年真实、具体的问题，不能写“无”，也不要照抄上年。',
  'problems.improvements': '写明针对问题的改进措施，以及上年问题的整改情况。',
  'otherMatters.text': '必须说明信息处理费收取情况（国办函〔2020〕109号）；也可报告其他需要报告的事项。',
}
