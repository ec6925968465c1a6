// An XML part of a .docx → a minimal element tree, with no DOM, so the importer runs alike on the
// main thread, in Web Workers and in Node worker_threads (the command line). saxes is a strict,
// spec-conformant parser (the one jsdom's DOMParser is built on): truncation, forbidden
// characters, mismatched or unbound names and a second root are all errors (XmlError).
// saxes's own namespace resolution costs time quadratic in the nesting depth (100,000 nested
// elements took minutes), so prefixes are checked here with one counter per prefix instead,
// and the limits (limits.ts) stop a hostile part while it is being read.
import { SaxesParser, type SaxesTag } from 'saxes'
import { isXmlChar, removeForbidden } from '../report/text'
import { LimitError, LIMITS, limitText } from './limits'

export interface XNode {
  /** Local name (w:p → p), whatever prefix the producer bound, or none (default namespace). */
  name: string
  /** Attributes by local name (w:val → val). xmlns declarations dropped; first wins on a clash. */
  attrs: Record<string, string>
  /** Child elements in document order (text, comments and PIs are not nodes here). */
  children: XNode[]
  /** Character data directly inside this element (text + CDATA, entities decoded, whitespace kept). */
  text: string
}

export class XmlError extends Error {}

/** An element that declares no prefix (most of them) shares this empty list. */
const NONE: string[] = []
/** Prefixes bound without a declaration (XML 1.0 Namespaces §3). */
const BUILT_IN = new Set(['', 'xml', 'xmlns'])

/**
 * Parses a whole document; returns its root element or throws XmlError("line:col: message").
 * `part` names the document in a LimitError ("Word 正文").
 */
export function parseXml(xml: string, part = 'XML 文档'): XNode {
  const parser = new SaxesParser({ xmlns: false, position: true })
  const doc: XNode = { name: '#document', attrs: {}, children: [], text: '' }
  const stack: XNode[] = [doc]
  // Per element on the stack, the prefixes it declared; `bound` counts live declarations.
  const declared: string[][] = [[]]
  const bound = new Map<string, number>()
  // A document repeats a few dozen names (w:p, w:r, w:val…): each is split into prefix and local name once.
  const qnames = new Map<string, { prefix: string; local: string }>()
  let top = doc
  let nodes = 0
  const fail = (message: string): never => {
    throw new XmlError(`${parser.line}:${parser.column}: ${message}`)
  }
  parser.on('opentag', (tag: SaxesTag) => {
    if (++nodes > LIMITS.nodes) throw new LimitError(limitText.nodes(part))
    if (stack.length > LIMITS.depth) throw new LimitError(limitText.depth(part))
    const attrs: Record<string, string> = {}
    const given = tag.attributes as Record<string, string>
    const names = Object.keys(given)
    let mine: string[] = NONE
    // Declarations first: an attribute may use a prefix declared after it on the same element.
    for (const q of names) {
      if (!q.startsWith('xmlns:')) continue
      const prefix = q.slice(6)
      if (mine === NONE) mine = []
      mine.push(prefix)
      bound.set(prefix, (bound.get(prefix) ?? 0) + 1)
    }
    for (const q of names) {
      if (q === 'xmlns' || q.startsWith('xmlns:')) continue
      const local = checkBound(q)
      if (!(local in attrs)) attrs[local] = given[q]!
    }
    const node: XNode = { name: checkBound(tag.name), attrs, children: [], text: '' }
    top.children.push(node)
    if (tag.isSelfClosing) unbind(mine)
    else {
      stack.push((top = node))
      declared.push(mine)
    }
  })
  /** The local name of a qualified name whose prefix is bound (else XmlError). */
  const checkBound = (q: string): string => {
    let name = qnames.get(q)
    if (!name) {
      const colon = q.indexOf(':')
      name = colon < 0 ? { prefix: '', local: q } : { prefix: q.slice(0, colon), local: q.slice(colon + 1) }
      qnames.set(q, name)
    }
    if (!BUILT_IN.has(name.prefix) && !bound.get(name.prefix)) fail(`unbound namespace prefix: "${name.prefix}".`)
    return name.local
  }
  const unbind = (prefixes: string[]) => {
    for (const p of prefixes) bound.set(p, bound.get(p)! - 1)
  }
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return
    stack.pop()
    unbind(declared.pop() ?? [])
    top = stack[stack.length - 1] ?? doc
  })
  const addText = (t: string) => {
    if (top.text.length + t.length > LIMITS.textChars) throw new LimitError(limitText.text(part))
    top.text += t
  }
  parser.on('text', addText)
  parser.on('cdata', addText)
  // No 'error' handler: saxes then throws the first error out of write()/close().
  try {
    parser.write(xml).close()
  } catch (e) {
    if (e instanceof LimitError || e instanceof XmlError) throw e
    throw new XmlError(e instanceof Error ? e.message : String(e))
  }
  const root = doc.children[0]
  if (!root) throw new XmlError('document must contain a root element.')
  return root
}

/** DOM textContent of an element. */
export function textContent(node: XNode): string {
  let out = node.text
  for (const c of node.children) out += textContent(c)
  return out
}

/** The first child element with this local name. */
export function child(node: XNode | undefined, name: string): XNode | undefined {
  return node?.children.find((c) => c.name === name)
}

/**
 * Some producers write characters XML forbids (a raw U+FFFE or control character, or a reference
 * such as &#1;) into document.xml: Word then refuses the file and a strict parser stops. They carry
 * no visible text, so they are removed before parsing, and counted so the user is told.
 */
export function stripForbiddenXml(xml: string): { xml: string; removed: number } {
  const raw = removeForbidden(xml)
  let removed = raw.removed
  const out = raw.text.replace(/&#(x[0-9a-fA-F]+|[0-9]+);/g, (ref, num: string) => {
    const code = num.startsWith('x') ? Number.parseInt(num.slice(1), 16) : Number(num)
    if (isXmlChar(code)) return ref
    removed++
    return ''
  })
  return { xml: out, removed }
}
