// The editor's background work (the autosave, the checks, the preview) waits until the user
// pauses: no change to the report and no key pressed or pointer pressed for `quietMs`. While the
// user types into one cell after another, a click into the next cell is no change, but neither is
// it a pause: work started there would hold up the keys that follow it. `maxWaitMs` bounds the
// wait where work must not wait for ever (the autosave saves at least that often while the user
// keeps typing without a pause).
// A change costs an assignment: one timer is armed per pause, not one per keystroke.

let lastInput = 0
let listening = false

function listen(): void {
  if (listening || typeof document === 'undefined') return
  listening = true
  const mark = () => {
    lastInput = performance.now()
  }
  for (const type of ['keydown', 'pointerdown']) document.addEventListener(type, mark, { capture: true, passive: true })
}

export interface PauseTask {
  /** The report changed: run the work after the next pause. */
  changed(): void
  /** Whether a change waits for its pause. */
  pending(): boolean
  /** Forgets the pending change (the work is done or no longer wanted). */
  cancel(): void
}

export function afterPause(work: () => void, { quietMs, maxWaitMs = Infinity }: { quietMs: number; maxWaitMs?: number }): PauseTask {
  listen()
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastChange = 0
  let firstChange: number | null = null
  const fire = () => {
    timer = undefined
    if (firstChange === null) return
    const now = performance.now()
    const quiet = now - Math.max(lastChange, lastInput)
    const waited = now - firstChange
    if (quiet >= quietMs || waited >= maxWaitMs) {
      firstChange = null
      work()
      return
    }
    timer = setTimeout(fire, Math.max(1, Math.min(quietMs - quiet, maxWaitMs - waited)))
  }
  return {
    changed() {
      lastChange = performance.now()
      firstChange ??= lastChange
      timer ??= setTimeout(fire, quietMs)
    },
    pending: () => firstChange !== null,
    cancel() {
      firstChange = null
      if (timer !== undefined) clearTimeout(timer)
      timer = undefined
    },
  }
}
