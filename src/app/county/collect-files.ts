// The report files among what the user picked or dropped (see isReportFile), folders walked
// recursively (drag and drop of a whole folder, or the folder picker).
import { isReportFile, isSkippedName } from '@/import/report-files'

/** Files that are not reports, by name: said to the user rather than dropped silently. */
export function splitFiles(files: readonly File[]): { reports: File[]; others: string[] } {
  const reports: File[] = []
  const others: string[] = []
  for (const f of files) {
    if (isReportFile(f.name)) reports.push(f)
    else if (!isSkippedName(f.name)) others.push(f.name)
  }
  return { reports, others }
}

function entryFiles(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) {
    return new Promise((done) => (entry as FileSystemFileEntry).file((f) => done([f]), () => done([])))
  }
  if (!entry.isDirectory) return Promise.resolve([])
  const reader = (entry as FileSystemDirectoryEntry).createReader()
  return new Promise((done) => {
    const all: FileSystemEntry[] = []
    // readEntries returns at most ~100 entries a call: read until it returns none.
    const next = () => reader.readEntries(async (batch) => {
      if (batch.length > 0) {
        all.push(...batch)
        next()
        return
      }
      done((await Promise.all(all.map(entryFiles))).flat())
    }, () => done([]))
    next()
  })
}

/** Every file dropped, folders included. */
export async function droppedFiles(data: DataTransfer): Promise<File[]> {
  const entries = [...data.items].map((item) => item.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e)
  if (entries.length === 0) return [...data.files]
  return (await Promise.all(entries.map(entryFiles))).flat()
}
