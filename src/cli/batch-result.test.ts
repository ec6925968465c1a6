// The command line's order and summary when a PDF holds several reports (each an entry).
import { describe, expect, it } from 'vitest'
import { byFile, summaryLine, type FileResult } from './batch-result'
import type { FileRead } from '../worker/protocol'

const part = (file: string, index: number, count: number) => ({ file, index, count })
const entry = (file: string, index: number, count: number): FileResult =>
  ({ file: `${file}（第 ${index} 份：单位${index}）`, agency: `单位${index}`, year: 2024, errors: index === 2 ? [{ rule: 'T3-BALANCE', cells: [], message: '' }] : [], warnings: [], part: part(file, index, count) })

describe('entries of a file holding several reports', () => {
  it('are listed together, in their order in the file (the 10th after the 9th)', () => {
    const results: FileResult[] = [entry('b.pdf', 10, 11), { file: 'c.json', failed: 'x' }, entry('b.pdf', 9, 11), entry('b.pdf', 2, 11), { file: 'a.docx', skipped: 'y' }]
    expect(byFile(results).map((r) => r.file)).toEqual(['a.docx', 'b.pdf（第 2 份：单位2）', 'b.pdf（第 9 份：单位9）', 'b.pdf（第 10 份：单位10）', 'c.json'])
  })

  it('the summary counts files and entries; without such a file it reads as before', () => {
    const reads = (n: number) => Array.from({ length: n }, (_v, i) => ({ ok: false, name: `x${i}`, reason: '', part: part('汇编.pdf', i + 1, n) }) as FileRead)
    const results = [entry('汇编.pdf', 1, 3), entry('汇编.pdf', 2, 3), { file: '汇编.pdf（第 3 份）', failed: '没有机关名称' }, { file: 'a.json', failed: '损坏' }]
    expect(summaryLine(2, [...reads(3), { ok: false, name: 'a.json', reason: '' }], results))
      .toBe('2 个文件：共 4 项（其中 1 个 PDF 含多份报告：汇编.pdf 3 份，每份单独列出），1 份有错误，2 项无法读取')
    expect(summaryLine(1, [{ ok: false, name: 'a.json', reason: '' }], [{ file: 'a.json', failed: '损坏' }, { file: 'n.txt', skipped: '' }]))
      .toBe('1 个文件：0 份有错误，1 个无法读取，另跳过 1 项（见上表）')
  })
})
