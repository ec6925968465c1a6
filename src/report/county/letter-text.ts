// 整改通知 (report-file.md §12): what the county office writes to one unit about its open
// problems — where (the table, row and column, or the part of the text), what, and how to fix it —
// and by when to send the report again. Pure text: src/docx/letters typesets it.
import { placeLabel } from '../field-labels'
import type { Issue } from '../issue'
import { formatChineseDate } from '../format'

/** How to fix a finding of each rule, in a clerk's words (the message says what is wrong). */
const HOW: Record<string, string> = {
  'T3-ROWSUM': '请逐项核对该列各行数字，使总计等于各项之和',
  'T3-RESULTSUM': '请核对“三、本年度办理结果”各项，使（七）总计等于（一）至（六）之和',
  'T3-BALANCE': '请核对该列：本年新收加上年结转，应等于本年办理结果总计加结转下年度继续办理',
  'T4-TOTAL': '请核对行政复议、行政诉讼各项，使总计等于各项之和',
  'NUM-INT': '件数只能填写整数，请改正',
  'NUM-FEE': '收费金额以万元为单位，最多保留四位小数，请改正',
  'W-TOWN-RULES': '乡镇、街道没有制定规章的权限，请核实后改为 0',
  'PACK-LATE': '请按规定时限在政府网站公布年度报告，并如实填写成文日期',
  'PACK-LENGTH': '请精简文字，突出本单位工作实际',
  'PACK-PHRASE': '请按要求写明相关内容',
  'X-COPY-UNIT': '请按本单位实际情况重新撰写，不得照抄其他单位的报告',
  'X-DUPLICATE': '请确认以哪一份报告为准，并只报送一份',
  META: '请在“基本信息”中补全或改正',
}
const DEFAULT_HOW = '请核实后改正；如确无问题，请在报送时说明理由'

interface LetterItem {
  where: string
  what: string
  how: string
}

export interface Letter {
  unit: string
  title: string
  /** 抬头: "伊川县白沙镇人民政府：". */
  to: string
  paragraphs: string[]
  items: LetterItem[]
  closing: string[]
}

const where = (cells: readonly string[]) => (cells.length === 0 ? '全文' : cells.slice(0, 3)
  .map(placeLabel).join('、') + (cells.length > 3 ? `等 ${cells.length} 处` : ''))

export interface LetterInput {
  unit: string
  year: number
  /** The unit's open findings (ignored ones left out). */
  issues: readonly Issue[]
  /** The date by which the corrected report is due (ISO), if set. */
  resubmitBy: string | null
  /** Who signs: the county office. */
  office: string
  date: string
}

export function rectificationLetter(input: LetterInput): Letter {
  // Errors first: they are what must change before the report can be published.
  const ordered = [...input.issues].sort((a, b) => Number(b.severity === 'error') - Number(a.severity === 'error'))
  const items = ordered.map((i) => ({ where: where(i.cells), what: i.message, how: HOW[i.ruleId] ?? DEFAULT_HOW }))
  const due = input.resubmitBy ? `请于${formatChineseDate(input.resubmitBy)}前` : '请尽快'
  return {
    unit: input.unit,
    title: `关于${input.year}年政府信息公开工作年度报告整改的通知`,
    to: `${input.unit}：`,
    paragraphs: [
      `经审核，你单位报送的${input.year}年政府信息公开工作年度报告存在以下 ${items.length} 个问题，现通知如下：`,
    ],
    items,
    closing: [
      `${due}对照以上问题逐项整改，将修改后的年度报告重新报送${input.office}。`,
      '如对以上问题有疑问，请及时与我们联系。',
    ],
  }
}
