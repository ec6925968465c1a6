// The folder walk of `npm run check`: which files to read, and an entry for everything else it
// met, so that nothing under the folder is passed over in silence (report-file.md §10):
// - a folder it cannot read (no permission, vanished meanwhile) is a `failed` entry, and the walk
//   goes on with the rest;
// - symbolic links are followed, as a reviewer links in folders from elsewhere. A folder reached
//   again (a link back to a parent, two links to one place) is not walked twice, and a file
//   reached again is not read twice: both are `skipped` entries saying where they were read. A
//   broken link or a link loop is a `failed` entry;
// - files that are not reports (other types, Word lock files, hidden files, pipes and devices,
//   which would block a read) are `skipped` entries with the reason; a hidden folder is one
//   entry, not walked.
import * as nodeFs from 'node:fs'
import { join } from 'node:path'
import { isReportFile, unreadReason } from '../import/report-files'

/** What the walk needs of node:fs (tests pass their own to simulate errors root never gets). */
export interface WalkFs {
  readdirSync(path: string, options: { withFileTypes: true }): { name: string; isSymbolicLink(): boolean }[]
  statSync(path: string): { dev: number; ino: number; isFile(): boolean; isDirectory(): boolean }
}

export type Passed = { file: string; skipped: string } | { file: string; failed: string }

export interface Collected {
  /** Files to read: `path` on disk, `name` relative to the folder (as shown). */
  read: { path: string; name: string }[]
  /** Everything else under the folder, with the reason. */
  passed: Passed[]
}

const errorCode = (e: unknown) => (e && typeof e === 'object' && 'code' in e ? String(e.code) : '')

function folderError(e: unknown): string {
  switch (errorCode(e)) {
    case 'EACCES':
    case 'EPERM':
      return '无法读取文件夹：没有读取权限'
    case 'ENOENT':
      return '无法读取文件夹：检查时已不存在'
    default:
      return `无法读取文件夹：${e instanceof Error ? e.message : String(e)}`
  }
}

function statError(e: unknown, isLink: boolean): string {
  switch (errorCode(e)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return isLink ? '符号链接指向的文件或文件夹不存在' : '无法读取：检查时已不存在'
    case 'ELOOP':
      return '符号链接循环指向自身，无法读取'
    case 'EACCES':
    case 'EPERM':
      return '无法读取：没有读取权限'
    default:
      return `无法读取：${e instanceof Error ? e.message : String(e)}`
  }
}

/** Why a name is passed over without being read (a Word lock file, a hidden file), or null. */
function hiddenReason(name: string, isFolder: boolean): string | null {
  if (name.startsWith('~$')) return 'Word/WPS 打开文档时生成的临时文件，不是报告'
  if (name.startsWith('.')) return isFolder ? '隐藏文件夹，未检查其中的文件' : '隐藏文件，不是报告'
  return null
}

export function collectFiles(root: string, fs: WalkFs = nodeFs): Collected {
  const read: Collected['read'] = []
  const passed: Passed[] = []
  /** Folders and files already met, by device and inode, with the name they were met under. */
  const seen = new Map<string, string>()
  const identity = (st: { dev: number; ino: number }) => `${st.dev}:${st.ino}`
  seen.set(identity(fs.statSync(root)), '.')

  /** Links wait until every real file and folder is met, so a file keeps its real name, not a link's. */
  const links: { path: string; name: string; base: string }[] = []

  const visit = (path: string, name: string, base: string, isLink: boolean) => {
    let st: ReturnType<WalkFs['statSync']>
    try {
      st = fs.statSync(path) // follows links
    } catch (e) {
      passed.push({ file: name, failed: statError(e, isLink) })
      return
    }
    const isFolder = st.isDirectory()
    const hidden = hiddenReason(base, isFolder)
    if (hidden) return void passed.push({ file: isFolder ? `${name}/` : name, skipped: hidden })
    if (!isFolder && !st.isFile()) return void passed.push({ file: name, skipped: '不是普通文件（管道、设备或套接字），不读取' })
    if (!isFolder && !isReportFile(base)) return void passed.push({ file: name, skipped: unreadReason(base) ?? '' })
    const id = identity(st)
    const earlier = seen.get(id)
    if (earlier !== undefined) {
      const where = earlier === '.' ? '所检查的目录本身' : `“${earlier}”`
      passed.push(isFolder
        ? { file: `${name}/`, skipped: `符号链接指向已检查的文件夹${where}，不重复检查` }
        : { file: name, skipped: `与${where}是同一个文件（符号链接），不重复读取` })
      return
    }
    seen.set(id, isFolder ? `${name}/` : name)
    if (isFolder) walk(path, name)
    else read.push({ path, name })
  }

  function walk(dir: string, rel: string) {
    let entries: ReturnType<WalkFs['readdirSync']>
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true })
    } catch (e) {
      passed.push({ file: rel === '' ? '.' : `${rel}/`, failed: folderError(e) })
      return
    }
    for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name)
      const name = rel === '' ? entry.name : join(rel, entry.name)
      if (entry.isSymbolicLink()) links.push({ path, name, base: entry.name })
      else visit(path, name, entry.name, false)
    }
  }

  walk(root, '')
  for (let i = 0; i < links.length; i++) visit(links[i]!.path, links[i]!.name, links[i]!.base, true)
  return { read, passed }
}
