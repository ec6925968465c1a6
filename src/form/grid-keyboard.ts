// Spreadsheet habits in the tables: arrow keys and Enter move between input cells by grid
// position (a pasted block is placed by table-paste.tsx).

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
