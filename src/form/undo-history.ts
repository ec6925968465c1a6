// Undo and redo for the open report: one step per user action (a run of typing in one field, a
// paste, a fill, a restore). Nothing happens per keystroke: a field's run is taken from the value
// it had when it got the focus and the value it has when it loses it (or when undo is asked while
// it still has the focus). Actions that write several cells go through apply(), which records
// exactly the cells they changed, so undoing a paste restores exactly those cells.
import type { Path, PathValue, UseFormReturn } from 'react-hook-form'
import { parseCellId } from '@/report/tables/table-def'
import { isTableId } from '@/report/tables/registry'
import type { TableId } from '@/report/tables/table-def'
import { cellPath, type CellPath, type FormTable, type FormValues } from './form-values'

type FieldPath = Path<FormValues>
/** A table cell's value; undefined: nothing stored (a computed cell without a stated total). */
type CellValue = number | null | undefined

/** One cell written by an action (a paste, a fill, dropping stated totals). */
interface CellWrite {
  path: CellPath
  value: CellValue
}

/**
 * One change of a step: cells keep their values (many are written table by table, see setMany);
 * any other field keeps a typed writer made where its path and values are known together.
 */
type Change =
  | { kind: 'cell'; path: CellPath; before: CellValue; after: CellValue }
  | { kind: 'field'; play(back: boolean): void }

type Step = { kind: 'fields'; changes: Change[] } | { kind: 'reset'; before: FormValues; after: FormValues }

export interface UndoHistory {
  /** Writes cells as one step (only the ones that change). Returns how many changed. */
  apply(writes: readonly CellWrite[]): number
  /** Writes one field (such as a paragraph) as one step, if it changes it. */
  applyField<P extends FieldPath>(path: P, value: PathValue<FormValues, P>): void
  /** Replaces the whole form (a restored version) as one step. */
  replace(values: FormValues): void
  undo(): boolean
  redo(): boolean
  clear(): void
  /** Whether undo / redo have a step; changes when either does. */
  state(): { canUndo: boolean; canRedo: boolean }
  subscribe(listener: () => void): () => void
  /** Starts following focus changes in the document (field runs); returns the stop function. */
  watchFocus(doc: Document): () => void
}

/** The form path of a focused field: its data-field, or the cell's path from data-cell-id. */
function fieldPath(el: EventTarget | null): FieldPath | null {
  if (!(el instanceof HTMLElement)) return null
  if (el.dataset.field) return el.dataset.field as FieldPath
  const ref = el.dataset.cellId ? parseCellId(el.dataset.cellId) : null
  return ref && isTableId(ref.table) ? cellPath(ref.table, ref) : null
}

const LIMIT = 200
/** From this many values on, a write goes table by table (see setMany). */
const BATCH = 8

export function createUndoHistory(form: UseFormReturn<FormValues>): UndoHistory {
  const done: Step[] = []
  const undone: Step[] = []
  const listeners = new Set<() => void>()
  let snapshot = { canUndo: false, canRedo: false }
  let run: { el: HTMLElement; path: FieldPath; before: PathValue<FormValues, FieldPath> } | null = null

  const changed = () => {
    const next = { canUndo: done.length > 0, canRedo: undone.length > 0 }
    if (next.canUndo === snapshot.canUndo && next.canRedo === snapshot.canRedo) return
    snapshot = next
    listeners.forEach((l) => l())
  }
  const push = (step: Step) => {
    done.push(step)
    if (done.length > LIMIT) done.shift()
    undone.length = 0
    changed()
  }
  const fieldChange = <P extends FieldPath>(path: P, before: PathValue<FormValues, P>, after: PathValue<FormValues, P>): Change =>
    ({ kind: 'field', play: (back) => form.setValue(path, back ? before : after) })
  /**
   * Writes cells: from BATCH on, as one new value per table (one form notification, after which
   * each cell looks at its own value once) instead of one notification per cell.
   */
  const setMany = (writes: readonly CellWrite[]) => {
    if (writes.length < BATCH) return writes.forEach((w) => form.setValue(w.path, w.value))
    const tables = new Map<TableId, FormTable>()
    for (const { path, value } of writes) {
      const [table, row, col] = path.split('.')
      // A cell path is table.row.col (row ids escaped, see form-values.ts).
      if (!table || !isTableId(table) || !row || !col) continue
      let copy = tables.get(table)
      if (!copy) tables.set(table, (copy = structuredClone(form.getValues(table))))
      const cells = (copy[row] ??= {})
      if (value === undefined) delete cells[col]
      else cells[col] = value
    }
    for (const [table, values] of tables) form.setValue(table, values)
  }

  /** Ends the focused field's run (if it changed anything) and starts a new one from its value. */
  const flushRun = () => {
    if (!run) return
    const now = form.getValues(run.path)
    if (!Object.is(now, run.before)) push({ kind: 'fields', changes: [fieldChange(run.path, run.before, now)] })
    run.before = now
  }
  const restartRun = () => {
    if (run) run.before = form.getValues(run.path)
  }

  const play = (step: Step, back: boolean) => {
    if (step.kind === 'reset') form.reset(back ? step.before : step.after)
    else {
      const changes = back ? [...step.changes].reverse() : step.changes
      const cells: CellWrite[] = []
      for (const c of changes) {
        if (c.kind === 'cell') cells.push({ path: c.path, value: back ? c.before : c.after })
        else c.play(back)
      }
      setMany(cells)
    }
    restartRun()
  }

  /** Undo (backwards) or redo: the last step of one stack played and moved onto the other. */
  const move = (from: Step[], to: Step[], backwards: boolean): boolean => {
    flushRun()
    const step = from.pop()
    if (!step) return false
    play(step, backwards)
    to.push(step)
    changed()
    return true
  }

  return {
    apply(writes) {
      flushRun()
      const changes: CellWrite[] = []
      const steps: Change[] = []
      for (const { path, value } of writes) {
        const before: CellValue = form.getValues(path)
        if (Object.is(before, value)) continue
        changes.push({ path, value })
        steps.push({ kind: 'cell', path, before, after: value })
      }
      setMany(changes)
      if (steps.length > 0) push({ kind: 'fields', changes: steps })
      restartRun()
      return steps.length
    },
    applyField(path, value) {
      flushRun()
      const before = form.getValues(path)
      if (Object.is(before, value)) return
      form.setValue(path, value)
      push({ kind: 'fields', changes: [fieldChange(path, before, value)] })
      restartRun()
    },
    replace(values) {
      flushRun()
      const before = structuredClone(form.getValues())
      form.reset(values)
      push({ kind: 'reset', before, after: structuredClone(values) })
      restartRun()
    },
    undo: () => move(done, undone, true),
    redo: () => move(undone, done, false),
    clear() {
      done.length = 0
      undone.length = 0
      restartRun()
      changed()
    },
    state: () => snapshot,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    watchFocus(doc) {
      const onIn = (e: FocusEvent) => {
        const path = fieldPath(e.target)
        run = path ? { el: e.target as HTMLElement, path, before: form.getValues(path) } : null
      }
      const onOut = (e: FocusEvent) => {
        if (run && run.el === e.target) {
          flushRun()
          run = null
        }
      }
      doc.addEventListener('focusin', onIn)
      doc.addEventListener('focusout', onOut)
      return () => {
        doc.removeEventListener('focusin', onIn)
        doc.removeEventListener('focusout', onOut)
      }
    },
  }
}
