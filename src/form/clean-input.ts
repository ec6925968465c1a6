// Typing and pasting into a text field: characters that would break the Word file (clean-report.ts)
// are removed from the field itself before react-hook-form reads it, with the caret kept in place.
import type { ChangeEvent } from 'react'
import { cleanText } from '@/report/text'

type TextElement = HTMLInputElement | HTMLTextAreaElement

/** Wraps a register() onChange; `onRemoved` is told how many characters were dropped. */
export function cleanOnChange<E extends TextElement>(
  onChange: (event: ChangeEvent<E>) => unknown,
  onRemoved: (count: number) => void,
): (event: ChangeEvent<E>) => void {
  return (event) => {
    const el = event.target
    const { text, removed } = cleanText(el.value)
    if (text !== el.value) {
      const caret = Math.max(0, (el.selectionStart ?? text.length) - (el.value.length - text.length))
      el.value = text
      el.setSelectionRange(caret, caret)
    }
    if (removed > 0) onRemoved(removed)
    void onChange(event)
  }
}
