/// <reference types="vite/client" />
// virtual:pwa-register (src/app/service-worker.ts); the framework-free types only.
/// <reference types="vite-plugin-pwa/vanillajs" />

/** pdf.js's worker code, run in the reading worker's thread (src/import/formats/pdf/pdfjs.ts). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown
}
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown
}
