// A tiny external store of the current check results, so that each table cell subscribes to
// its own messages only: a new validation run re-renders the cells whose messages changed,
// not the whole grid.
import { useSyncExternalStore } from 'react'
import type { Issue } from '@/report/issue'

export type PageStatus = 'empty' | 'error' | 'warning' | 'done'

export interface IssueStore {
  /** `sources`: where an imported file's numbers came from (IMPORT-SOURCE notes), by cell. */
  set(issues: Issue[], status: Record<string, PageStatus>, sources?: Issue[]): void
  all(): Issue[]
  status(): Record<string, PageStatus>
  forCell(id: string): string
  /** Where the cell's number was read from, and any doubt about it ('' when typed). */
  sourceOf(id: string): string
  subscribe(listener: () => void): () => void
}

export function createIssueStore(): IssueStore {
  let issues: Issue[] = []
  let status: Record<string, PageStatus> = {}
  let byCell = new Map<string, string>()
  let sourceByCell = new Map<string, string>()
  const listeners = new Set<() => void>()
  return {
    set(next, nextStatus, sources = []) {
      const notes = new Map<string, string[]>()
      const note = (cell: string, text: string) => notes.set(cell, [...(notes.get(cell) ?? []), text])
      for (const s of sources) for (const cell of s.cells) note(cell, `来源：${s.message}`)
      for (const i of next) if (i.ruleId === 'IMPORT-GUESS') for (const cell of i.cells) note(cell, `读取存疑：${i.message}`)
      sourceByCell = new Map([...notes].map(([k, v]) => [k, v.join('\n')]))
      issues = next
      status = nextStatus
      const map = new Map<string, string[]>()
      for (const issue of next) {
        // Warnings are listed in the check panel; cells are outlined for errors only.
        if (issue.severity !== 'error' || issue.quiet) continue
        for (const cell of issue.cells) map.set(cell, [...(map.get(cell) ?? []), issue.message])
      }
      byCell = new Map([...map].map(([k, v]) => [k, v.join('\n')]))
      listeners.forEach((l) => l())
    },
    all: () => issues,
    status: () => status,
    forCell: (id) => byCell.get(id) ?? '',
    sourceOf: (id) => sourceByCell.get(id) ?? '',
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** Error messages of one cell, joined by newlines ('' when none). */
export function useCellIssues(store: IssueStore, id: string): string {
  return useSyncExternalStore(store.subscribe, () => store.forCell(id))
}

export function useCellSource(store: IssueStore, id: string): string {
  return useSyncExternalStore(store.subscribe, () => store.sourceOf(id))
}

export function useAllIssues(store: IssueStore): Issue[] {
  return useSyncExternalStore(store.subscribe, store.all)
}

export function usePageStatus(store: IssueStore): Record<string, PageStatus> {
  return useSyncExternalStore(store.subscribe, store.status)
}
