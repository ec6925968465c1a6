// Marks of the 2019 试行 format (国办公开办函〔2019〕60号), superseded by 国办公开办函〔2021〕30号
// (report-format.md §4a W-OLDFMT, §5 E1/E2/E9). Read by the text rules and the .docx importer.

/** Captions that exist only in the 2019 format. */
export const OLD_FORMAT_TERMS: readonly string[] = [
  '本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '其他对外管理服务事项',
  '第二十条第（九）项', '政府集中采购', '采购项目数量', '采购总金额',
]
