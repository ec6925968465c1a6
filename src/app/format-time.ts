const pad = (n: number) => String(n).padStart(2, '0')

/** "2026-01-12 09:05" in local time, for lists of reports and versions. */
export function formatTime(iso: string): string {
  const d = new Date(iso)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** "09:05:31" in local time, for the save status. */
export function formatClock(iso: string): string {
  const d = new Date(iso)
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
}

/**
 * "2026-01-12T09:05" in local time: the office's calendar day and time, in the ISO order that
 * sorts and compares as text (the roster's 截止日期, rounds of submission).
 */
export function localIsoMinute(iso: string): string {
  const d = new Date(iso)
  return `${localIsoDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** "2026-01-12": the local calendar day of `d`. */
export function localIsoDate(d: Date = new Date()): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}
