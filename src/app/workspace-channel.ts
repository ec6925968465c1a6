// Tabs of the app tell each other what they saved (BroadcastChannel): a tab editing the same report
// pauses before it would overwrite the other's change, and 我的报告 refreshes its list. The
// revision check inside every save transaction (lib/workspace.ts) is the guarantee; this only
// makes the other tab notice at once rather than at its next save.

export type WorkspaceMessage =
  | { type: 'saved'; id: string; revision: number; tab: string }
  | { type: 'changed'; tab: string }

const CHANNEL = 'gov-info-annual-report:workspace'
/** This tab, so that it ignores its own messages. */
const TAB_ID = Math.random().toString(36).slice(2)

let channel: BroadcastChannel | null | undefined

function get(): BroadcastChannel | null {
  if (channel === undefined) channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL)
  return channel
}

export function announceSaved(id: string, revision: number): void {
  get()?.postMessage({ type: 'saved', id, revision, tab: TAB_ID } satisfies WorkspaceMessage)
}

/** Reports were added, deleted or restored: lists elsewhere refresh. */
export function announceChanged(): void {
  get()?.postMessage({ type: 'changed', tab: TAB_ID } satisfies WorkspaceMessage)
}

export function onWorkspaceMessage(listener: (message: WorkspaceMessage) => void): () => void {
  const ch = get()
  if (!ch) return () => {}
  const handler = (e: MessageEvent<WorkspaceMessage>) => {
    if (e.data?.tab !== TAB_ID) listener(e.data)
  }
  ch.addEventListener('message', handler)
  return () => ch.removeEventListener('message', handler)
}
