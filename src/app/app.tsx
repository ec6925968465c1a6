import { SECTIONS } from '@/report/sections'

export function App() {
  return (
    <main>
      <h1>政府信息公开工作年度报告</h1>
      <ol>
        {SECTIONS.map((s) => (
          <li key={s.id}>{s.heading}</li>
        ))}
      </ol>
    </main>
  )
}
