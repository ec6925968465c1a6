// Shared, non-form state of the editor: the check results store and navigation.
import { createContext, useContext } from 'react'
import type { SectionId } from '@/report/sections'
import type { IssueStore } from './issue-store'
import type { UndoHistory } from './undo-history'

/** 'workspace' is 我的报告, 'county' 汇总审核; the others are the open report's pages. */
export type PageId = 'workspace' | 'county' | 'meta' | SectionId | 'review'

export interface EditorContextValue {
  issues: IssueStore
  /** Undo and redo of the open report. */
  history: UndoHistory
  goTo(page: PageId, focus?: string): void
  notify(message: string, tone?: 'info' | 'error'): void
}

export const EditorContext = createContext<EditorContextValue | null>(null)

export function useEditor(): EditorContextValue {
  const ctx = useContext(EditorContext)
  if (!ctx) throw new Error('EditorContext missing')
  return ctx
}
