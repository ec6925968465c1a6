/// <reference types="vite/client" />
// virtual:pwa-register (src/app/service-worker.ts); the framework-free types only.
/// <reference types="vite-plugin-pwa/vanillajs" />

/** pdf.js's worker, run in the same thread in Node (src/import/formats/pdf/pdfjs.ts). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown
}
