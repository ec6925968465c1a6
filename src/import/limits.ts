// The limits every reader holds before memory or time runs out (issue 22): one place, so a
// .docx, .json, web page and PDF are bounded alike. Each is far above the largest real report
// (a whole report's text is rarely over 30,000 characters; its document.xml well under 1 MB) and
// each is checked while reading, so a hostile file stops early instead of filling memory first.

export const LIMITS = {
  /** Bytes of any file as picked (a .docx with pasted images stays far below). */
  fileBytes: 20 * 1024 * 1024,
  /** Bytes of one zip entry, counted while inflating (the zip directory may lie). */
  inflatedBytes: 50 * 1024 * 1024,
  /** Elements of one XML part or web page. A real document.xml has a few tens of thousands. */
  nodes: 1_000_000,
  /** Element nesting. Real Word bodies nest some 20 levels, web pages some 40. */
  depth: 400,
  /** Characters of one paragraph or cell: 30 times a whole real report's text. */
  textChars: 1_000_000,
  /** Bytes of a report file (.json); a real one is some 30 kB. */
  jsonBytes: 10 * 1024 * 1024,
  /** Nesting of a report file (.json); the format itself nests 4 levels. */
  jsonDepth: 64,
  /** Bytes of a web page after decoding; a CMS page with its scripts is some 200 kB. */
  htmlChars: 10 * 1024 * 1024,
  // A merged cell's span: report/table-span.ts (shared with a block pasted from the clipboard).
  /** Pages of a PDF; a report is 5–15 pages. */
  pdfPages: 200,
  /** Text pieces on one PDF page; a dense table page has about 1,500. */
  pdfItemsPerPage: 30_000,
  /** Reports in one PDF, each an entry of the review; a county's compilation holds some tens. */
  pdfReports: 200,
  /** Bytes of a rule pack (.json); the two that ship are under 2 kB. */
  rulePackBytes: 1024 * 1024,
} as const

/** A limit was hit: `what` says, in Chinese, what was too large (the file name is added by the caller). */
export class LimitError extends Error {
  readonly what: string
  constructor(what: string) {
    super(what)
    this.what = what
  }
}

const fmt = (n: number) => n.toLocaleString('en-US')

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`
}

export const limitText = {
  inflated: (part: string) => `${part}解压后超过 ${mb(LIMITS.inflatedBytes)}（读到这里已停止）`,
  nodes: (part: string) => `${part}的元素超过 ${fmt(LIMITS.nodes)} 个（读到这里已停止）`,
  depth: (part: string) => `${part}的元素嵌套超过 ${LIMITS.depth} 层（读到这里已停止）`,
  text: (part: string) => `${part}中有一段文字超过 ${fmt(LIMITS.textChars)} 个字（一份完整的年度报告通常不到 3 万字）`,
  jsonBytes: (size: number) => `报告文件有 ${mb(size)}，超过 ${mb(LIMITS.jsonBytes)}（本程序保存的报告文件通常只有几十 kB）`,
  jsonDepth: () => `报告文件的括号嵌套超过 ${LIMITS.jsonDepth} 层（本程序保存的报告文件只有 4 层）`,
  html: (chars: number) => `网页有 ${fmt(chars)} 个字符，超过 ${fmt(LIMITS.htmlChars)} 个`,
  pdfPages: (pages: number) => `PDF 有 ${pages} 页，超过 ${LIMITS.pdfPages} 页`,
  pdfItems: (page: number) => `PDF 第 ${page} 页的文字片段超过 ${fmt(LIMITS.pdfItemsPerPage)} 个`,
  pdfReports: (reports: number) => `PDF 中有 ${fmt(reports)} 个年报标题，超过 ${LIMITS.pdfReports} 份`,
  // In kB, rounded up: a file just over the limit must not read as the limit itself.
  rulePack: (size: number) => `文件有 ${fmt(Math.ceil(size / 1024))} kB，超过规则包的上限 ${LIMITS.rulePackBytes / 1024 / 1024} MB（规则包是只有几 kB 的 JSON 文件，请确认选择的是规则包）`,
}

/** The Chinese message for a limit hit while reading the named file. */
export function limitMessage(name: string, what: string): string {
  return `无法读取“${name}”：${what}。年度报告远小于此，这不像年度报告文件（可能已损坏或是故意构造的文件），已停止读取，其他文件不受影响。`
}

/** Fails fast, without parsing, on JSON nested deeper than the limit (JSON.parse recurses). */
export function checkJsonDepth(text: string): void {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (inString) {
      if (ch === 0x5c) i++
      else if (ch === 0x22) inString = false
    } else if (ch === 0x22) inString = true
    else if (ch === 0x7b || ch === 0x5b) {
      if (++depth > LIMITS.jsonDepth) throw new LimitError(limitText.jsonDepth())
    } else if (ch === 0x7d || ch === 0x5d) depth--
  }
}

/** A file larger than any annual report; said before its bytes are read (the size is known from the file system). */
export function tooLargeMessage(size: number): string {
  return `文件过大（${mb(size)}）：年度报告文件不应超过 ${LIMITS.fileBytes / 1024 / 1024} MB。请删除文档中的图片后另存，或确认选择的是年度报告文件。`
}

/** The refusal for a file of this size, or null: checked on the size alone, before reading it. */
export function sizeRefusal(size: number): string | null {
  return size > LIMITS.fileBytes ? tooLargeMessage(size) : null
}
