// Zod schema of the report file (spec/report-file.md, binding). Table schemas are generated
// from the table definitions so the file format and the tables cannot drift apart.
import * as z from 'zod/mini'
import { TABLES } from './tables/registry'
import { TOTAL_COLUMN, type ColId, type RowId, type TableDef, type TableId } from './tables/table-def'
import { APPLICANT_COLUMNS, TOTAL_RESULTS_ROW } from './tables/table3'

// No JIT: zod otherwise probes `new Function`, which the app's Content-Security-Policy (no
// 'unsafe-eval') reports as a violation on the first parse. The report is small; speed is the same.
z.config({ jitless: true })

export const REPORT_FORMAT = 'gov-info-annual-report'
/** The version the app writes (report-file.md §5); version 1 files are read and migrated. */
export const SCHEMA_VERSION = 2
export const READABLE_VERSIONS = [1, 2] as const

export const UNIT_TYPES = ['township', 'street', 'countyDept', 'government', 'other'] as const
export const UNIT_TYPE_LABELS: Record<(typeof UNIT_TYPES)[number], string> = {
  township: '乡镇人民政府',
  street: '街道办事处',
  countyDept: '县级以上政府部门',
  government: '县级以上人民政府',
  other: '其他',
}

// zod/mini: the same schema and issues as classic zod, a quarter of its size in the first download.
const count = z.nullable(z.int().check(z.minimum(0)))
const amount = z.nullable(z.number().check(z.minimum(0)))

/** Values of one table row: a number, or null when not filled in; absent only in damaged reports. */
type RowValues<T extends TableId = TableId> = { [C in ColId<T>]?: number | null }
export type TableValues<T extends TableId = TableId> = { [R in RowId<T>]?: RowValues<T> }

/** An object schema with exactly these keys (Object.fromEntries cannot carry the key types). */
function shape<K extends string, V extends z.ZodMiniType>(keys: readonly K[], value: (key: K) => V): { [P in K]: V } {
  return Object.fromEntries(keys.map((k) => [k, value(k)])) as { [P in K]: V }
}

/** One strict object per row; `total` is accepted where the table has a computed total. */
function tableSchema<T extends TableId>(def: TableDef<T>) {
  const rowSchema = (rowId: RowId<T>) => {
    const row = def.rows.find((r) => r.id === rowId)
    const inputs = def.inputs.filter((c) => c.rowId === rowId)
    const totals = def.computed.filter((c) => c.rowId === rowId).map((c) => c.colId)
    const cols = [...(row?.columns ?? []), ...totals]
    return z.strictObject(shape(cols, (colId) => {
      if (totals.includes(colId)) return z.optional(count)
      return inputs.find((c) => c.colId === colId)?.valueType === 'decimal' ? amount : count
    }))
  }
  return z.strictObject(shape(def.rows.map((r) => r.id), rowSchema))
}

// A file converted from a published report may carry the （七）总计 row: checked, never trusted.
const table3Schema = z.extend(tableSchema(TABLES.table3), {
  [TOTAL_RESULTS_ROW.id]: z.optional(z.strictObject(shape([...APPLICANT_COLUMNS.map((c) => c.id), TOTAL_COLUMN.id], () => z.optional(count)))),
})

const metaSchema = z.strictObject({
  agency: z.string(),
  year: z.int().check(z.minimum(2000), z.maximum(2100)),
  unitType: z.enum(UNIT_TYPES),
  publishDate: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  signature: z.boolean(),
})

/** 一、总体情况 in version 1: the preface before 一 and the five parts. */
const overviewV1 = {
  preface: z.string(),
  proactive: z.string(),
  onRequest: z.string(),
  management: z.string(),
  platform: z.string(),
  oversight: z.string(),
}

const { preface, ...overviewParts } = overviewV1

/** Everything but the version and 一、总体情况, the same in versions 1 and 2. */
const common = {
  format: z.literal(REPORT_FORMAT),
  meta: metaSchema,
  table2: tableSchema(TABLES.table2),
  table3: table3Schema,
  table4: tableSchema(TABLES.table4),
  problems: z.strictObject({ problems: z.string(), improvements: z.string() }),
  otherMatters: z.strictObject({ text: z.string() }),
}

/** Version 2 adds overview.intro: the opening paragraph(s) under 一、总体情况, before （一）. */
export const reportSchema = z.strictObject({
  ...common,
  schemaVersion: z.literal(SCHEMA_VERSION),
  overview: z.strictObject({ preface, intro: z.string(), ...overviewParts }),
})

export const reportSchemaV1 = z.strictObject({ ...common, schemaVersion: z.literal(1), overview: z.strictObject(overviewV1) })

/**
 * The report. Table values are row → column maps (number, or null when not filled in) whose keys
 * are the literal ids of the table definitions; the schema guarantees every cell of a parsed file.
 */
export type Report = Omit<z.output<typeof reportSchema>, TableId> & { [T in TableId]: TableValues<T> }
type ReportMeta = z.infer<typeof metaSchema>

/** The 基本信息 fields, in the schema's order. */
export const META_KEYS = Object.keys(metaSchema.shape) as (keyof ReportMeta)[]
export type UnitType = ReportMeta['unitType']
