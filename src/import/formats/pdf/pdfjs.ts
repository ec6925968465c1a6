// pdf.js, loaded only when a PDF is opened (never in the initial JS). In the browser: the
// modern build with its worker and the Chinese character maps copied into the app's build
// (vite.config.ts, precached for offline use). In Node (the CLI, tests): the legacy build, its
// worker run in the same thread, and the character maps read from node_modules.
import type * as Pdfjs from 'pdfjs-dist'

export interface PdfjsHandle {
  lib: typeof Pdfjs
  cMapUrl: string
}

/** Beside pdf.js's worker in the build: vite.config.ts copies the Chinese cMaps there. */
const CMAP_DIR = 'pdfjs-cmaps/'

let loading: Promise<PdfjsHandle> | null = null

// Node (also under vitest's jsdom, which defines window): the CLI and tests. The app's bundle has no process.
const isNode = typeof process !== 'undefined' && !!process.versions?.node

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
  return { lib: lib as unknown as typeof Pdfjs, cMapUrl: `${join(root, 'cmaps')}/` }
}

async function loadBrowser(): Promise<PdfjsHandle> {
  const [lib, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')])
  lib.GlobalWorkerOptions.workerSrc = worker.default
  return { lib, cMapUrl: new URL(CMAP_DIR, new URL(worker.default, self.location.href)).href }
}

export function loadPdfjs(): Promise<PdfjsHandle> {
  loading ??= isNode ? loadNode() : loadBrowser()
  return loading
}
