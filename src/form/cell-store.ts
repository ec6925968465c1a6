// Per-cell subscriptions to the form's table values. react-hook-form's useWatch notifies every
// watcher of every change and lets each test the changed name against its own: with the 320
// cells and totals of table 3 that is hundreds of checks per keystroke. This store listens to the
// form once and calls only the listeners of the changed cell, so a keystroke re-renders the two or
// three totals that sum the cell and one balance chip (the input itself is uncontrolled and
// subscribes imperatively), and touches nothing else.
import { createContext, useContext, useMemo, useSyncExternalStore } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import type { CellPath, FormValues } from './form-values'

export interface CellStore {
  get(path: CellPath): number | null | undefined
  subscribe(paths: readonly CellPath[], listener: () => void): () => void
}

/** Listens to the form while it has listeners of its own (so creating it has no side effect). */
export function createCellStore(form: UseFormReturn<FormValues>): CellStore {
  const listeners = new Map<string, Set<() => void>>()
  const all = new Set<() => void>()
  let sub: { unsubscribe(): void } | null = null
  const onChange = (name: string | undefined) => {
    const exact = name ? listeners.get(name) : undefined
    if (exact) for (const l of exact) l()
    // A reset names nothing; setting a whole table names the table: every listener looks again.
    else if (!name || /^table\d$/.test(name)) for (const l of all) l()
  }
  return {
    get: (path) => form.getValues(path),
    subscribe(paths, listener) {
      all.add(listener)
      for (const p of paths) {
        let set = listeners.get(p)
        if (!set) listeners.set(p, (set = new Set()))
        set.add(listener)
      }
      sub ??= form.watch((_values, { name }) => onChange(name))
      return () => {
        all.delete(listener)
        for (const p of paths) listeners.get(p)?.delete(listener)
        if (all.size === 0) {
          sub?.unsubscribe()
          sub = null
        }
      }
    },
  }
}

export const CellStoreContext = createContext<CellStore | null>(null)

export function useCellStore(): CellStore {
  const store = useContext(CellStoreContext)
  if (!store) throw new Error('CellStoreContext missing')
  return store
}

/** A number derived from some cells (a sum); re-renders only when the number changes. */
export function useCellsDerived(paths: readonly CellPath[], derive: (values: (number | null | undefined)[]) => number): number {
  const store = useCellStore()
  const subscribe = useMemo(() => (listener: () => void) => store.subscribe(paths, listener), [store, paths])
  return useSyncExternalStore(subscribe, () => derive(paths.map((p) => store.get(p))))
}
