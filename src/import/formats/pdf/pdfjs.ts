// pdf.js, loaded only when a PDF is opened (never in the initial JS). One copy of it in the app's
// build: it runs inside the reading worker (src/worker/browser-worker.ts), where pdf.js's own
// worker code runs in the same thread (its "fake worker"): the reading is already off the page's
// thread, so a second worker would only add a second copy of pdf.js to download and precache.
// The Chinese character maps are copied into the build (vite.config.ts, precached for offline
// use). In Node (the CLI, tests): the legacy build, the same arrangement, the character maps read
// from node_modules.
import type * as Pdfjs from 'pdfjs-dist'

export interface PdfjsHandle {
  lib: typeof Pdfjs
  cMapUrl: string
  /** Browser: the worker fetches the character maps itself (pdf.js's default fetch needs a `document`). */
  workerFetch: boolean
}

/** Beside the reading worker's chunk in the build: vite.config.ts copies the Chinese cMaps there. */
const CMAP_DIR = 'pdfjs-cmaps/'

let loading: Promise<PdfjsHandle> | null = null

// Node: the CLI's build (SSR) and the tests (also under jsdom, which defines window). A constant
// for the app's build, so the legacy build never lands in its bundle or precache.
const isNode = import.meta.env.SSR || import.meta.env.MODE === 'test'

/**
 * The built-ins that the legacy build's core-js replaces in Node 20 although Node's own do all
 * pdf.js needs: core-js's Array.prototype.push is plain JavaScript (it stands in because V8 does
 * not throw on an array-like of length 2^32), and its JSON.stringify calls a replacer for every
 * key (for JSON.rawJSON). Every push of the thread went through it: a sixth of a PDF's reading
 * time. They are put back once pdf.js is loaded; pdf.js uses none of what they add.
 */
function keepNatives(): () => void {
  const { push } = Array.prototype
  const { parse, stringify } = JSON
  return () => {
    Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false })
    Object.assign(JSON, { parse, stringify })
  }
}

async function loadNode(): Promise<PdfjsHandle> {
  const restore = keepNatives()
  const [lib, worker, { createRequire }, { dirname, join }] = await Promise.all([
    import('pdfjs-dist/legacy/build/pdf.mjs'),
    import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
    import('node:module'),
    import('node:path'),
  ]).finally(restore)
  // pdf.js runs its worker in this thread when it finds it here (no worker file to locate).
  ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
  return { lib: lib as unknown as typeof Pdfjs, cMapUrl: `${join(root, 'cmaps')}/`, workerFetch: false }
}

async function loadBrowser(): Promise<PdfjsHandle> {
  // Evaluated in a worker, pdf.js's worker module starts answering that worker's own messages and
  // posts "ready" to whoever started it: here the reading pool, which would take it for an answer.
  // It does so only when it sees a postMessage function, hidden while it is evaluated (the reading
  // worker answers one request at a time: nothing else posts meanwhile).
  // (postMessage is an own property of a worker's global object: put back as it was.)
  const scope = self as unknown as { postMessage?: unknown }
  const own = Object.getOwnPropertyDescriptor(scope, 'postMessage')
  Object.defineProperty(scope, 'postMessage', { value: undefined, configurable: true, writable: true })
  let lib: typeof Pdfjs
  try {
    const [main, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.mjs')])
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker
    lib = main
  } finally {
    delete scope.postMessage
    if (own) Object.defineProperty(scope, 'postMessage', own)
  }
  return { lib, cMapUrl: new URL(CMAP_DIR, self.location.href).href, workerFetch: true }
}

export function loadPdfjs(): Promise<PdfjsHandle> {
  loading ??= isNode ? loadNode() : loadBrowser()
  return loading
}
