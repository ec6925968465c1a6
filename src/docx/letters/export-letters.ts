// Entry point the county page loads with `await import('@/docx/letters/export-letters')`: every
// selected unit's letter as a .docx, all in one .zip (fflate), so docx stays out of the first load.
import { zipSync } from 'fflate'
import { rectificationLetter, type LetterInput } from '@/report/county/letter-text'
import { letterDocxBytes } from './rectification-letter'

/** The file name of a unit's letter inside the .zip. */
const letterFileName = (unit: string, year: number) => `${unit.replace(/[\\/:*?"<>|]/g, '_')}${year}年年报整改通知.docx`

export async function lettersZip(inputs: readonly LetterInput[]): Promise<Blob> {
  const files: Record<string, Uint8Array> = {}
  for (const input of inputs) {
    let name = letterFileName(input.unit, input.year)
    for (let n = 2; files[name]; n++) name = letterFileName(`${input.unit}（${n}）`, input.year)
    files[name] = await letterDocxBytes(rectificationLetter(input), input.office, input.date)
  }
  return new Blob([zipSync(files)], { type: 'application/zip' })
}
