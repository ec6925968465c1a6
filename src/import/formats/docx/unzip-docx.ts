// A .docx is a zip; only word/document.xml carries the report. Every way this can fail gets its
// own Chinese message, because users pick files from e-mail attachments and WeChat downloads.
import { strFromU8, unzipSync, Unzip, UnzipInflate } from 'fflate'
import { LimitError, LIMITS, limitText, tooLargeMessage } from '../../limits'

/** Reports are a few hundred kB; a 20 MB limit leaves room for pasted images and stops runaway files. */
export const MAX_DOCX_BYTES = LIMITS.fileBytes
const DOCUMENT_PATH = 'word/document.xml'
/** Custom document properties: what this app's own export keeps beyond the printed page. */
const CUSTOM_PATH = 'docProps/custom.xml'
const MAX_CUSTOM_BYTES = 1024 * 1024
/** A zip bomb stays small on disk; the declared size of the text is checked before inflating it. */
const MAX_XML_BYTES = 200 * 1024 * 1024

export type UnzipResult = { ok: true; xml: string; custom: string | null } | { ok: false; error: string }

function isZip(bytes: Uint8Array): boolean {
  // Local file header "PK\3\4"; an empty archive starts with the end record "PK\5\6".
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5)
}

function isOleCompound(bytes: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
  return bytes.length >= 8 && sig.every((b, i) => bytes[i] === b)
}


export function readDocumentXml(bytes: Uint8Array): UnzipResult {
  if (bytes.length > MAX_DOCX_BYTES) return { ok: false, error: tooLargeMessage(bytes.length) }
  if (isOleCompound(bytes)) {
    return {
      ok: false,
      error: '这是旧版 Word 97-2003 文档（.doc）或加密文档，无法直接读取：请在 Word 或 WPS 中“另存为” .docx 格式后再打开。',
    }
  }
  if (!isZip(bytes)) {
    return { ok: false, error: '文件不是有效的 Word 文档（.docx）：文件内容不是 zip 格式，可能已损坏，或只是把扩展名改成了 .docx。' }
  }
  let files: Record<string, Uint8Array>
  let declared = 0
  try {
    // The directory says which parts there are and their declared sizes (a quick refusal)…
    unzipSync(bytes, {
      filter: (f) => {
        if (f.name === DOCUMENT_PATH) declared = f.originalSize
        return false
      },
    })
    if (declared > MAX_XML_BYTES) return { ok: false, error: tooLargeMessage(declared) }
    // …but the inflated bytes are counted as they come, whatever was declared.
    files = inflateParts(bytes, { [DOCUMENT_PATH]: LIMITS.inflatedBytes, [CUSTOM_PATH]: MAX_CUSTOM_BYTES })
  } catch (e) {
    if (e instanceof LimitError) throw e
    return { ok: false, error: 'Word 文档（.docx）已损坏，无法解压：请在 Word 或 WPS 中打开后重新保存，再试一次。' }
  }
  const doc = files[DOCUMENT_PATH]
  if (!doc) {
    return {
      ok: false,
      error: '文件是 zip 压缩包，但其中没有 Word 正文（word/document.xml）：这不是 Word 文档，可能是 Excel、WPS 表格或其他压缩文件。',
    }
  }
  try {
    const custom = files[CUSTOM_PATH]
    return { ok: true, xml: strFromU8(doc), custom: custom ? strFromU8(custom) : null }
  } catch {
    return { ok: false, error: 'Word 正文的文字编码无法识别，文档可能已损坏。' }
  }
}

/**
 * Inflates the named entries, each up to its limit, counting the bytes as they are inflated.
 * The document part over its limit throws LimitError; another part over its limit is left out.
 */
function inflateParts(bytes: Uint8Array, limits: Record<string, number>): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {}
  const unzip = new Unzip()
  unzip.register(UnzipInflate)
  let failure: unknown = null
  unzip.onfile = (file) => {
    const limit = limits[file.name]
    if (limit === undefined || out[file.name]) return
    const chunks: Uint8Array[] = []
    let size = 0
    let dropped = false
    file.ondata = (err, chunk, final) => {
      if (err) {
        failure ??= err
        return
      }
      if (dropped) return
      size += chunk.length
      if (size > limit) {
        // Every part over its limit stops inflating at once: a bomb in an optional part (say a
        // huge docProps/custom.xml) is dropped without costing the time to inflate it.
        dropped = true
        file.terminate()
        if (file.name === DOCUMENT_PATH) failure ??= new LimitError(limitText.inflated('Word 正文（word/document.xml）'))
        return
      }
      chunks.push(chunk)
      if (final) out[file.name] = concat(chunks, size)
    }
    file.start()
  }
  unzip.push(bytes, true)
  if (failure) throw failure
  return out
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!
  const out = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}
