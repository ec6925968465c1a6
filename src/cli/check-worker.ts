// A worker thread of the command line: reads and checks the files it is sent, one at a time.
import { readFileSync } from 'node:fs'
import { parentPort } from 'node:worker_threads'
import { checkFile, type FileCheck } from '../import/check-file'

export interface WorkerTask {
  index: number
  path: string
  name: string
}

export interface WorkerResult {
  index: number
  check: FileCheck
}

parentPort?.on('message', async (task: WorkerTask) => {
  let check: FileCheck
  try {
    check = await checkFile(task.name, new Uint8Array(readFileSync(task.path)))
  } catch (e) {
    check = { ok: false, name: task.name, reason: `无法读取文件：${e instanceof Error ? e.message : String(e)}` }
  }
  parentPort?.postMessage({ index: task.index, check } satisfies WorkerResult)
})
