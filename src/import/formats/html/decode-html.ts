// A saved web page's bytes → text. The charset comes from the byte order mark, else from the
// page's own <meta charset> or <meta http-equiv="Content-Type" content="…charset=gb2312">, as
// a browser decides it; many government sites serve GBK/GB2312 (decoded as GB18030, which
// contains both). TextDecoder knows them in browsers and in Node (full ICU).

const ALIASES: Record<string, string> = { gb2312: 'gb18030', gbk: 'gb18030', 'x-gbk': 'gb18030', gb18030: 'gb18030', 'utf8': 'utf-8' }

/** The charset the page declares in its first bytes, lower-cased, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)
  return m ? m[1]!.toLowerCase() : null
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(ALIASES[label] ?? label)
  } catch {
    return null
  }
}

export function decodeHtml(bytes: Uint8Array, charset: string | null = null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3))
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  const label = charset ?? declaredCharset(bytes)
  const declared = label ? decoderFor(label) : null
  if (declared) return declared.decode(bytes)
  // Undeclared: UTF-8 when the bytes are valid UTF-8, else the Chinese legacy encoding.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}
