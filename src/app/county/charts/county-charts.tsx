// 县域概览: the county at a glance, drawn as plain SVG (no chart library), loaded only with the
// county page's dashboard. Each chart has its data table as the alternative.
import { findingsByRule, OUTCOMES, statusCounts, type UnitFigures } from '@/report/county/chart-data'
import type { UnitStatus } from '@/report/county/roster'
import type { Issue } from '@/report/issue'
import { BAR, ChartFrame, COLORS, GAP, LABEL_WIDTH, PLOT_WIDTH, scale } from './chart-frame'
import { ruleName } from '@/report/rule-names'

/** Units drawn per chart; the table lists them all. */
const MAX_UNITS = 40

interface Props {
  units: UnitFigures[]
  issues: Issue[]
  statuses: UnitStatus[] | null
}

const label = (y: number, text: string) => <text x={LABEL_WIDTH - 6} y={y + BAR - 4} textAnchor="end" fontSize="12">{text.length > 14 ? `${text.slice(0, 13)}…` : text}</text>

function RequestsChart({ units }: { units: UnitFigures[] }) {
  const drawn = [...units].sort((a, b) => b.newReceived - a.newReceived).slice(0, MAX_UNITS)
  const max = Math.max(1, ...drawn.map((u) => Math.max(u.newReceived, u.outcomes.reduce((n, x) => n + x, 0))))
  const x = scale(max)
  const step = BAR * 2 + GAP * 2
  return (
    <ChartFrame title="各单位新收申请与办理结果" height={drawn.length * step + 10}
      legend={[{ label: '新收申请', color: '#9aa5b1' }, ...OUTCOMES.map((o, i) => ({ label: o.label, color: COLORS[i]! }))]}
      note={units.length > MAX_UNITS ? `图中只画出新收申请最多的 ${MAX_UNITS} 个单位，全部 ${units.length} 个单位见数据表` : undefined}
      svg={drawn.map((u, i) => {
        const y = i * step
        let offset = LABEL_WIDTH
        return (
          <g key={u.id} data-chart-unit={u.unit}>
            {label(y + BAR / 2, u.unit)}
            <rect x={LABEL_WIDTH} y={y} width={x(u.newReceived)} height={BAR - 2} fill="#9aa5b1" />
            <text x={LABEL_WIDTH + x(u.newReceived) + 4} y={y + BAR - 5} fontSize="11">{u.newReceived}</text>
            {u.outcomes.map((v, k) => {
              const w = x(v)
              const rect = <rect key={k} x={offset} y={y + BAR} width={w} height={BAR - 2} fill={COLORS[k]} />
              offset += w
              return rect
            })}
          </g>
        )
      })}
      table={<>
        <thead><tr><th scope="col">单位</th><th scope="col">新收申请</th>{OUTCOMES.map((o) => <th key={o.id} scope="col">{o.label}</th>)}</tr></thead>
        <tbody>{units.map((u) => <tr key={u.id}><th scope="row">{u.unit}</th><td>{u.newReceived}</td>{u.outcomes.map((v, k) => <td key={k}>{v}</td>)}</tr>)}</tbody>
      </>} />
  )
}

