// The county page's view — filters, sort, selection, scroll, the report being triaged — kept for
// the session outside React, so that opening a report in the editor and coming back finds the
// page as the reviewer left it (the page itself unmounts while the editor is shown).
import type { SortingState } from '@tanstack/react-table'

export interface CountyView {
  selected: ReadonlySet<string>
  onlyErrors: boolean
  unitType: string
  year: string
  query: string
  sorting: SortingState
  scrollTop: number
  triageId: string | null
}

let view: CountyView = {
  selected: new Set(), onlyErrors: false, unitType: '', year: '', query: '', sorting: [{ id: 'errors', desc: true }], scrollTop: 0, triageId: null,
}

export const countyView = (): CountyView => view

export function saveCountyView(change: Partial<CountyView>): void {
  view = { ...view, ...change }
}
