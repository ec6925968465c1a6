// A tiny external store of the current check results, so that each table cell subscribes to
// its own messages only: a new validation run re-renders the cells whose messages changed,
// not the whole grid. A new blank report holds back the findings about blank fields of the sections
// the user has not yet left (they show as 未填写, neutral, not as red errors) until the user leaves the section or
// asks for 检查; a report opened from a file or one already worked on shows everything at once.
import { useSyncExternalStore } from 'react'
import type { Issue } from '@/report/issue'

export type PageStatus = 'empty' | 'error' | 'warning' | 'done'

export interface IssueStore {
  /** `blank`: the findings about things not filled in yet (they may be held back as 未填写). */
  set(issues: Issue[], status: Record<string, PageStatus>, blank?: ReadonlySet<Issue>): void
  all(): Issue[]
  status(): Record<string, PageStatus>
  forCell(id: string): string
  /** Shows the findings of a section the user has left (or of all sections) as they are. */
  reveal(section: string | 'all'): void
  /** Holds back every section's findings again (a new blank report) or none. */
  resetReveal(holdBack: boolean): void
  /** Whether a finding is held back (shown as 未填写, not outlined on its cells). */
  held(issue: Issue): boolean
  subscribe(listener: () => void): () => void
}

export function createIssueStore(): IssueStore {
  let issues: Issue[] = []
  let status: Record<string, PageStatus> = {}
  let byCell = new Map<string, string>()
  const listeners = new Set<() => void>()
  let revealed: Set<string> | 'all' = 'all'
  let blank: ReadonlySet<Issue> = new Set()
  const held = (issue: Issue) => revealed !== 'all' && !revealed.has(issue.section) && blank.has(issue)
  const publish = () => {
    const map = new Map<string, string[]>()
    for (const issue of issues) {
      // Warnings are listed in the check panel; cells are outlined for errors only.
      if (issue.severity !== 'error' || issue.quiet || held(issue)) continue
      for (const cell of issue.cells) map.set(cell, [...(map.get(cell) ?? []), issue.message])
    }
    byCell = new Map([...map].map(([k, v]) => [k, v.join('\n')]))
    listeners.forEach((l) => l())
  }
  return {
    set(next, nextStatus, nextBlank = new Set()) {
      issues = next
      status = nextStatus
      blank = nextBlank
      publish()
    },
    reveal(section) {
      if (revealed === 'all' || (section !== 'all' && revealed.has(section))) return
      if (section === 'all') revealed = 'all'
      else revealed.add(section)
      issues = [...issues]
      publish()
    },
    resetReveal(holdBack) {
      revealed = holdBack ? new Set() : 'all'
      issues = [...issues]
      publish()
    },
    held,
    all: () => issues,
    status: () => status,
    forCell: (id) => byCell.get(id) ?? '',
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

export function useAllIssues(store: IssueStore): Issue[] {
  return useSyncExternalStore(store.subscribe, store.all)
}

export function usePageStatus(store: IssueStore): Record<string, PageStatus> {
  return useSyncExternalStore(store.subscribe, store.status)
}