function ChangeChart({ units }: { units: UnitFigures[] }) {
  const withLast = units.filter((u) => u.lastYear !== null)
  if (withLast.length === 0) return null
  const drawn = withLast.slice(0, MAX_UNITS)
  const max = Math.max(1, ...drawn.map((u) => Math.abs(u.newReceived - u.lastYear!)))
  const half = PLOT_WIDTH / 2
  const mid = LABEL_WIDTH + half
  const step = BAR + GAP
  return (
    <ChartFrame title="新收申请与上年相比" height={drawn.length * step + 10}
      legend={[{ label: '增加', color: COLORS[0]! }, { label: '减少', color: COLORS[2]! }]}
      svg={<>
        <line x1={mid} x2={mid} y1={0} y2={drawn.length * step} stroke="#333" />
        {drawn.map((u, i) => {
          const d = u.newReceived - u.lastYear!
          const w = (Math.abs(d) / max) * half
          const y = i * step
          return (
            <g key={u.id}>
              {label(y, u.unit)}
              <rect x={d >= 0 ? mid : mid - w} y={y} width={w} height={BAR} fill={d >= 0 ? COLORS[0] : COLORS[2]} />
              <text x={d >= 0 ? mid + w + 4 : mid - w - 4} y={y + BAR - 4} fontSize="11" textAnchor={d >= 0 ? 'start' : 'end'}>{d > 0 ? `+${d}` : d}</text>
            </g>
          )
        })}
      </>}
      table={<>
        <thead><tr><th scope="col">单位</th><th scope="col">上年新收</th><th scope="col">本年新收</th><th scope="col">增减</th></tr></thead>
        <tbody>{withLast.map((u) => <tr key={u.id}><th scope="row">{u.unit}</th><td>{u.lastYear}</td><td>{u.newReceived}</td><td>{u.newReceived - u.lastYear!}</td></tr>)}</tbody>
      </>} />
  )
}

function RulesChart({ issues }: { issues: Issue[] }) {
  const rules = findingsByRule(issues)
  if (rules.length === 0) return null
  const x = scale(Math.max(1, ...rules.map((r) => r.errors + r.warnings)))
  const step = BAR + GAP
  return (
    <ChartFrame title="问题按规则统计（不含已忽略）" height={rules.length * step + 10}
      legend={[{ label: '错误', color: COLORS[2]! }, { label: '提醒', color: COLORS[3]! }]}
      svg={rules.map((r, i) => (
        <g key={r.rule}>
          {label(i * step, ruleName(r.rule))}
          <rect x={LABEL_WIDTH} y={i * step} width={x(r.errors)} height={BAR} fill={COLORS[2]} />
          <rect x={LABEL_WIDTH + x(r.errors)} y={i * step} width={x(r.warnings)} height={BAR} fill={COLORS[3]} />
          <text x={LABEL_WIDTH + x(r.errors + r.warnings) + 4} y={i * step + BAR - 4} fontSize="11">{r.errors + r.warnings}</text>
        </g>
      ))}
      table={<>
        <thead><tr><th scope="col">规则</th><th scope="col">错误</th><th scope="col">提醒</th></tr></thead>
        <tbody>{rules.map((r) => <tr key={r.rule}><th scope="row" data-rule-id={r.rule}>{ruleName(r.rule)}</th><td>{r.errors}</td><td>{r.warnings}</td></tr>)}</tbody>
      </>} />
  )
}

const STATUS_COLORS = { missing: '#5b6770', submitted: COLORS[3]!, errors: COLORS[2]!, passed: COLORS[1]! }

function StatusChart({ statuses }: { statuses: UnitStatus[] }) {
  const counts = statusCounts(statuses)
  const x = scale(Math.max(1, ...counts.map((c) => c.count)))
  const step = BAR + GAP
  return (
    <ChartFrame title="名单单位报送情况" height={counts.length * step + 10}
      svg={counts.map((c, i) => (
        <g key={c.status}>
          {label(i * step, c.label)}
          <rect x={LABEL_WIDTH} y={i * step} width={x(c.count)} height={BAR} fill={STATUS_COLORS[c.status]} />
          <text x={LABEL_WIDTH + x(c.count) + 4} y={i * step + BAR - 4} fontSize="11">{c.count}</text>
        </g>
      ))}
      table={<>
        <thead><tr><th scope="col">状态</th><th scope="col">单位数</th></tr></thead>
        <tbody>{counts.map((c) => <tr key={c.status}><th scope="row">{c.label}</th><td>{c.count}</td></tr>)}</tbody>
      </>} />
  )
}

export function CountyCharts({ units, issues, statuses }: Props) {
  return (
    <section className="county-charts" aria-label="县域概览图表">
      <RequestsChart units={units} />
      <ChangeChart units={units} />
      <RulesChart issues={issues} />
      {statuses && statuses.length > 0 && <StatusChart statuses={statuses} />}
    </section>
  )
}
