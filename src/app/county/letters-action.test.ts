// @vitest-environment node
// 导出整改通知 writes one letter per unit: its latest submission, the same one 生成汇总报告 sums,
// even when both submissions were kept (the same round).
import { describe, expect, it, vi } from 'vitest'
import { checkReport } from '@/report/check-report'
import { FIXTURES } from '@/report/fixtures/test-reports'
import { reviewBatch } from '@/report/county/review-batch'
import type { LetterInput } from '@/report/county/letter-text'
import { exportLetters } from './letters-action'

const written: LetterInput[][] = []
vi.mock('@/docx/letters/export-letters', () => ({
  lettersZip: async (inputs: LetterInput[]) => {
    written.push(inputs)
    return new Blob([])
  },
}))
vi.mock('@/lib/download', () => ({ downloadBlob: () => {} }))

describe('exportLetters', () => {
  it('writes the unit\'s latest submission, as 生成汇总报告 takes it', async () => {
    const older = structuredClone(FIXTURES[0]![1])
    older.meta.publishDate = ''
    const newer = structuredClone(FIXTURES[0]![1])
    newer.meta.agency = '伊川县白沙镇'
    newer.table3.carriedOver = { ...newer.table3.carriedOver, naturalPerson: 99 }
    const rows = reviewBatch([older, newer].map((report, i) => ({ id: String(i), fileName: null, report, check: checkReport(report), round: 1 })))
    await exportLetters(rows, null, () => {})
    expect(written).toHaveLength(1)
    expect(written[0]!.map((l) => l.unit)).toEqual(['伊川县白沙镇'])
  })
})
