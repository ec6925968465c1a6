// pdf.js, loaded only when a PDF is opened (never in the initial JS). In the browser: the
// modern build with its worker and the Chinese character maps copied into the app's build
// (vite.config.ts, precached for offline use). In Node (the CLI, tests): the legacy build, its
// worker run in the same thread, and the character maps read from node_modules.
import type * as Pdfjs from 'pdfjs-dist'

export interface PdfjsHandle {
  lib: typeof Pdfjs
  cMapUrl: string
  /**
   * In the browser, pdf.js's worker started explicitly: inside the app's own reading worker, a
   * fallback "fake worker" would load pdf.js's worker code into that worker, where it answers the
   * app's messages. Null in Node (the worker code runs in the same thread there).
   */
  worker: (() => Pdfjs.PDFWorker) | null
}

/** Beside pdf.js's worker in the build: vite.config.ts copies the Chinese cMaps there. */
const CMAP_DIR = 'pdfjs-cmaps/'

let loading: Promise<PdfjsHandle> | null = null

// Node: the CLI's build (SSR) and the tests (also under jsdom, which defines window). A constant
// for the app's build, so the legacy build never lands in its bundle or precache.
const isNode = import.meta.env.SSR || import.meta.env.MODE === 'test'

async function loadNode(): Promise<PdfjsHandle> {
  const [lib, worker, { createRequire }, { dirname, join }] = await Promise.all([
    import('pdfjs-dist/legacy/build/pdf.mjs'),
    import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
    import('node:module'),
    import('node:path'),
  ])
  // pdf.js runs its worker in this thread when it finds it here (no worker file to locate).
  ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
  return { lib: lib as unknown as typeof Pdfjs, cMapUrl: `${join(root, 'cmaps')}/`, worker: null }
}

async function loadBrowser(): Promise<PdfjsHandle> {
  const [lib, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')])
  lib.GlobalWorkerOptions.workerSrc = worker.default
  const src = new URL(worker.default, self.location.href)
  return {
    lib,
    cMapUrl: new URL(CMAP_DIR, src).href,
    worker: () => new lib.PDFWorker({ port: new Worker(src, { type: 'module' }) as unknown as null }),
  }
}

export function loadPdfjs(): Promise<PdfjsHandle> {
  loading ??= isNode ? loadNode() : loadBrowser()
  return loading
}
