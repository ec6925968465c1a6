// 打印 and the browser's own print command (Ctrl+P, the menu) alike print the report, never the
// app: the print view (preview/print-report.tsx) loads at idle after start-up, so it is there
// offline and from any section, and draws the current report at `beforeprint`, synchronously,
// before the browser lays out the printed pages. After printing it is emptied again.
import { useCallback, useEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import type { Report } from '@/report/schema'
import { whenIdle } from '@/lib/when-idle'

const loadPrintView = () => import('@/preview/print-report')
type PrintModule = Awaited<ReturnType<typeof loadPrintView>>

export function usePrint(currentReport: () => Report) {
  const [view, setView] = useState<PrintModule | null>(null)
  const [report, setReport] = useState<Report | null>(null)

  useEffect(() => {
    let live = true
    whenIdle(() => void loadPrintView().then((m) => live && setView(() => m)).catch(() => {}), 2000)
    const before = () => flushSync(() => setReport(currentReport()))
    const after = () => setReport(null)
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      live = false
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
    }
  }, [currentReport])

  /** 打印: the print view loaded (if start-up has not done it yet) and drawn, then the dialog. */
  const print = useCallback(async () => {
    const m = view ?? await loadPrintView()
    flushSync(() => {
      setView(() => m)
      setReport(currentReport())
    })
    window.print()
  }, [view, currentReport])

  const element = view ? <view.PrintReport report={report} /> : null
  return { print, element }
}
