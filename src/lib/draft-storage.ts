// The draft lives in localStorage so a reload or a crashed tab loses nothing. A stored draft
// that no longer parses is moved aside under its own key (never overwritten) and reported.
import { parseReport } from '@/report/parse-report'
import type { Report } from '@/report/schema'

export const DRAFT_KEY = 'gov-info-annual-report:draft'
const DAMAGED_PREFIX = 'gov-info-annual-report:damaged:'
const BASELINE_KEY = 'gov-info-annual-report:baseline'

interface StoredDraft {
  savedAt: string
  report: Report
}

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'loaded'; draft: StoredDraft }
  | { kind: 'damaged'; keptAs: string; reason: string }
  | { kind: 'unavailable'; reason: string }

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

export function loadDraft(): LoadResult {
  const store = storage()
  if (!store) return { kind: 'unavailable', reason: '浏览器禁止了本地存储（可能处于无痕/隐私模式）' }
  let raw: string | null
  try {
    raw = store.getItem(DRAFT_KEY)
  } catch {
    return { kind: 'unavailable', reason: '无法读取浏览器本地存储' }
  }
  if (raw === null) return { kind: 'empty' }
  let reason = ''
  try {
    const data = JSON.parse(raw) as { savedAt?: unknown; report?: unknown }
    const parsed = parseReport(data.report)
    if (parsed.ok) return { kind: 'loaded', draft: { savedAt: String(data.savedAt ?? ''), report: parsed.report } }
    reason = parsed.errors[0] ?? ''
  } catch {
    reason = '草稿数据不是有效的 JSON'
  }
  const keptAs = `${DAMAGED_PREFIX}${new Date().toISOString()}`
  try {
    store.setItem(keptAs, raw)
    store.removeItem(DRAFT_KEY)
  } catch {
    // Could not move it: leave the damaged draft where it is rather than lose it.
    return { kind: 'damaged', keptAs: DRAFT_KEY, reason }
  }
  return { kind: 'damaged', keptAs, reason }
}

export type SaveResult =
  | { ok: true; savedAt: string }
  | { ok: false; reason: string; conflict?: { savedAt: string } }

/** When the stored draft was saved, or null if there is none (or it cannot be read). */
export function storedSavedAt(): string | null {
  try {
    const raw = storage()?.getItem(DRAFT_KEY)
    if (!raw) return null
    const savedAt = (JSON.parse(raw) as { savedAt?: unknown }).savedAt
    return typeof savedAt === 'string' ? savedAt : null
  } catch {
    return null
  }
}

/**
 * Saves the draft. `expected` is the savedAt this tab last wrote or loaded: if the stored draft
 * has changed since (another tab saved it), nothing is written and the conflict is returned, so
 * two tabs never silently overwrite each other. Pass `undefined` to overwrite regardless.
 */
export function saveDraft(report: Report, expected?: string | null): SaveResult {
  const store = storage()
  if (!store) return { ok: false, reason: '浏览器禁止了本地存储（可能处于无痕/隐私模式）' }
  if (expected !== undefined) {
    const current = storedSavedAt()
    if (current !== null && current !== expected) {
      return { ok: false, reason: '此报告已在另一个标签页中修改', conflict: { savedAt: current } }
    }
  }
  // Strictly increasing, so two saves in the same millisecond still differ.
  let savedAt = new Date().toISOString()
  if (savedAt === expected) savedAt = new Date(Date.now() + 1).toISOString()
  try {
    store.setItem(DRAFT_KEY, JSON.stringify({ savedAt, report } satisfies StoredDraft))
    return { ok: true, savedAt }
  } catch (e) {
    const full = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22)
    return { ok: false, reason: full ? '浏览器本地存储空间已满' : '无法写入浏览器本地存储' }
  }
}

export function loadBaseline(): Report | null {
  const raw = storage()?.getItem(BASELINE_KEY)
  if (!raw) return null
  try {
    const parsed = parseReport(JSON.parse(raw))
    return parsed.ok ? parsed.report : null
  } catch {
    return null
  }
}

export function saveBaseline(report: Report | null): void {
  try {
    if (report) storage()?.setItem(BASELINE_KEY, JSON.stringify(report))
    else storage()?.removeItem(BASELINE_KEY)
  } catch {
    // The baseline only enables warnings; losing it loses nothing the user typed.
  }
}
