// Test support: published pages shaped like real CMS articles (published-formats.md), generated
// from a clean fixture page so the committed files stay small, and a GBK encoder (TextEncoder
// writes only UTF-8) built from TextDecoder's own GBK table.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

// From the repository root, where the tests and scripts run (Vite's module runner, which scripts
// use to load this file, has no __dirname, and under jsdom import.meta.url is not a file URL).
export const FIXTURE_DIR = join(process.cwd(), 'src/import/test-fixtures')

export function fixturePage(name: string): string {
  return readFileSync(join(FIXTURE_DIR, `${name}.html`), 'utf8')
}

let gbk: Map<string, number> | null = null

export function encodeGbk(text: string): Uint8Array {
  if (!gbk) {
    gbk = new Map()
    const decoder = new TextDecoder('gbk')
    for (let hi = 0x81; hi <= 0xfe; hi++) {
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue
        const ch = decoder.decode(new Uint8Array([hi, lo]))
        if (ch.length === 1 && ch !== '\ufffd' && !gbk.has(ch)) gbk.set(ch, (hi << 8) | lo)
      }
    }
  }
  const out: number[] = []
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code < 0x80) out.push(code)
    else {
      const two = gbk.get(ch)
      if (two === undefined) out.push(0x3f)
      else out.push(two >> 8, two & 0xff)
    }
  }
  return new Uint8Array(out)
}

/** Sub-rows of 表三 （六）其他处理 whose zero values the CMS page prints in one merged cell per column. */
const MERGED_ROW_LABELS = ['1.申请人无正当理由逾期不补正', '2.申请人逾期未按收费通知要求缴纳费用', '3.其他']

/**
 * seed-layout.html as a CMS publishes it: portal frame, metadata table and scripts around the
 * article, Word markup, padded and split numbers, split labels, a caption variant, blank cells
 * in the 予以公开 row's empty columns, and （六）'s three zero rows printed with merged value cells.
 */
export function cmsPage(charset = 'utf-8', scriptBytes = 4000): string {
  let body = fixturePage('seed-layout').replace(/^[\s\S]*<body>/, '').replace(/<\/body>[\s\S]*$/, '')
  let n = 0
  // Numbers: padded in Word paragraphs, trailing nbsp, full-width, split digits, padding paragraphs.
  body = body.replace(/<td>(\d+)<\/td>/g, (_all, num: string) => {
    const k = n++ % 5
    if (k === 0) return `<td class="xl65"><p class="MsoNormal" style="mso-line-height-alt:12pt">&nbsp; ${num}<o:p></o:p></p></td>`
    if (k === 1) return `<td>${num}&nbsp;&nbsp;</td>`
    if (k === 2) return `<td>${num.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))} </td>`
    if (k === 3) return `<td>${[...num].map((d) => `<span>${d}</span>`).join('')}</td>`
    return `<td><p>&nbsp;</p><p>${num}</p><p>&nbsp;</p></td>`
  })
  body = body
    .replace('(一) 予以公开', '<span>（</span><span>一</span><span>）</span><span style="mso-spacerun:yes">予以公开</span>')
    .replace('<td>商业企业</td>', '<td><p>商业</p><p>企业</p></td>')
    .replace('<td rowspan="2">结果纠正</td>', '<td rowspan="2">结果<br/>纠正</td>')
    .replace('<td>行政规范性文件</td>', '<td>规范性文件</td>')
  // 予以公开: 自然人 3, 商业企业 1, 其他 1, total 5 are kept; the zero columns left blank.
  body = body.replace(/(予以公开<\/span><\/td>)((?:<td[^>]*>[\s\S]*?<\/td>){7})/, (_all, label: string, cells: string) => {
    const tds = cells.match(/<td[^>]*>[\s\S]*?<\/td>/g)!
    return label + tds.map((td, i) => ([2, 3, 4].includes(i) ? '<td><p class="MsoNormal"><o:p>&nbsp;</o:p></p></td>' : td)).join('')
  })
  // （六）其他处理: one merged value cell per column over its three sub-rows.
  const rows = body.match(/<tr>[^\n]*<\/tr>/g)!
  const sub = rows.filter((r) => MERGED_ROW_LABELS.some((l) => r.includes(l)))
  sub.forEach((row, i) => {
    const label = row.match(/^<tr>((?:<td rowspan="3">[^<]*<\/td>)?<td>[^<]*<\/td>)/)![1]!
    const merged = i === 0 ? Array.from({ length: 7 }, () => '<td rowspan="3">0</td>').join('') : ''
    body = body.replace(row, `<tr>${label}${merged}</tr>`)
  })
  const script = `<script type="text/javascript">${'var _hmt = _hmt || []; (function(){ if (a < b && c > d) { x = "<td>1</td>"; } })();\n'.repeat(Math.ceil(scriptBytes / 90))}</script>`
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>叶城县白杨镇人民政府2024年政府信息公开工作年度报告_叶城县人民政府</title>
<style>.MsoNormal{mso-style-parent:"";margin:0}</style>${script}
</head><body>
<div class="header"><a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; 法定主动公开内容</div>
<table class="xxgk_table" width="100%"><tbody>
<tr><td>索引号：</td><td>11653126MB1234567X/2025-00012</td><td>发布机构：</td><td>叶城县白杨镇人民政府</td></tr>
<tr><td>成文日期：</td><td>2025-01-26</td><td>发布日期：</td><td>2025-01-27</td></tr>
<tr><td>名　　称：</td><td colspan="3">叶城县白杨镇人民政府2024年政府信息公开工作年度报告</td></tr>
</tbody></table>
<table width="960" align="center"><tr><td class="article">
<div align="center">${body}</div>
</td></tr></table>
<div class="footer">主办单位：叶城县人民政府办公室　<a href="#">网站地图</a></div>
${script}
</body></html>`
}
