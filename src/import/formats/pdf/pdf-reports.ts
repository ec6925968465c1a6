// The reports a PDF holds. A third-party PDF may set two reports side by side on the same lines
// (a comparison), or print several one after another (a compilation): each is told apart by its
// title (……年度政府信息公开工作年度报告) and by horizontal position, so that no two reports' lines
// are ever mixed. The reader then reads one report (the one the user chose in 打开报告), or each
// report as its own entry (汇总审核, the command line), from its own lines; a report that cannot be
// told apart with confidence (no title naming its unit, a table page whose two columns cannot be
// split) is named with the reason and not read (reportDoubt).
import { stripSpaces } from '../../../report/text'
import { parseTitle } from '../../read/read-sections'
import { isNumberToken, sideBySideSplit, sideOf, type Line } from './pdf-lines'

export interface PdfReport {
  /** The title as printed (spaces removed), '' when the report has none (a right-hand column). */
  title: string
  agency: string
  year: number | null
  /** Page of the title (or of the report's first line). */
  page: number
  /** Which half of a page set side by side the report is printed on. */
  side: 'left' | 'right' | null
  lines: Line[]
  /** Pages of a side-by-side file whose tables could not be split into columns while this report was printed on them: read by no report. */
  unseparated: number[]
}

const text = (l: Line) => stripSpaces(l.tokens.map((t) => t.text).join(''))
// A title is a line of its own: a sentence that ends with "……年度报告" is not one.
const titleLike = (agency: string) => [...agency].length <= 40 && !/[，。；：,;:“”"、]/.test(agency)

/** The title starting at lines[i] (one line, or the agency's line and the year's line): how many lines it takes. */
function titleAt(lines: readonly Line[], i: number): { title: string; agency: string; year: number; size: number } | null {
  const one = parseTitle(text(lines[i]!))
  const next = lines[i + 1]
  if (one?.agency && titleLike(one.agency)) return { title: text(lines[i]!), ...one, size: 1 }
  if (next && next.page === lines[i]!.page && !parseTitle(text(lines[i]!))) {
    const joined = text(lines[i]!) + text(next)
    const two = parseTitle(joined)
    if (two?.agency && titleLike(two.agency) && parseTitle(text(next))?.agency === '') return { title: joined, ...two, size: 2 }
  }
  return one && titleLike(one.agency) ? { title: text(lines[i]!), ...one, size: 1 } : null
}

/** Two or more lines with two or more numbers: a table's rows. */
export const hasNumberRows = (lines: readonly Line[]) => lines.filter((l) => l.tokens.filter((t) => isNumberToken(t.text)).length >= 2).length >= 2

/**
 * Where a page is split in two: from its numbers (sideBySideSplit), from two titles on one line,
 * or the split of another page that fits; 'mixed' for a page of table rows in a side-by-side file
 * that has text across that split (its two columns cannot be told apart).
 */
function pageSplits(pages: readonly Line[][]): (number | 'mixed' | null)[] {
  const own = pages.map((lines) => {
    const byNumbers = sideBySideSplit(lines)
    if (byNumbers !== null) return byNumbers
    for (const l of lines) {
      const titles = l.tokens.filter((t) => {
        const m = parseTitle(stripSpaces(t.text))
        return m && titleLike(m.agency)
      })
      if (titles.length >= 2) return titles[1]!.x0 - 1
    }
    return null
  })
  const known = own.filter((x): x is number => x !== null)
  if (known.length === 0) return own
  const x = known.sort((a, b) => a - b)[Math.floor(known.length / 2)]!
  // A page of running text beside running text has no numbers or titles to split it by: it is
  // split where the other pages are when nothing is printed across that position.
  return own.map((s, i) => {
    if (s !== null) return s
    const tokens = pages[i]!.flatMap((l) => l.tokens)
    const crosses = tokens.some((t) => t.x0 < x && t.x1 > x)
    // Only the right-hand report's text (it runs longer than the left one): still the right side.
    if (!crosses) return tokens.some((t) => t.x0 >= x) ? x : null
    return hasNumberRows(pages[i]!) ? 'mixed' : null
  })
}

/** The reports in a PDF's lines (one array per page), each with its own lines in reading order. */
export function splitReports(pages: readonly Line[][]): PdfReport[] {
  const splits = pageSplits(pages)
  const main: Line[] = []
  const right: Line[] = []
  const mixed: number[] = []
  pages.forEach((lines, i) => {
    const x = splits[i]
    if (x === 'mixed') mixed.push(i + 1)
    else if (x === null || x === undefined) main.push(...lines)
    else {
      main.push(...sideOf(lines, x, false))
      right.push(...sideOf(lines, x, true))
    }
  })
  const sideBySide = right.length > 0
  const found = [...reportsIn(main, sideBySide ? 'left' : null, true), ...reportsIn(right, 'right', false)]
  // A title listed before the report itself (a compilation's 目录 or cover) is not a report: no
  // table rows of its own, and the same unit and year printed again later.
  const listed = (r: PdfReport, i: number) => r.agency !== '' && !hasNumberRows(r.lines)
    && found.slice(i + 1).some((o) => o.agency === r.agency && o.year === r.year)
  return found.filter((r, i) => !listed(r, i)).map((r, i, all) => {
    // A report is being printed from its first line's page until the next report of its side starts.
    const start = r.lines[0]?.page ?? r.page
    const next = all.slice(i + 1).find((o) => o.side === r.side)
    const end = next ? (next.lines[0]?.page ?? next.page) - 1 : Infinity
    return { ...r, unseparated: mixed.filter((p) => p >= start && p <= end) }
  })
}

function reportsIn(lines: readonly Line[], side: PdfReport['side'], first: boolean): PdfReport[] {
  const out: PdfReport[] = []
  let current: PdfReport | null = null
  for (let i = 0; i < lines.length; i++) {
    const t = titleAt(lines, i)
    // The same title again is a running header of the report being read, not a new report.
    if (t && !(current && current.agency === t.agency && current.year === t.year)) {
      if (current && (current.title !== '' || !first)) out.push(current)
      const before: Line[] = current && current.title === '' && first ? current.lines : []
      current = { title: t.title, agency: t.agency, year: t.year, page: lines[i]!.page, side, lines: [...before], unseparated: [] }
    }
    current ??= { title: '', agency: '', year: null, page: lines[i]!.page, side, lines: [], unseparated: [] }
    current.lines.push(lines[i]!)
    if (t && t.size === 2) current.lines.push(lines[++i]!)
  }
  if (current) out.push(current)
  return out
}

/** Where a report starts: "第 3 页右侧", "第 5 页起". */
export function reportWhere(r: Pick<PdfReport, 'page' | 'side'>): string {
  return `第 ${r.page} 页${r.side === 'left' ? '左侧' : r.side === 'right' ? '右侧' : '起'}`
}

/** How a report is named to the user: agency, year, and where it starts. */
export function reportLabel(r: Pick<PdfReport, 'agency' | 'year' | 'page' | 'side' | 'title'>): string {
  const name = r.title ? `${r.agency || '（标题中无机关名称）'}${r.year ? ` ${r.year}年` : ''}` : '无标题的报告'
  return `${name}（${reportWhere(r)}）`
}

/**
 * Why a report of a file holding several cannot be read as an entry of its own, in Chinese; null
 * when it can. Its unit and year must come from its own title (an entry without them would match
 * no unit, or the wrong one), and none of its table pages may mix in the other column's numbers.
 */
export function reportDoubt(r: PdfReport): string | null {
  const where = reportWhere(r)
  if (r.unseparated.length > 0) {
    return `这份报告（${where}）所在的第 ${r.unseparated.join('、')} 页上，并排的两份报告的表格无法按位置分开：为免混入另一份报告的数字，这份报告未读取。请取得这份报告单独的文件。`
  }
  if (!r.title) return `这份报告（${where}）没有可识别的标题（“……年度报告”），无法确定是哪个单位、哪一年的报告：未读取。请取得这份报告单独的文件。`
  if (!r.agency) return `这份报告（${where}）的标题“${r.title}”中没有机关名称，无法确定是哪个单位的报告：未读取。请取得这份报告单独的文件。`
  return null
}
