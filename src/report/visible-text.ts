// Text from files (names, unit names, messages quoting them) shown to a person: in a terminal,
// control characters would move the cursor, recolour or rewrite the screen (ESC sequences) or break
// the table (a newline in a file name); on the county page and in the problem list, a bidirectional
// override would show “cod‮gnp.json” as “codnpg.json”. They are shown as escapes instead, like JSON does.

// C0 and C1 controls, DEL, the line and paragraph separators, and the bidirectional overrides that
// reorder what follows them on screen.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

const escape = (ch: string) => {
  const code = ch.charCodeAt(0)
  return NAMED[ch] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`)
}

/** The text with every control character as a visible escape (\n, \x1b, \u202e). */
export function visibleText(text: string): string {
  return text.replace(UNSAFE, escape)
}
