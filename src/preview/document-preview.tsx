// A4 preview of the document, drawn from the same render model and page metrics as the Word
// export. Memoised: the caller passes a new report only after the user pauses typing.
// Plain divs, not h1/h2: the preview repeats the form's captions and must not add to the page's
// heading outline. Class names carry the dp- prefix to stay clear of the app's styles.
import { memo, useMemo, type CSSProperties } from 'react'
import { signatureLayout, type Placement } from '@/report/page-metrics'
import { toRenderModel, type RenderTableCell, type SignatureBlock, type TableBlock } from '@/report/render-model'
import type { Report } from '@/report/schema'
import { PAGE_STYLE, pt } from './page-style'
import { paginate, type PageItem, type TextLine } from './paginate'
import './document-preview.css'

function Line({ line }: { line: TextLine }) {
  const className = ['dp-line', line.first && 'dp-line--first', !line.last && 'dp-line--full'].filter(Boolean).join(' ')
  return (
    <div className={className}>
      {line.runIn && <span className="dp-runin">{line.runIn}</span>}
      {line.text}
    </div>
  )
}

function Cell({ cell }: { cell: RenderTableCell }) {
  return (
    <td
      colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
      className={`dp-cell dp-cell--${cell.role} dp-cell--${cell.align}`}
      data-cell-ref={cell.cellId}
    >
      {cell.text}
    </td>
  )
}

function Table({ block, widths }: { block: TableBlock; widths: number[] }) {
  return (
    <table className="dp-table" data-table={block.tableId}>
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
    <div className="dp-signature">
      <div className="dp-line" style={placement(layout.agency)}>
        {block.agency}
      </div>
      {layout.date && (
        <div className="dp-line" style={placement(layout.date)}>
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
        <div className="dp-title">
          {item.lines.map((l, i) => (
            <span key={i}>{l}</span>
          ))}
        </div>
      )
    case 'blank':
      return <div className="dp-line" aria-hidden="true" />
    case 'heading':
      return <div className="dp-line dp-line--first dp-heading">{item.text}</div>
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

/**
 * One sheet. A new report re-renders only the sheets whose content changed (`content`, the
 * sheet's items as text): a number typed into one table redraws that table's page, not the
 * thousands of lines and cells of the others.
 */
const Page = memo(
  function Page({ items, p }: { items: PageItem[]; p: number; content: string }) {
    return (
      <section className="dp-page" data-preview-page={p + 1} aria-label={`第 ${p + 1} 页`}>
        <div className="dp-page__body">
          {items.map((item, i) => (
            <Item key={i} item={item} />
          ))}
        </div>
        <div className={`dp-page__number dp-page__number--${(p + 1) % 2 === 1 ? 'odd' : 'even'}`}>{`— ${p + 1} —`}</div>
      </section>
    )
  },
  (a, b) => a.p === b.p && a.content === b.content,
)

export const DocumentPreview = memo(function DocumentPreview({ report, scale = 0.6 }: DocumentPreviewProps) {
  const pages = useMemo(() => paginate(toRenderModel(report)), [report])
  return (
    <div className="dp-preview" style={{ ...PAGE_STYLE, '--dp-scale': scale } as CSSProperties} aria-label="文档预览">
      {pages.map((items, p) => (
        <Page key={p} items={items} p={p} content={JSON.stringify(items)} />
      ))}
    </div>
  )
})
