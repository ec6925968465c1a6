// Zod schema of the report file v1 (spec/report-file.md, binding). Table schemas are generated
// from the table definitions so the file format and the tables cannot drift apart.
import { z } from 'zod'
import { TABLES } from './tables/registry'
import type { TableDef } from './tables/table-def'
import { APPLICANT_COLUMNS, TOTAL_RESULTS_ROW } from './tables/table3'

// No JIT: zod otherwise probes `new Function`, which the app's Content-Security-Policy (no
// 'unsafe-eval') reports as a violation on the first parse. The report is small; speed is the same.
z.config({ jitless: true })

export const REPORT_FORMAT = 'gov-info-annual-report'
export const SCHEMA_VERSION = 1

export const UNIT_TYPES = ['township', 'street', 'countyDept', 'government', 'other'] as const
export const UNIT_TYPE_LABELS: Record<(typeof UNIT_TYPES)[number], string> = {
  township: '乡镇人民政府',
  street: '街道办事处',
  countyDept: '县级以上政府部门',
  government: '县级以上人民政府',
  other: '其他',
}

const count = z.number().int().min(0).nullable()
const amount = z.number().min(0).nullable()

/** One strict object per row; `total` is accepted where the table has a computed total. */
function tableSchema(def: TableDef) {
  const rows: Record<string, z.ZodType> = {}
  for (const row of def.rows) {
    const cols: Record<string, z.ZodType> = {}
    for (const colId of row.columns) {
      const input = def.inputs.find((i) => i.rowId === row.id && i.colId === colId)
      cols[colId] = input?.valueType === 'decimal' ? amount : count
    }
    for (const c of def.computed.filter((c) => c.rowId === row.id)) cols[c.colId] = count.optional()
    rows[row.id] = z.strictObject(cols)
  }
  return rows
}

const table3Rows = tableSchema(TABLES.table3)
// A file converted from a published report may carry the （七）总计 row: checked, never trusted.
table3Rows[TOTAL_RESULTS_ROW.id] = z
  .strictObject(Object.fromEntries([...APPLICANT_COLUMNS.map((c) => c.id), 'total'].map((id) => [id, count.optional()])))
  .optional()

export const metaSchema = z.strictObject({
  agency: z.string(),
  year: z.number().int().min(2000).max(2100),
  unitType: z.enum(UNIT_TYPES),
  publishDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  signature: z.boolean(),
})

export const overviewSchema = z.strictObject({
  preface: z.string(),
  proactive: z.string(),
  onRequest: z.string(),
  management: z.string(),
  platform: z.string(),
  oversight: z.string(),
})

export const reportSchema = z.strictObject({
  format: z.literal(REPORT_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  meta: metaSchema,
  overview: overviewSchema,
  table2: z.strictObject(tableSchema(TABLES.table2)),
  table3: z.strictObject(table3Rows),
  table4: z.strictObject(tableSchema(TABLES.table4)),
  problems: z.strictObject({ problems: z.string(), improvements: z.string() }),
  otherMatters: z.strictObject({ text: z.string() }),
})

type TableValues = Record<string, Record<string, number | null | undefined>>

/**
 * The report. Table values are kept as plain row → column maps (number, or null when not
 * filled in); their exact keys are fixed by the table definitions and checked by the schema.
 */
export type Report = Omit<z.infer<typeof reportSchema>, 'table2' | 'table3' | 'table4'> & {
  table2: TableValues
  table3: TableValues
  table4: TableValues
}
export type ReportMeta = z.infer<typeof metaSchema>
export type UnitType = ReportMeta['unitType']
