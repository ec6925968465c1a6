// Work that should not land in a keystroke's frame (a save, showing check results) runs when the
// main thread is idle, and after `timeoutMs` at the latest.
export function whenIdle(work: () => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: timeoutMs })
  else window.setTimeout(work, 0)
}
