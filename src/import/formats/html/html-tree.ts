// A published web page → a small element tree, without a DOM (the reader runs alike on the
// main thread, in Web Workers and in Node for the CLI). Tolerant as browsers are of what CMS
// editors write: unclosed <p>, <td> and <tr>, stray end tags, Word's <o:p>, upper-case names.
// Scripts, styles and comments are skipped whole. Limits (limits.ts) stop a hostile page early.
import { LimitError, LIMITS, limitText } from '../../limits'

export interface HNode {
  name: string
  attrs: Record<string, string>
  /** Text pieces and child elements in document order. */
  children: (HNode | string)[]
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'])
const RAW = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template', 'xmp'])
const TABLE_SCOPE = new Set(['table', 'td', 'th', 'html', 'body'])
/** Elements a new <p> implicitly closes an open <p> for. */
const P = new Set(['p'])
const CELL = new Set(['td', 'th'])
const ROW_SCOPE = new Set(['table', 'tr'])
const TR = new Set(['tr'])
const TABLE = new Set(['table'])
const LI = new Set(['li'])
const LIST_SCOPE = new Set(['ul', 'ol', 'table'])
const PAGE_SCOPE = new Set(['html', 'body'])
const CLOSES_P = new Set(['p', 'div', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'section', 'article'])

const NAMED: Record<string, string> = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  middot: '·', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', times: '×',
  copy: '©', reg: '®', yen: '¥', deg: '°', bull: '•', shy: '', zwj: '', zwnj: '',
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});?/g, (all, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1))
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : ''
    }
    return NAMED[ref.toLowerCase()] ?? all
  })
}

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {}
  const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const name = m[1]!.toLowerCase()
    if (!(name in attrs)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')
  }
  return attrs
}

/** Parses a whole page into a #document node. */
export function parseHtml(html: string): HNode {
  if (html.length > LIMITS.htmlChars) throw new LimitError(limitText.html(html.length))
  const doc: HNode = { name: '#document', attrs: {}, children: [] }
  const stack: HNode[] = [doc]
  let nodes = 0
  const top = () => stack[stack.length - 1]!
  /** Pops to (and including) the nearest open element named one of `names`, not crossing a table scope. */
  const closeTo = (names: Set<string>, scope: Set<string>): boolean => {
    for (let i = stack.length - 1; i > 0; i--) {
      const n = stack[i]!.name
      if (names.has(n)) {
        stack.length = i
        return true
      }
      if (scope.has(n)) return false
    }
    return false
  }
  const open = (name: string, attrs: Record<string, string>, selfClosing: boolean) => {
    if (++nodes > LIMITS.nodes) throw new LimitError(limitText.nodes('网页'))
    if (name === 'p' || (CLOSES_P.has(name) && top().name === 'p')) closeTo(P, TABLE_SCOPE)
    if (name === 'td' || name === 'th') closeTo(CELL, ROW_SCOPE)
    if (name === 'tr') closeTo(TR, TABLE)
    if (name === 'li') closeTo(LI, LIST_SCOPE)
    const node: HNode = { name, attrs, children: [] }
    top().children.push(node)
    if (selfClosing || VOID.has(name)) return
    if (stack.length > LIMITS.depth) throw new LimitError(limitText.depth('网页'))
    stack.push(node)
  }
  const close = (name: string) => {
    const scope = name === 'table' ? PAGE_SCOPE : name === 'td' || name === 'th' || name === 'tr' ? TABLE : TABLE_SCOPE
    closeTo(new Set([name]), scope)
  }
  const text = (t: string) => {
    if (t) top().children.push(decodeEntities(t))
  }

  const tag = /<(?:!--([\s\S]*?)(?:-->|$)|!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|[!?][^>]*>?|\/\s*([a-zA-Z][\w:.-]*)[^>]*>?|([a-zA-Z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>)/g
  let at = 0
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    text(html.slice(at, m.index))
    at = tag.lastIndex
    if (m[2] !== undefined) text(m[2])
    else if (m[3]) close(m[3].toLowerCase())
    else if (m[4]) {
      const name = m[4].toLowerCase()
      const rest = m[5] ?? ''
      const selfClosing = /\/\s*$/.test(rest)
      if (RAW.has(name)) {
        // Raw text runs to its end tag; its content is never markup (tens of kB of scripts).
        const end = new RegExp(`</${name}\\s*>`, 'ig')
        end.lastIndex = at
        const e = selfClosing ? null : end.exec(html)
        const content = selfClosing ? '' : html.slice(at, e ? e.index : html.length)
        at = e ? end.lastIndex : selfClosing ? at : html.length
        tag.lastIndex = at
        if (name === 'title') top().children.push({ name, attrs: {}, children: [decodeEntities(content)] })
        continue
      }
      open(name, parseAttrs(rest), selfClosing)
    }
  }
  text(html.slice(at))
  return doc
}

/** Every element named `name` in document order (not inside another match). */
export function findAll(node: HNode, name: string): HNode[] {
  const out: HNode[] = []
  const walk = (n: HNode) => {
    for (const c of n.children) {
      if (typeof c === 'string') continue
      if (c.name === name) out.push(c)
      else walk(c)
    }
  }
  walk(node)
  return out
}
