// The county's January settings are written to the browser's storage once per change, outside
// React's state updaters (StrictMode runs an updater twice), each change building on the last.
import 'fake-indexeddb/auto'
import { act, renderHook, waitFor } from '@testing-library/react'
import { StrictMode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { issue } from '@/report/issue'
import { triageIssues } from '@/report/county/triage'
import { getSetting, setSetting } from '@/lib/workspace'
import { openWorkspaceDB } from '@/lib/workspace-db'
import { useJanuarySettings, type JanuaryStored } from './use-january-settings'

// Every export spied on, each still doing what it does.
vi.mock('@/lib/workspace', { spy: true })

const finding = triageIssues('伊川县白沙镇人民政府', 2024, [issue('T3-BALANCE', 'error', 'requests', ['table3/carriedForward/naturalPerson'], '不平衡')], {})[0]!

describe('useJanuarySettings', () => {
  it('writes each change once, even in StrictMode, and the next change keeps the one before', async () => {
    const db = await openWorkspaceDB('january-settings-1')
    const onFailure = vi.fn()
    const writes = vi.mocked(setSetting)
    writes.mockClear()
    const { result } = renderHook(() => useJanuarySettings(db, onFailure), { wrapper: StrictMode })
    await waitFor(() => expect(result.current.settings).not.toBeNull())
    const ignored = { state: 'ignored' as const, reason: '已核实', at: '2025-01-20T10:00' }
    act(() => {
      // Two changes in one event: the mark must not drop the 截止日期 set just before.
      result.current.update({ deadline: '2025-01-31' })
      result.current.mark(finding, ignored)
    })
    expect(writes).toHaveBeenCalledTimes(2)
    const expected = { deadline: '2025-01-31', marks: { [finding.fingerprint]: ignored } }
    expect(result.current.settings).toMatchObject(expected)
    expect(writes.mock.calls[1]![2]).toEqual(result.current.settings)
    await waitFor(async () => expect(await getSetting<JanuaryStored>(db, 'countyJanuary')).toMatchObject(expected))
    expect(onFailure).not.toHaveBeenCalled()

    // What was kept is what the next visit starts from.
    const { result: next } = renderHook(() => useJanuarySettings(db, onFailure), { wrapper: StrictMode })
    await waitFor(() => expect(next.current.settings).toMatchObject(expected))
    db.close()
  })
})
