// A page saved as a single file (.mhtml / .mht, "网页，单个文件"): a MIME message whose first
// text/html part is the page, usually quoted-printable or base64, with its charset in the part's
// Content-Type. Pictures and styles in the other parts are not needed.
import { decodeHtml } from './decode-html'

function unQuotedPrintable(body: string): Uint8Array {
  const text = body.replace(/=\r?\n/g, '')
  const out: number[] = []
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (ch === 0x3d && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out.push(Number.parseInt(text.slice(i + 1, i + 3), 16))
      i += 2
    } else out.push(ch & 0xff)
  }
  return new Uint8Array(out)
}

function unBase64(body: string): Uint8Array {
  const bin = atob(body.replace(/[^A-Za-z0-9+/=]/g, ''))
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

/** The page inside an MHTML file, or null when it has no text/html part. */
export function mhtmlPage(bytes: Uint8Array): string | null {
  // Headers and encoded bodies are ASCII; latin1 keeps every byte of an 8bit body as is.
  const text = new TextDecoder('latin1').decode(bytes)
  const boundary = /boundary\s*=\s*"?([^";\r\n]+)"?/i.exec(text)?.[1]
  const parts = boundary ? text.split(`--${boundary}`) : [text]
  for (const part of parts) {
    const split = /\r?\n\r?\n/.exec(part)
    if (!split) continue
    const headers = part.slice(0, split.index)
    if (!/content-type\s*:\s*text\/html/i.test(headers)) continue
    const body = part.slice(split.index + split[0].length)
    const encoding = /content-transfer-encoding\s*:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase()
    const raw = encoding === 'base64' ? unBase64(body) : encoding === 'quoted-printable' ? unQuotedPrintable(body)
      : Uint8Array.from(body, (c) => c.charCodeAt(0) & 0xff)
    const charset = /charset\s*=\s*"?([\w-]+)/i.exec(headers)?.[1]?.toLowerCase() ?? null
    return decodeHtml(raw, charset)
  }
  return null
}
