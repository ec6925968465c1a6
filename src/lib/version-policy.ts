// How many versions a report keeps, and which go when there are too many: the recent ones all
// stay; older ones are thinned so that those kept spread over time (a version from every working
// day rather than fifty from the last afternoon). Pure, so it is tested on its own.

export const MAX_VERSIONS = 50
/** The newest versions are never thinned. */
const KEEP_RECENT = 15
/** A change after this long without one starts a new automatic version. */
export const IDLE_VERSION_MS = 10 * 60 * 1000

/**
 * Indexes (into `times`, oldest first) of the versions to delete so that `max` remain. The oldest
 * and the newest `keepRecent` stay; each drop removes the older version whose gap to its older
 * neighbour is smallest.
 */
export function versionsToThin(times: readonly number[], max = MAX_VERSIONS, keepRecent = KEEP_RECENT): number[] {
  const alive = times.map((t, i) => ({ t, i }))
  const drop: number[] = []
  while (alive.length > max) {
    const last = alive.length - Math.min(keepRecent, alive.length)
    let best = -1
    let bestGap = Infinity
    for (let k = 1; k < last; k++) {
      const gap = alive[k]!.t - alive[k - 1]!.t
      if (gap < bestGap) {
        bestGap = gap
        best = k
      }
    }
    // Nothing thinnable (max below keepRecent + 1): drop the oldest but one.
    if (best < 0) best = Math.min(1, alive.length - 1)
    drop.push(alive[best]!.i)
    alive.splice(best, 1)
  }
  return drop.sort((a, b) => a - b)
}
