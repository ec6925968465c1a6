// An XML part of a .docx → a minimal element tree, with no DOM, so the importer runs alike on the
// main thread, in Web Workers and in Node worker_threads (the command line). saxes is a strict,
// spec-conformant parser (the one jsdom's DOMParser is built on): truncation, forbidden
// characters, mismatched or unbound names and a second root are all errors (XmlError).
import { SaxesParser, type SaxesTagNS } from 'saxes'
import { isXmlChar, removeForbidden } from '../report/text'

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

/** Parses a whole document; returns its root element or throws XmlError("line:col: message"). */
export function parseXml(xml: string): XNode {
  // xmlns: true = the namespace checks of browsers (an unbound prefix is an error).
  const parser = new SaxesParser({ xmlns: true, position: true })
  const doc: XNode = { name: '#document', attrs: {}, children: [], text: '' }
  const stack: XNode[] = [doc]
  let top = doc
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attrs: Record<string, string> = {}
    for (const q in tag.attributes) {
      const a = tag.attributes[q]!
      if (a.prefix === 'xmlns' || a.name === 'xmlns') continue
      if (!(a.local in attrs)) attrs[a.local] = a.value
    }
    const node: XNode = { name: tag.local, attrs, children: [], text: '' }
    top.children.push(node)
    if (!tag.isSelfClosing) stack.push((top = node))
  })
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return
    stack.pop()
    top = stack[stack.length - 1] ?? doc
  })
  parser.on('text', (t) => void (top.text += t))
  parser.on('cdata', (t) => void (top.text += t))
  // No 'error' handler: saxes then throws the first error out of write()/close().
  try {
    parser.write(xml).close()
  } catch (e) {
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
