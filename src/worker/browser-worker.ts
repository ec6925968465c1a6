// A Web Worker of the browser pool: answers one request at a time (protocol.ts).
import { readPdfWith } from '../import/import-file'
import { answer, type WorkRequest } from './protocol'

// PDFs are read here only (pdf.js is bundled once, in this worker's graph: import-file.ts).
readPdfWith(() => import('../import/formats/pdf/read-pdf'))

addEventListener('message', (e: MessageEvent<WorkRequest>) => {
  void answer(e.data).then((response) => postMessage(response))
})
