// A tiny external store of the current check results, so that each table cell subscribes to
// its own messages only: a new validation run re-renders the cells whose messages changed,
// not the whole grid. A new blank report holds back the findings about blank fields of the sections
// the user has not yet left (they show as 未填写, neutral, not as red errors) until the user leaves the section or
// asks for 检查; a report opened from a file or one already worked on shows everything at once.
import { useSyncExternalStore } from 'react'
import type { Issue } from '@/report/issue'

export type PageStatus = 'empty' | 'error' | 'warning' | 'done'

export interface IssueStore {
  /**
   * `sources`: where an imported file's numbers came from (IMPORT-SOURCE notes), by cell.
   * `blank`: the findings about things not filled in yet (they may be held back as 未填写).
   */
  set(issues: Issue[], status: Record<string, PageStatus>, sources?: Issue[], blank?: ReadonlySet<Issue>): void
  all(): Issue[]
  status(): Record<string, PageStatus>
  forCell(id: string): string
  /** Where the cell's number was read from, and any doubt about it ('' when typed). */
  sourceOf(id: string): string
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
  let sourceByCell = new Map<string, string>()
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
  // The last result as text: a check run after a keystroke often finds what the one before found,
  // and then nothing re-renders (the list, the section nav, the cells keep their snapshots).
  let signature = ''
  return {
    set(next, nextStatus, sources = [], nextBlank = new Set()) {
      const nextSignature = JSON.stringify([next, sources, next.map((i) => nextBlank.has(i))])
      const sameStatus = JSON.stringify(nextStatus) === JSON.stringify(status)
      if (nextSignature === signature && sameStatus) return
      if (!sameStatus) status = nextStatus
      if (nextSignature === signature) return listeners.forEach((l) => l())
      signature = nextSignature
      const notes = new Map<string, string[]>()
      const note = (cell: string, text: string) => notes.set(cell, [...(notes.get(cell) ?? []), text])
      for (const s of sources) for (const cell of s.cells) note(cell, `来源：${s.message}`)
      for (const i of next) if (i.ruleId === 'IMPORT-GUESS') for (const cell of i.cells) note(cell, `读取存疑：${i.message}`)
      sourceByCell = new Map([...notes].map(([k, v]) => [k, v.join('\n')]))
      issues = next
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
