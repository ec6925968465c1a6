import { describe, expect, it } from 'vitest'
import { fieldLabel, placeLabel } from './field-labels'

describe('field labels', () => {
  it('names cells and fields in Chinese, with no ids', () => {
    expect(placeLabel('table3/partial/naturalPerson')).toBe(fieldLabel(['table3', 'partial', 'naturalPerson']))
    expect(placeLabel('table3/partial/naturalPerson')).toMatch(/^表三 “（二）部分公开.*” 行 “自然人” 列$/)
    expect(placeLabel('table3/denied.stateSecret/otherOrg')).toBe('表三 “1.属于国家秘密” 行 “其他” 列')
    for (const where of ['table3/partial/naturalPerson', 'table2/fees/amountWanYuan', 'overview.proactive', 'meta.agency'])
      expect(placeLabel(where), where).not.toMatch(/[a-z]{3}/i)
  })
})
