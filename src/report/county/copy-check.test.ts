// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { FIXTURES } from '../fixtures/test-reports'
import type { Report } from '../schema'
import { copyCheck, copyIssues, type CopyItem } from './copy-check'

const copyPairs = (items: readonly CopyItem[]) => copyCheck(items).pairs

const seeds = FIXTURES.map(([, r]) => r)

/** Seed `from`'s text under another unit's name, as a township that copied its neighbour's report. */
function copied(from: Report, agency: string, place: string, fromPlace: string): Report {
  const r = structuredClone(from)
  r.meta.agency = agency
  const swap = (t: string) => t.split(fromPlace).join(place)
  r.overview = Object.fromEntries(Object.entries(r.overview).map(([k, v]) => [k, swap(v)])) as Report['overview']
  r.problems = { problems: swap(r.problems.problems), improvements: swap(r.problems.improvements) }
  r.otherMatters = { text: swap(r.otherMatters.text) }
  return r
}

describe('copyCheck', () => {
  it('finds two units with the same text (the name swapped) and pairs the matching sentences', () => {
    const white = seeds[0]!
    const copy = copied(white, '伊川县鸦岭镇人民政府', '鸦岭镇', '白沙镇')
    const items: CopyItem[] = [...seeds.map((report, i) => ({ id: `s${i}`, report })), { id: 'copy', report: copy }]
    const pairs = copyPairs(items)
    expect(pairs.map((p) => [p.a, p.b])).toEqual([['s0', 'copy']])
    expect(pairs[0]!.similarity).toBeGreaterThan(0.9)
    const { passages } = pairs[0]!
    expect(passages.length).toBeGreaterThan(5)
    expect(passages.some((p) => p.field === 'overview.proactive')).toBe(true)
    for (const p of passages) expect(p.b).toBe(p.a.split('白沙镇').join('鸦岭镇'))

    const issues = copyIssues(items, copyCheck(items))
    expect(issues.get('s0')?.map((i) => [i.ruleId, i.severity])).toEqual([['X-COPY-UNIT', 'warning']])
    expect(issues.get('copy')?.[0]?.message).toContain('伊川县白沙镇人民政府2024年')
    expect(issues.has('s1')).toBe(false)
  })

  it('units sharing one template: each report names a few of them with the passages, and counts the rest', () => {
    const white = seeds[0]!
    const copies = Array.from({ length: 12 }, (_, i) => copied(white, `伊川县第${i + 1}镇人民政府`, `第${i + 1}镇`, '白沙镇'))
    const items: CopyItem[] = copies.map((report, i) => ({ id: `c${i}`, report }))
    const result = copyCheck(items)
    // Each names its next three in a fixed order: 12 × 3 pairs, each report in six of them.
    expect(result.pairs).toHaveLength(12 * 3)
    for (const { id } of items) expect(result.pairs.filter((p) => p.a === id || p.b === id), id).toHaveLength(6)
    expect(result.pairs.every((p) => p.passages.length > 0 && p.similarity === 1)).toBe(true)
    // Every other unit is accounted for: six named, five counted.
    for (const { id } of items) expect(result.more.get(id), id).toBe(5)
    const issues = copyIssues(items, result)
    for (const { id } of items) {
      const found = issues.get(id)!
      expect(found, id).toHaveLength(7)
      expect(found.filter((i) => i.message.startsWith('另有 5 个单位'))).toHaveLength(1)
    }
  })

  it('a thousand copies of one template cost a thousand reports, not half a million pairs', () => {
    const white = seeds[0]!
    const items: CopyItem[] = Array.from({ length: 1000 }, (_, i) => ({ id: `c${i}`, report: copied(white, `某县第${i + 1}镇人民政府`, `第${i + 1}镇`, '白沙镇') }))
    const result = copyCheck(items)
    expect(result.pairs).toHaveLength(1000 * 3)
    for (const id of ['c0', 'c500', 'c999']) expect(result.more.get(id)).toBe(999 - 6)
    const issues = copyIssues(items, result)
    expect(Math.max(...[...issues.values()].map((list) => list.length))).toBe(7)
    // A correctness check at scale, not a timed one: 1,000 reports take a few seconds, over 10 s
    // on a loaded machine (speed is npm run bench's).
  }, 60_000)

  it('a batch listed again as it grows (its work kept per report and per pair) gives what a fresh check of the same reports gives', () => {
    const white = seeds[0]!
    const template = Array.from({ length: 8 }, (_, i) => copied(white, `伊川县第${i + 1}镇人民政府`, `第${i + 1}镇`, '白沙镇'))
    const arriving: CopyItem[] = [...seeds.map((report, i) => ({ id: `s${i}`, report })), ...template.map((report, i) => ({ id: `t${i}`, report }))]
    // Interleaved, as files arrive from the workers in any order.
    arriving.sort((x, y) => (x.id.charCodeAt(1) % 3) - (y.id.charCodeAt(1) % 3))
    const fresh = (items: CopyItem[]) => copyPairs(items.map((i) => ({ id: i.id, report: structuredClone(i.report) })))
    let batch: CopyItem[] = []
    for (const item of arriving) {
      batch = [...batch, item]
      expect(copyPairs(batch), `${batch.length} reports`).toEqual(fresh(batch))
    }
    // A resubmission: the same id, a new report whose text is now another seed's.
    const other = structuredClone(seeds[2]!)
    other.meta.agency = '伊川县第3镇人民政府'
    batch = batch.map((i) => (i.id === 't2' ? { id: 't2', report: other } : i))
    const after = copyPairs(batch)
    expect(after).toEqual(fresh(batch))
    expect(after.filter((p) => p.a === 't2' || p.b === 't2').map((p) => [p.a, p.b].sort())).toEqual([['s2', 't2']])
    // The seven template copies and the seed they copy (one group of 8) each name three of the
    // group; t2 pairs with s2 only.
    expect(after.length).toBe(8 * 3 + 1)
  })

  it('does not flag different real reports, nor two reports of the same unit', () => {
    const items = seeds.map((report, i) => ({ id: `s${i}`, report }))
    expect(copyPairs(items)).toEqual([])
    const again = { id: 'again', report: structuredClone(seeds[0]!) }
    expect(copyPairs([...items, again])).toEqual([])
  })

  it('finds a partly rewritten copy but not a report that only shares a template sentence', () => {
    const base = seeds[3]!
    const partly = copied(base, '叶城县某某乡人民政府', '某某乡', '白杨镇')
    partly.problems.improvements = '下一步，我乡将进一步加强队伍建设，提高工作人员业务能力，完善信息发布审核机制，确保信息及时准确公开。'
    const template = structuredClone(seeds[1]!)
    template.overview.proactive = `${base.overview.proactive.split('。')[0]}。${template.overview.proactive}`
    const pairs = copyPairs([{ id: 'base', report: base }, { id: 'partly', report: partly }, { id: 'template', report: template }])
    expect(pairs.map((p) => [p.a, p.b])).toEqual([['base', 'partly']])
  })

  it('at 500 reports finds exactly the copied pairs among unrelated texts', () => {
    const random = (seed: number) => () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32)
    const text = (next: () => number, n: number) => Array.from({ length: n }, (_, k) =>
      `${Array.from({ length: 20 }, () => String.fromCharCode(0x4e00 + Math.floor(next() * 3000))).join('')}${k % 3 ? '，' : '。'}`).join('')
    const items: CopyItem[] = Array.from({ length: 500 }, (_, i) => {
      const r = structuredClone(seeds[0]!)
      r.meta.agency = `某县第${i}镇人民政府`
      // Units 0–9 copy in pairs (0 and 1, 2 and 3 …); every other unit writes its own text.
      const next = random(i < 10 ? Math.floor(i / 2) + 1 : i + 1000)
      for (const key of Object.keys(r.overview) as (keyof Report['overview'])[]) r.overview[key] = text(next, 4)
      r.problems = { problems: text(next, 3), improvements: text(next, 3) }
      r.otherMatters = { text: text(next, 2) }
      return { id: `r${i}`, report: r }
    })
    expect(copyPairs(items).map((p) => `${p.a}-${p.b}`).sort()).toEqual(['r0-r1', 'r2-r3', 'r4-r5', 'r6-r7', 'r8-r9'])
  })
})
