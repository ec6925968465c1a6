// What the county office sets for its January, kept in the workspace settings of this browser:
// the roster and its 截止日期, the rule pack, the triage marks, and the letters' sender and due date.
import { useCallback, useEffect, useState } from 'react'
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

  useEffect(() => {
    let cancelled = false
    void getSetting<Partial<JanuaryStored>>(db, SETTING).then((saved) => {
      if (!cancelled) setSettings({ ...EMPTY, ...saved })
    })
    return () => {
      cancelled = true
    }
  }, [db])

  const update = useCallback((change: Partial<JanuaryStored>) => {
    setSettings((current) => {
      const next = { ...(current ?? EMPTY), ...change }
      setSetting(db, SETTING, next).catch(onFailure)
      return next
    })
  }, [db, onFailure])

  const mark = useCallback((finding: TriagedIssue, value: TriageMark | null) => {
    setSettings((current) => {
      const marks = withMark((current ?? EMPTY).marks, finding, value)
      const next = { ...(current ?? EMPTY), marks }
      setSetting(db, SETTING, next).catch(onFailure)
      return next
    })
  }, [db, onFailure])

  return { settings, update, mark }
}
