// Fuzzing the table readers: any grid, whatever its merges, read as any of the three tables
// never throws and leaves a schema-valid report with a message on every finding.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createEmptyReport } from '@/report/default-report'
import { rawTable } from '@/report/fixtures/raw-tables'
import { reportSchema } from '@/report/schema'
import { buildGrid } from '@/report/table-grid'
import { classifyGrid } from './locate-tables'
import { newReadState } from './read-state'
import { readTable2 } from './read-table2'
import { readTable3 } from './read-table3'
import { readTable4 } from './read-table4'

describe('fuzzing the table readers', () => {
  it('reads any grid as any table without throwing, leaving a schema-valid report', () => {
    fc.assert(
      fc.property(rawTable, (rows) => {
        const grid = buildGrid(rows)
        classifyGrid(grid)
        const state = newReadState(createEmptyReport(2024))
        readTable2(grid, state, new Set())
        readTable3(grid, state)
        readTable4(grid, state)
        expect(reportSchema.safeParse(state.report).success).toBe(true)
        for (const f of state.findings) expect(f.message.length).toBeGreaterThan(0)
      }),
      { numRuns: 300 },
    )
  }, 30_000)
})
