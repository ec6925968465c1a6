// The .docx adapter: a report written in Word or WPS (2021 format), or exported by this app →
// the document model (word/document.xml's body in reading order, and the custom properties this
// app's export keeps), then the shared reading.
import { finding, importError, type ImportResult } from '../../import-result'
import { readDocument } from '../../read/read-document'
import { stripForbiddenXml } from '../../xml-tree'
import { readDocProperties } from './doc-properties'
import { readBlocks } from './docx-blocks'
import { readDocumentXml } from './unzip-docx'

export function importDocx(bytes: Uint8Array): ImportResult {
  const unzipped = readDocumentXml(bytes)
  if (!unzipped.ok) return importError(unzipped.error)
  const stripped = stripForbiddenXml(unzipped.xml)
  const parsed = readBlocks(stripped.xml)
  if (!parsed.ok) return importError(parsed.error)
  const notes = stripped.removed > 0
    ? [finding('IMPORT-CLEAN', 'warning', 'meta', [],
      `文档中有 ${stripped.removed} 个无法写入 Word 文档的字符（控制字符或 U+FFFE/U+FFFF，不可见），已删除`)]
    : []
  return readDocument({ blocks: parsed.blocks, notes, properties: readDocProperties(unzipped.custom) })
}
