// Whether the page is being printed: the county page then draws what it keeps out of the screen
// for speed (every row of the virtual table, the charts' data tables).
import { useSyncExternalStore } from 'react'

const printQuery = () => window.matchMedia('print')

export function usePrinting(): boolean {
  return useSyncExternalStore((changed) => {
    const query = printQuery()
    query.addEventListener('change', changed)
    return () => query.removeEventListener('change', changed)
  }, () => printQuery().matches)
}
