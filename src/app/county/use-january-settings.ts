// What the county office sets for its January, kept in the workspace settings of this browser:
// the roster and its 截止日期, the rule pack, the triage marks, and the letters' sender and due date.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { RosterUnit } from '@/report/county/roster'
import type { RulePack } from '@/report/county/rule-pack'
import { withMark, type TriagedIssue, type TriageMark, type TriageMarks } from '@/report/county/triage'
import { getSetting, setSetting } from '@/lib/workspace'
import type { WorkspaceDB } from '@/lib/workspace-db'

const SETTING = 'countyJanuary'

export interface JanuaryStored {
  roster: RosterUnit[]
  deadline: string | null
  pack: RulePack | null
  marks: TriageMarks
  office: string
  resubmitBy: string | null
}

/** Who signs the letters until the office names itself. */
export const DEFAULT_OFFICE = '县政务公开办'

const EMPTY: JanuaryStored = { roster: [], deadline: null, pack: null, marks: {}, office: DEFAULT_OFFICE, resubmitBy: null }

export function useJanuarySettings(db: WorkspaceDB, onFailure: () => void) {
  const [settings, setSettings] = useState<JanuaryStored | null>(null)
  // The value last set, read by the next change: two changes in one event (the roster, then its
  // 截止日期) each build on the one before, without a state updater (updaters must be pure: React
  // may run them twice, and a write to the browser's storage in one would be made twice).
  const latest = useRef<JanuaryStored | null>(null)

  useEffect(() => {
    let cancelled = false
    void getSetting<Partial<JanuaryStored>>(db, SETTING).then((saved) => {
      if (cancelled) return
      latest.current = { ...EMPTY, ...saved }
      setSettings(latest.current)
    })
    return () => {
      cancelled = true
    }
  }, [db])

  /** Sets the next value, then keeps it: computed first, written once. */
  const commit = useCallback((next: JanuaryStored) => {
    latest.current = next
    setSettings(next)
    setSetting(db, SETTING, next).catch(onFailure)
  }, [db, onFailure])

  const update = useCallback((change: Partial<JanuaryStored>) => commit({ ...(latest.current ?? EMPTY), ...change }), [commit])

  const mark = useCallback((finding: TriagedIssue, value: TriageMark | null) => {
    const current = latest.current ?? EMPTY
    commit({ ...current, marks: withMark(current.marks, finding, value) })
  }, [commit])

  return { settings, update, mark }
}
