// What a PDF page draws besides text, from pdf.js's operator list: the table rules (straight
// lines, or thin filled rectangles as Word and WPS draw cell borders) and the images (a table
// published as a picture). In page units, y upwards, like the text pieces.

interface Rule {
  /** A vertical rule: x, and y0 < y1; a horizontal one: y, and x0 < x1. */
  at: number
  from: number
  to: number
}

interface Box { x0: number; y0: number; x1: number; y1: number }

export interface PageGraphics {
  verticals: Rule[]
  horizontals: Rule[]
  images: Box[]
}

export const NO_GRAPHICS: PageGraphics = { verticals: [], horizontals: [], images: [] }

/** The numbers pdf.js gives its operators (pdfjs-dist's OPS). */
export interface Ops {
  save: number
  restore: number
  transform: number
  constructPath: number
  endPath: number
  stroke: number
  closeStroke: number
  fillStroke: number
  eoFillStroke: number
  closeFillStroke: number
  closeEOFillStroke: number
  paintImageXObject: number
  paintInlineImageXObject: number
  paintImageMaskXObject: number
  paintImageXObjectRepeat: number
}

type Matrix = [number, number, number, number, number, number]
const multiply = (m: Matrix, n: Matrix): Matrix => [
  n[0] * m[0] + n[1] * m[2], n[0] * m[1] + n[1] * m[3],
  n[2] * m[0] + n[3] * m[2], n[2] * m[1] + n[3] * m[3],
  n[4] * m[0] + n[5] * m[2] + m[4], n[4] * m[1] + n[5] * m[3] + m[5],
]
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]

/** Thinner than this (page units) is a rule, not a shaded cell. */
const THIN = 2.5
/** Shorter than this is a tick or a glyph, not a rule. */
const SHORT = 4

// pdf.js's path operators inside constructPath (its DrawOPS).
const MOVE = 0
const LINE = 1
const CURVE = 2
const QUADRATIC = 3

function addRule(out: PageGraphics, a: [number, number], b: [number, number]) {
  const [dx, dy] = [Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1])]
  if (dx <= THIN && dy >= SHORT) out.verticals.push({ at: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) })
  else if (dy <= THIN && dx >= SHORT) out.horizontals.push({ at: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) })
}

/** One path: straight segments that are stroked, or a thin shape that is filled, are rules. */
function pathRules(out: PageGraphics, ctm: Matrix, data: ArrayLike<number>, stroked: boolean) {
  const subpaths: [number, number][][] = []
  for (let k = 0; k < data.length;) {
    const op = data[k++]
    if (op === MOVE) subpaths.push([apply(ctm, data[k]!, data[k + 1]!)])
    if (op === MOVE || op === LINE) {
      if (op === LINE) subpaths.at(-1)?.push(apply(ctm, data[k]!, data[k + 1]!))
      k += 2
    } else if (op === CURVE) k += 6
    else if (op === QUADRATIC) k += 4
  }
  for (const points of subpaths) {
    if (stroked) {
      for (let i = 1; i < points.length; i++) addRule(out, points[i - 1]!, points[i]!)
      if (points.length === 4) addRule(out, points[3]!, points[0]!)
      continue
    }
    const xs = points.map((p) => p[0])
    const ys = points.map((p) => p[1])
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
    if (x1 - x0 <= THIN || y1 - y0 <= THIN) addRule(out, [x0, y0], x1 - x0 <= THIN ? [x0, y1] : [x1, y0])
  }
}

/** A page's rules and images from its operator list (fnArray/argsArray as pdf.js gives them). */
export function pageGraphics(ops: Ops, fnArray: readonly number[], argsArray: readonly unknown[]): PageGraphics {
  const out: PageGraphics = { verticals: [], horizontals: [], images: [] }
  let ctm: Matrix = [1, 0, 0, 1, 0, 0]
  const stack: Matrix[] = []
  const images = new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject, ops.paintImageXObjectRepeat])
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] as unknown[] | null
    if (fn === ops.save) stack.push(ctm)
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm
    else if (fn === ops.transform && args) ctm = multiply(ctm, args as Matrix)
    else if (fn === ops.constructPath && args) {
      const [paint, [data]] = args as [number, [ArrayLike<number> | null]]
      if (data && paint !== ops.endPath) pathRules(out, ctm, data, isStroke(ops, paint))
    } else if (images.has(fn)) {
      const corners = [apply(ctm, 0, 0), apply(ctm, 1, 1)]
      out.images.push({ x0: Math.min(corners[0]![0], corners[1]![0]), y0: Math.min(corners[0]![1], corners[1]![1]), x1: Math.max(corners[0]![0], corners[1]![0]), y1: Math.max(corners[0]![1], corners[1]![1]) })
    }
  })
  return out
}

/** The painting operators that draw a path's outline (the others only fill it). */
function isStroke(ops: Ops, paint: number): boolean {
  return [ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke].includes(paint)
}
