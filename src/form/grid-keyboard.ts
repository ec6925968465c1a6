// Spreadsheet habits in the tables: arrow keys and Enter move between input cells by grid
// position, and a block pasted from Excel/WPS (tabs and newlines) fills cells from the focus.

type Direction = 'up' | 'down' | 'left' | 'right'

function gridInputs(from: HTMLElement): HTMLInputElement[] {
  const table = from.closest('table')
  return table ? [...table.querySelectorAll<HTMLInputElement>('input[data-cell-id]')] : []
}

function pos(el: HTMLElement): { r: number; c: number } {
  return { r: Number(el.dataset.r), c: Number(el.dataset.c) }
}

/** Moves focus to the nearest input cell in a direction; false when there is none. */
export function moveFocus(from: HTMLInputElement, dir: Direction): boolean {
  const here = pos(from)
  const candidates = gridInputs(from).filter((el) => {
    const p = pos(el)
    if (dir === 'up') return p.r < here.r
    if (dir === 'down') return p.r > here.r
    if (dir === 'left') return p.r === here.r && p.c < here.c
    return p.r === here.r && p.c > here.c
  })
  const vertical = dir === 'up' || dir === 'down'
  const score = (el: HTMLInputElement) => {
    const p = pos(el)
    return vertical ? Math.abs(p.r - here.r) * 100 + Math.abs(p.c - here.c) : Math.abs(p.c - here.c)
  }
  const target = candidates.sort((a, b) => score(a) - score(b))[0]
  if (!target) return false
  target.focus()
  return true
}

/** Splits clipboard text from a spreadsheet into rows of cells. */
export function splitClipboard(text: string): string[][] {
  const rows = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n')
  return rows.map((row) => row.split('\t'))
}

/**
 * Fills the block into the input cells at and after `from`: row i goes to the i-th input row
 * below, column j to the j-th input cell to the right in that row. `apply` returns null when
 * it took the value, or the reason it did not. Returns a Chinese summary for the user.
 */
export function pasteBlock(
  from: HTMLInputElement,
  text: string,
  apply: (cellId: string, raw: string) => string | null,
): string {
  const here = pos(from)
  const inputs = gridInputs(from)
  const rowsBelow = [...new Set(inputs.map((el) => pos(el).r).filter((r) => r >= here.r))].sort((a, b) => a - b)
  const block = splitClipboard(text)
  let pasted = 0
  const refused: string[] = []
  let outside = 0
  block.forEach((values, i) => {
    const r = rowsBelow[i]
    const rowCells = r === undefined ? [] : inputs.filter((el) => pos(el).r === r && pos(el).c >= here.c).sort((a, b) => pos(a).c - pos(b).c)
    values.forEach((raw, j) => {
      const target = rowCells[j]
      if (!target) {
        if (raw.trim() !== '') outside++
        return
      }
      const reason = apply(target.dataset.cellId ?? '', raw)
      if (reason) refused.push(`${target.getAttribute('aria-label')}：${reason}`)
      else pasted++
    })
  })
  const parts = [`已粘贴 ${pasted} 个单元格`]
  if (refused.length > 0) parts.push(`${refused.length} 个未粘贴（原值保留）：${refused.slice(0, 3).join('；')}${refused.length > 3 ? '……' : ''}`)
  if (outside > 0) parts.push(`${outside} 个值超出表格范围，已忽略`)
  return parts.join('；')
}
