// The two jobs, typed, over any pool: read a file, check a report. A worker's failure becomes the
// file's reason, in Chinese and naming the file; a check whose worker failed runs here instead.
import type { CheckContext, CheckResult } from '../report/check-report'
import type { Report } from '../report/schema'
import type { FileRead } from './protocol'
import { WorkerFailure, type RunOptions, type WorkerPool } from './pool'

function failureReason(name: string, e: unknown): string {
  if (e instanceof WorkerFailure) {
    if (e.kind === 'timeout') return `“${name}”读取${e.message}仍未完成，已停止读取：文件可能过大或结构异常（其他文件不受影响）`
    if (e.kind === 'cancelled') return `已取消读取“${name}”`
    return `读取“${name}”时读取组件异常退出（文件可能过大或已损坏，${e.message.slice(0, 60) || '原因不明'}）：已跳过此文件，其他文件不受影响`
  }
  return `读取“${name}”时出错：${e instanceof Error ? e.message.slice(0, 120) : String(e)}`
}

/** Reads and checks one file (`bytes` in the browser, `path` in Node); never rejects. */
export async function readInPool(pool: WorkerPool, name: string, source: { bytes: ArrayBuffer } | { path: string }, options: Pick<RunOptions, 'signal'> & { report?: number } = {}): Promise<FileRead> {
  const { report, ...run } = options
  try {
    const response = await pool.run({ kind: 'read', name, ...source, ...(report !== undefined ? { report } : {}) }, { ...run, transfer: 'bytes' in source ? [source.bytes] : [] })
    if (response.kind === 'read') return response.file
    return { ok: false, name, reason: failureReason(name, new Error('读取组件答非所问')) }
  } catch (e) {
    return { ok: false, name, reason: failureReason(name, e) }
  }
}

/**
 * Reads and checks every report a file holds (汇总审核, the command line): one entry for most
 * files, one per report of a PDF holding several (each named by the file and its unit); never
 * rejects. A worker's failure is the whole file's, named by the file.
 */
export async function readEachInPool(pool: WorkerPool, name: string, source: { bytes: ArrayBuffer } | { path: string }, options: Pick<RunOptions, 'signal'> = {}): Promise<FileRead[]> {
  try {
    const response = await pool.run({ kind: 'readEach', name, ...source }, { ...options, transfer: 'bytes' in source ? [source.bytes] : [] })
    if (response.kind === 'readEach' && response.files.length > 0) return response.files
    return [{ ok: false, name, reason: failureReason(name, new Error('读取组件答非所问')) }]
  } catch (e) {
    return [{ ok: false, name, reason: failureReason(name, e) }]
  }
}

/** checkReport in a worker; where the worker fails, on this thread (a check never goes missing). */
export async function checkInPool(pool: WorkerPool, report: Report, context: CheckContext, options: Pick<RunOptions, 'urgent'> = {}): Promise<CheckResult> {
  try {
    const response = await pool.run({ kind: 'check', report, context }, options)
    if (response.kind === 'check') return response.result
  } catch {
    // fall through
  }
  const { checkReport } = await import('../report/check-report')
  return checkReport(report, context)
}
