// Where the app kept its one draft before the workspace, and whether one is still there. Kept apart
// from legacy-draft.ts so that start-up reads one localStorage key and loads the migration (and
// its report parser) only for a browser that still has such a draft.

export const DRAFT_KEY = 'gov-info-annual-report:draft'

export function hasLegacyDraft(): boolean {
  try {
    return window.localStorage.getItem(DRAFT_KEY) !== null
  } catch {
    return false
  }
}
