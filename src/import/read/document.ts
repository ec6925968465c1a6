// The one document model every format is read into (issue 19): the body in reading order,
// paragraphs as plain text and tables as rows of raw cells with their spans. The .docx, web page
// and PDF adapters (formats/*) build it; everything after it (outline, tables by captions, table
// readers, published totals, findings) is shared (read/read-document.ts).
import type { Issue } from '../../report/issue'
import type { DocProperties } from '../formats/docx/doc-properties'
import type { RawRow } from '../../report/table-grid'

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; rows: RawRow[] }
  /** A picture in the flow (a table published as an image): where it is, in the user's words ("第 3 页"). */
  | { kind: 'picture'; where: string }

export interface SourceDocument {
  blocks: Block[]
  /** What the adapter noticed (a table printed as a picture, a page without text, …). */
  notes: Issue[]
  /** Kept by this app's own .docx export beyond the printed page. */
  properties?: DocProperties
  /** "第 2 个表格" by default; a PDF cell carries its own page and line. */
  tableName?: (index: number) => string
}
