// The short Chinese name of each check, for the places that group findings by rule (the county
// dashboard, scores and deductions, the triage list). The rule id itself stays in data attributes,
// the workbook's 规则 column and the CLI; users read these names (report-file.md §9).
const RULE_NAMES: Record<string, string> = {
  META: '基本信息',
  STRUCT: '表格结构',
  'DRAFT-MARKER': '草稿标记未删除',
  'NUM-INT': '件数应为整数',
  'NUM-FEE': '收费金额格式',
  'T3-ROWSUM': '表三各行总计',
  'T3-RESULTSUM': '表三办理结果总计',
  'T3-BALANCE': '表三勾稽关系',
  'T4-TOTAL': '表四总计',
  'W-CAPTION': '标题与官方格式不同',
  'W-COPY': '沿用上年文字',
  'W-FEE-NOTICE': '未说明收费通知',
  'W-FEE-T2': '信息处理费与表二',
  'W-OLDFMT': '旧（2019 年）格式',
  'W-PENDING': '结转下年度偏多',
  'W-PREFACE': '导语所列部分',
  'W-PUBDATE': '成文日期',
  'W-REPEAL': '废止件数',
  'W-SEC1-FIVE': '总体情况的五个方面',
  'W-SEC5': '问题及改进情况',
  'W-SEC6-FEE': '未说明信息处理费',
  'W-T4-SCALE': '复议诉讼数量',
  'W-TEXT-INTAKE': '正文与表三申请数',
  'W-TEXT-NORMDOC': '正文与表二规范性文件数',
  'W-TEXT-REVIEW': '正文与表四复议诉讼数',
  'W-TEXT-YEAR': '正文中的年份',
  'W-TOWN-RULES': '乡镇、街道的规章数',
  'W-ZERO-ENFORCE': '行政执法数全为 0',
  'W-XYEAR-CARRY': '与上年结转数衔接',
  'W-XYEAR-INFORCE': '与上年现行有效件数衔接',
  'W-XYEAR-PENDING': '上年尚未审结的案件',
  'X-COPY-UNIT': '与其他单位雷同',
  'X-DUPLICATE': '重复报送',
  'X-PARENT': '与本级汇总不符',
  'PACK-LATE': '公布逾期',
  'PACK-LENGTH': '篇幅',
  'PACK-PHRASE': '必备表述',
  'IMPORT-READ': '文件无法读取',
  'IMPORT-CELL': '单元格无法读取',
  'IMPORT-GUESS': '读取存疑',
  'IMPORT-MISSING': '文件缺少内容',
  'IMPORT-CLEAN': '已清除的字符',
  'IMPORT-SOURCE': '数字来源',
}

/** The check's name in Chinese. */
export function ruleName(ruleId: string): string {
  return RULE_NAMES[ruleId] ?? '其他检查'
}

export const KNOWN_RULE_IDS: readonly string[] = Object.keys(RULE_NAMES)
