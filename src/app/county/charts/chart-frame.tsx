// One chart of the county dashboard: an SVG with its title, a legend, and its table alternative
// (drawn on request on screen and always in print; screen readers get it instead of the SVG).
import { useId, useState, type ReactNode } from 'react'
import { usePrinting } from '../use-printing'

export const BAR = 16
export const GAP = 6
export const LABEL_WIDTH = 190
export const PLOT_WIDTH = 520

export const COLORS = ['#2f6db5', '#6aa84f', '#c0392b', '#8e6c00', '#7d4fa0', '#5b6770']

interface Props {
  title: string
  note?: string
  legend?: readonly { label: string; color: string }[]
  height: number
  svg: ReactNode
  table: ReactNode
}

export function ChartFrame({ title, note, legend, height, svg, table }: Props) {
  const id = useId()
  const [showTable, setShowTable] = useState(false)
  const printing = usePrinting()
  return (
    <figure className="county-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      {legend && (
        <ul className="chart-legend" aria-hidden>
          {legend.map((l) => <li key={l.label}><span className="swatch" style={{ background: l.color }} />{l.label}</li>)}
        </ul>
      )}
      <svg className="chart-svg" viewBox={`0 0 ${LABEL_WIDTH + PLOT_WIDTH + 60} ${height}`} style={{ maxWidth: LABEL_WIDTH + PLOT_WIDTH + 60 }} aria-hidden focusable="false">
        {svg}
      </svg>
      {note && <p className="muted chart-note">{note}</p>}
      <button type="button" className="link" aria-expanded={showTable} onClick={() => setShowTable(!showTable)}>{showTable ? '隐藏数据表' : '显示数据表'}</button>
      {/* Drawn when asked for and in print: 500 units' tables would cost the dashboard its speed. */}
      {(showTable || printing) && <table className="chart-table" aria-label={`${title}（数据表）`}>{table}</table>}
    </figure>
  )
}

/** Bar length for a value against the largest one. */
export const scale = (max: number) => (v: number) => (max > 0 ? (v / max) * PLOT_WIDTH : 0)
