// Per-cell subscriptions to the form's table values. react-hook-form's useWatch notifies every
// watcher of every change and lets each test the changed name against its own: with the 320
// cells and totals of table 3 that is hundreds of checks per keystroke. This store listens to the
// form once and calls only the listeners of the changed cell, so a keystroke updates the two or three
// totals that sum the cell and one balance chip, and touches nothing else. Nothing here renders:
// the inputs and totals write the DOM themselves (number-cell.tsx, computed-cell.tsx).
import { createContext, useContext, useLayoutEffect, useRef } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { isTableId } from '@/report/tables/registry'
import type { TableId } from '@/report/tables/table-def'
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
    else if (!name || isTableId(name)) for (const l of all) l()
  }
  // A paste or a fill notifies every cell of the table, and each reads its value: the path is
  // split once per cell, and the value read from its table (react-hook-form's getValues parses
  // the dotted path anew on every call).
  const parts = new Map<string, [TableId, string, string]>()
  return {
    get(path) {
      let p = parts.get(path)
      if (!p) {
        const [table, row, col] = path.split('.') as [TableId, string, string]
        parts.set(path, (p = [table, row, col]))
      }
      return form.getValues(p[0])?.[p[1]]?.[p[2]]
    },
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

function useCellStore(): CellStore {
  const store = useContext(CellStoreContext)
  if (!store) throw new Error('CellStoreContext missing')
  return store
}

/**
 * Calls `show` with the values of some cells before the first paint and whenever one of them
 * changes. Totals write their figure straight into their element this way: a keystroke updates
 * the totals it touches without a React render (`show` may change between renders; the latest
 * one is called).
 */
export function useCellsEffect(paths: readonly CellPath[], show: (values: (number | null | undefined)[]) => void): void {
  const store = useCellStore()
  const latest = useRef(show)
  useLayoutEffect(() => {
    latest.current = show
  })
  useLayoutEffect(() => {
    const run = () => latest.current(paths.map((p) => store.get(p)))
    run()
    return store.subscribe(paths, run)
  }, [store, paths])
}
