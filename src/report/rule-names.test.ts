// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { KNOWN_RULE_IDS, ruleName } from './rule-names'

/** Every rule id written as a literal in the source (issue('T3-BALANCE', …), ruleId: 'X-…'). */
function ruleIdsInSource(dir: string): Set<string> {
  const ids = new Set<string>()
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) continue
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8')
    for (const m of text.matchAll(/'((?:T3|T4|NUM|W|X|PACK|IMPORT|DRAFT)-[A-Z0-9-]+|META|STRUCT)'/g)) ids.add(m[1]!)
  }
  return ids
}

describe('ruleName', () => {
  it('names every rule the code can report in Chinese', () => {
    const unnamed = [...ruleIdsInSource(join(__dirname, '..'))].filter((id) => !KNOWN_RULE_IDS.includes(id))
    expect(unnamed).toEqual([])
  })

  it('never shows an id', () => {
    expect(ruleName('T3-BALANCE')).toBe('表三勾稽关系')
    expect(ruleName('SOMETHING-NEW')).toBe('其他检查')
  })
})
