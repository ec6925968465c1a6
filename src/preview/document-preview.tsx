// A4 preview of the document, drawn from the same render model and page metrics as the Word
// export. Memoised: the caller passes a deferred report (useDeferredValue) so typing stays fluent.
import { memo, useMemo, type CSSProperties } from 'react'
import { signatureLayout, type Placement } from '@/docx/metrics'
import { toRenderModel, type RenderTableCell, type SignatureBlock, type TableBlock } from '@/report/render-model'
import type { Report } from '@/report/schema'
import { paginate, type PageItem, type TextLine } from './paginate'
import './document-preview.css'

const pt = (twips: number) => `${twips / 20}pt`

function Line({ line }: { line: TextLine }) {
  const className = ['doc-line', line.first && 'doc-line--first', !line.last && 'doc-line--full'].filter(Boolean).join(' ')
  return (
    <div className={className}>
      {line.runIn && <span className="doc-runin">{line.runIn}</span>}
      {line.text}
    </div>
  )
}

function Cell({ cell }: { cell: RenderTableCell }) {
  return (
    <td
      colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
      className={`doc-cell doc-cell--${cell.role} doc-cell--${cell.align}`}
      data-cell-ref={cell.cellId}
    >
      {cell.text}
    </td>
  )
}

function Table({ block, widths }: { block: TableBlock; widths: number[] }) {
  return (
    <table className="doc-table" data-table={block.tableId}>
      <colgroup>
        {widths.map((w, i) => (
          <col key={i} style={{ width: pt(w) }} />
        ))}
      </colgroup>
      <tbody>
        {block.rows.map((cells, r) => (
          <tr key={r}>
            {cells.map((cell) => (
              <Cell key={cell.c} cell={cell} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const placement = (p: Placement): CSSProperties =>
  'right' in p ? { textAlign: 'right', paddingRight: pt(p.right) } : { textAlign: 'left', paddingLeft: pt(p.left) }

function Signature({ block }: { block: SignatureBlock }) {
  const layout = signatureLayout(block.agency, block.date)
  return (
    <div className="doc-signature">
      <div className="doc-line" style={placement(layout.agency)}>
        {block.agency}
      </div>
      {layout.date && (
        <div className="doc-line" style={placement(layout.date)}>
          {block.date}
        </div>
      )}
    </div>
  )
}

function Item({ item }: { item: PageItem }) {
  switch (item.kind) {
    case 'title':
      return (
        <h1 className="doc-title">
          {item.lines.map((l, i) => (
            <span key={i}>{l}</span>
          ))}
        </h1>
      )
    case 'blank':
      return <div className="doc-line" aria-hidden="true" />
    case 'heading':
      return <h2 className="doc-line doc-line--first doc-heading">{item.text}</h2>
    case 'line':
      return <Line line={item.line} />
    case 'table':
      return <Table block={item.block} widths={item.widths} />
    case 'signature':
      return <Signature block={item.block} />
  }
}

export interface DocumentPreviewProps {
  report: Report
  /** Zoom factor of the A4 sheets (1 = actual size at 96 dpi). */
  scale?: number
}

export const DocumentPreview = memo(function DocumentPreview({ report, scale = 0.6 }: DocumentPreviewProps) {
  const pages = useMemo(() => paginate(toRenderModel(report)), [report])
  return (
    <div className="doc-preview" style={{ '--doc-scale': scale } as CSSProperties} aria-label="文档预览">
      {pages.map((items, p) => (
        <section key={p} className="doc-page" data-page={p + 1} aria-label={`第 ${p + 1} 页`}>
          <div className="doc-page__body">
            {items.map((item, i) => (
              <Item key={i} item={item} />
            ))}
          </div>
          <div className={`doc-page__number doc-page__number--${(p + 1) % 2 === 1 ? 'odd' : 'even'}`}>{`— ${p + 1} —`}</div>
        </section>
      ))}
    </div>
  )
})
