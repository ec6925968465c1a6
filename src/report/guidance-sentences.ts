// Standard sentences a user can insert into each narrative part (seed practice). Placeholders:
// {year}, {agency}, {next}. Loaded on demand (form/sentence-chips.tsx), not at start-up.
import type { NarrativePath } from './narrative-fields'

export interface Sentence {
  label: string
  text: string
}

export const SENTENCES: Record<NarrativePath, Sentence[]> = {
  'overview.preface': [
    {
      label: '标准导语',
      text: '本报告根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。',
    },
  ],
  'overview.intro': [
    {
      label: '总述',
      text: '{year}年，{agency}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，持续深化政务公开工作。现将{year}年政府信息公开工作情况报告如下：',
    },
  ],
  'overview.proactive': [{ label: '开头句', text: '{year}年，{agency}坚持以公开为常态、不公开为例外，通过政府网站、政务新媒体、政务公开栏等渠道主动公开政府信息。' }],
  'overview.onRequest': [
    { label: '未收到申请', text: '{year}年，本机关未收到政府信息公开申请。' },
    { label: '收到申请', text: '{year}年，本机关共收到政府信息公开申请X件，均在法定期限内予以答复。' },
  ],
  'overview.management': [{ label: '保密审查', text: '严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”，确保公开信息安全准确。' }],
  'overview.platform': [],
  'overview.oversight': [
    { label: '考核评议追究', text: '{year}年，本机关将政务公开工作纳入年度工作考核，未发生因政府信息公开工作引发的社会评议负面意见，未发生责任追究情况。' },
  ],
  'problems.problems': [],
  'problems.improvements': [{ label: '上年整改', text: '针对上年报告中提出的问题，{year}年本机关采取了以下改进措施：' }],
  'otherMatters.text': [
    { label: '未收取信息处理费', text: '本单位{year}年度未收取政府信息公开信息处理费。' },
    {
      label: '按109号办法说明',
      text: '按照《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）规定的按件、按量收费标准，本年度没有产生信息处理费。',
    },
    { label: '无其他事项', text: '本单位无其他需要报告的事项。' },
  ],
}

export function fillSentence(text: string, values: { year: number; agency: string }): string {
  return text
    .replaceAll('{year}', String(values.year))
    .replaceAll('{next}', String(values.year + 1))
    .replaceAll('{agency}', values.agency.trim() || '本机关')
}
