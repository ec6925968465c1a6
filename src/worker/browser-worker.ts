// A Web Worker of the browser pool: answers one request at a time (protocol.ts).
import { answer, type WorkRequest } from './protocol'

addEventListener('message', (e: MessageEvent<WorkRequest>) => {
  void answer(e.data).then((response) => postMessage(response))
})
