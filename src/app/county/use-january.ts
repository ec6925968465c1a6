// The review rows with the county office's January applied (january.ts): triage marks, the rule
// pack's findings and score, rounds, lateness against the roster's 截止日期, and the units' status.
import { useCallback, useMemo } from 'react'
import { copyCheck, type CopyPair } from '@/report/county/copy-check'
import { januaryReview, type UnitRow } from '@/report/county/january'
import type { WorkspaceDB } from '@/lib/workspace-db'
import type { Notify } from '../toasts'
import type { ReviewRow } from '@/report/county/review-batch'
import { useJanuarySettings } from './use-january-settings'
import { localIsoMinute } from '../format-time'

/** An ISO time as the local date and time, so that 截止日期 is the office's calendar day. */
const localTime = (iso: string | null): string | null => (iso ? localIsoMinute(iso) : null)

export function useJanuary(db: WorkspaceDB, base: ReviewRow[] | null, notify: Notify) {
  const onFailure = useCallback(() => notify('无法把名单、评分规则或问题处理存入浏览器（存储空间可能已满）：本次改动在关闭页面后会丢失', 'error'), [notify])
  const { settings, update, mark } = useJanuarySettings(db, onFailure)

  const result = useMemo(() => {
    if (!base || !settings) return null
    const { rows, units } = januaryReview(base.map((r) => ({ id: r.id, report: r.report, receivedAt: localTime(r.receivedAt), issues: r.issues, round: r.round })), settings)
    return {
      rows: base.map((r): ReviewRow => {
        const j = rows.get(r.id)!
        return { ...r, errors: j.errors, warnings: j.warnings, errorRules: j.errorRules, receivedAt: localTime(r.receivedAt), january: j }
      }),
      units,
    }
  }, [base, settings])

  // The matching passages are needed only when a copy was found and a reviewer looks at it.
  const pairs = useMemo((): CopyPair[] => {
    if (!base?.some((r) => r.issues.some((i) => i.ruleId === 'X-COPY-UNIT'))) return []
    return copyCheck(base.map((r) => ({ id: r.id, report: r.report }))).pairs
  }, [base])
  const pairsOf = useCallback((id: string) => pairs.filter((p) => p.a === id || p.b === id), [pairs])
  const agencyOf = useCallback((id: string) => base?.find((r) => r.id === id)?.agency ?? '', [base])

  const rows = result?.rows ?? (base && settings ? [] : null)
  const units: UnitRow[] = result?.units ?? []
  const unmatched = (result?.rows ?? []).filter((r) => r.january?.unmatched).map((r) => r.agency)
  return { settings, update, mark, rows: base && settings ? rows : null, units, unmatched, roster: (settings?.roster.length ?? 0) > 0, pairsOf, agencyOf }
}
