// @vitest-environment node
// Every rule id the rules can produce fires on its crafted minimal violation (derived from the
// balanced report) and is silent on the balanced report itself.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { balancedPreviousReport, balancedReport } from '../fixtures/balanced'
import { RULE_CASES } from '../fixtures/rule-cases'
import { validate } from '../validate'

const RULE_ID = /'((?:W|T\d)-[A-Z0-9-]+|META|STRUCT|NUM-[A-Z]+|DRAFT-MARKER)'/g

/** Rule ids written in the rule sources (rules/*.ts and validate.ts). */
function ruleIdsInSource(): string[] {
  const files = [
    ...readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => join(__dirname, f)),
    join(__dirname, '..', 'validate.ts'),
  ]
  const ids = new Set<string>()
  for (const file of files) for (const m of readFileSync(file, 'utf8').matchAll(RULE_ID)) ids.add(m[1] ?? '')
  return [...ids].sort()
}

const ERRORS = ['META', 'STRUCT', 'DRAFT-MARKER', 'NUM-INT', 'NUM-FEE', 'T3-ROWSUM', 'T3-RESULTSUM', 'T3-BALANCE', 'T4-TOTAL', 'W-TOWN-RULES']

describe('rule coverage', () => {
  it('has a crafted case for every rule id in the sources, and no case for a rule that does not exist', () => {
    expect(Object.keys(RULE_CASES).sort()).toEqual(ruleIdsInSource())
  })

  it('covers the ids listed in report-format.md §4/§4a and report-file.md §9 that the rules implement', () => {
    const listed = [
      ...ERRORS, 'W-XYEAR-CARRY', 'W-XYEAR-INFORCE', 'W-REPEAL', 'W-XYEAR-PENDING', 'W-COPY', 'W-SEC5', 'W-ZERO-ENFORCE',
      'W-PENDING', 'W-FEE-NOTICE', 'W-FEE-T2', 'W-T4-SCALE', 'W-TEXT-INTAKE', 'W-TEXT-REVIEW', 'W-TEXT-NORMDOC',
      'W-TEXT-YEAR', 'W-SEC1-FIVE', 'W-SEC6-FEE', 'W-PREFACE', 'W-OLDFMT', 'W-PUBDATE',
    ]
    expect(Object.keys(RULE_CASES).sort()).toEqual(listed.sort())
  })
})

describe('the balanced report', () => {
  it('triggers no rule, with or without last year’s report', () => {
    expect(validate(balancedReport(), { previous: balancedPreviousReport() })).toEqual([])
  })
})

describe.each(Object.entries(RULE_CASES))('%s', (ruleId, make) => {
  it('fires on its crafted violation with the right severity', () => {
    const { report, previous } = make()
    const hits = validate(report, { previous }).filter((i) => i.ruleId === ruleId)
    expect(hits.length).toBeGreaterThan(0)
    const severity = ERRORS.includes(ruleId) ? 'error' : 'warning'
    for (const hit of hits) expect(hit.severity).toBe(severity)
  })

  it('leaves the case’s other rules as quiet as possible (no unrelated errors)', () => {
    const { report, previous } = make()
    const otherErrors = validate(report, { previous }).filter((i) => i.severity === 'error' && i.ruleId !== ruleId)
    // A blank or missing cell also unbalances its column; a published total is checked alone.
    const allowed = ruleId === 'NUM-INT' || ruleId === 'STRUCT' ? ['T3-BALANCE'] : []
    expect(otherErrors.filter((i) => !allowed.includes(i.ruleId))).toEqual([])
  })
})
