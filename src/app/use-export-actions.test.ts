import { describe, expect, it, vi } from 'vitest'
import { createEmptyReport } from '@/report/default-report'
import { useExportActions } from './use-export-actions'

// The check's chunk cannot be loaded (offline after an update, say).
vi.mock('@/worker/browser-jobs', () => {
  throw new Error('Failed to fetch dynamically imported module')
})

describe('useExportActions', () => {
  it('says so when the check cannot run, for 导出 Word and 导出草稿 alike, and exports nothing', async () => {
    const notify = vi.fn()
    const exported = vi.fn(async () => {})
    const actions = useExportActions({ currentReport: () => createEmptyReport(2024), notify, previous: null, importFindings: [], showReview: vi.fn(), exported })
    await expect(actions.onExport()).resolves.toBeUndefined()
    await expect(actions.onExportDraft()).resolves.toBeUndefined()
    expect(notify).toHaveBeenCalledTimes(2)
    for (const [message, tone] of notify.mock.calls) {
      expect(tone).toBe('error')
      expect(message).toContain('导出失败')
    }
    expect(exported).not.toHaveBeenCalled()
  })
})
