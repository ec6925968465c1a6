// The autosave's status ("已自动保存 10:32:05", failed, paused) in a tiny store. A save lands every
// quarter second while the user types; held in the editor's state, each one re-rendered the whole
// editor. Here only the status line re-renders, and the editor only when the kind changes.
import { useCallback, useSyncExternalStore } from 'react'

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'conflict' }

const IDLE: SaveStatus = { kind: 'idle' }

export interface SaveStatusStore {
  /** The status of the report with this id ('idle' while another report's status is held). */
  get(reportId: string | null): SaveStatus
  set(reportId: string | null, status: SaveStatus): void
  subscribe(listener: () => void): () => void
}

export function createSaveStatusStore(): SaveStatusStore {
  let held: { id: string | null; status: SaveStatus } = { id: null, status: IDLE }
  const listeners = new Set<() => void>()
  return {
    get: (reportId) => (held.id === reportId ? held.status : IDLE),
    set(reportId, status) {
      held = { id: reportId, status }
      listeners.forEach((l) => l())
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** The full status, for the status line: re-renders on every save. */
export function useSaveStatus(store: SaveStatusStore, reportId: string | null): SaveStatus {
  return useSyncExternalStore(store.subscribe, () => store.get(reportId))
}

/** What the editor shows banners for: re-renders only when it changes, not on every save. */
export function useSaveProblem(store: SaveStatusStore, reportId: string | null): { conflict: boolean; failure: string } {
  const key = useSyncExternalStore(store.subscribe, () => {
    const s = store.get(reportId)
    return s.kind === 'conflict' ? 'conflict' : s.kind === 'failed' ? `failed:${s.reason}` : ''
  })
  return { conflict: key === 'conflict', failure: key.startsWith('failed:') ? key.slice('failed:'.length) : '' }
}

/** A stable setter for the open report. */
export function useSetSaveStatus(store: SaveStatusStore, reportId: string | null) {
  return useCallback((status: SaveStatus) => store.set(reportId, status), [store, reportId])
}
