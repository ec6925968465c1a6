// A worker thread of the command line: reads the file it is sent by path (so that the bytes are
// never copied between threads) and answers as protocol.ts says.
import { readFileSync, statSync } from 'node:fs'
import { sizeRefusal } from '../import/limits'
import { parentPort } from 'node:worker_threads'
import { answer, type WorkRequest, type WorkResponse } from './protocol'

parentPort?.on('message', (request: WorkRequest) => {
  void (async (): Promise<WorkResponse> => {
    if (request.kind === 'check' || !request.path) return answer(request)
    const failed = (reason: string): WorkResponse => {
      const file = { ok: false as const, name: request.name, reason }
      return request.kind === 'read' ? { kind: 'read', file } : { kind: 'readEach', files: [file] }
    }
    let bytes: Buffer
    try {
      // Refused on its size before it is read: a folder of huge scans must not fill the memory.
      const tooLarge = sizeRefusal(statSync(request.path).size)
      if (tooLarge) return failed(tooLarge)
      bytes = readFileSync(request.path)
    } catch (e) {
      return failed(`无法读取文件“${request.name}”：${e instanceof Error ? e.message : String(e)}`)
    }
    return answer({ ...request, path: undefined, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer })
  })().then((response) => parentPort?.postMessage(response))
})
