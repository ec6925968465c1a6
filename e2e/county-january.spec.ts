// The county office's January on 汇总审核 (report-file.md §12): the roster and its deadline, a
// batch with a late and a copied report, triage, the letters .zip read back letter by letter, a
// resubmission that fixes a problem, the rule pack's scores, the page kept across a visit to the
// editor, the dashboard (axe), and the command line with --rules and --roster.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { collectPageErrors, freshApp, openPage } from './helpers.ts'

const seed = (i: number) => JSON.parse(readFileSync(`src/report/fixtures/seed-00${i}.json`, 'utf8'))
const ROSTER = ['伊川县白沙镇人民政府\t乡镇', '翟镇镇\t乡镇', '伊川县 半坡镇\t乡镇', '伊川县鸦岭镇\t乡镇', '郏县白庙乡\t乡镇', '伊川县江左镇\t乡镇'].join('\n')

/** The January batch: three seeds, a report with a balance error, and 鸦岭镇 copying 白沙镇's text. */
function batch(dir: string) {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, '白沙镇.json'), JSON.stringify(seed(0)))
  const broken = seed(1)
  broken.table3.carriedForward.naturalPerson = (broken.table3.carriedForward.naturalPerson ?? 0) + 5
  writeFileSync(join(dir, '翟镇镇.json'), JSON.stringify(broken))
  writeFileSync(join(dir, '半坡镇.json'), JSON.stringify(seed(4)))
  const copy = seed(0)
  copy.meta.agency = '伊川县鸦岭镇人民政府'
  const swap = (t: string) => t.split('白沙镇').join('鸦岭镇')
  for (const k of Object.keys(copy.overview)) copy.overview[k] = swap(copy.overview[k])
  for (const k of Object.keys(copy.problems)) copy.problems[k] = swap(copy.problems[k])
  writeFileSync(join(dir, '鸦岭镇.json'), JSON.stringify(copy))
  writeFileSync(join(dir, '白杨镇.json'), JSON.stringify(seed(3)))
}

const row = (page: Page, agency: string) => page.locator(`[data-report-row][data-agency="${agency}"]`)

/** The text of each .docx in a .zip, by file name. */
function lettersOf(path: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(path)))) {
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!)
    out.set(name, xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, ''))
  }
  return out
}

test('a January: roster, late and copied reports, triage, letters, a resubmission, scores and the dashboard', async ({ page }) => {
  test.setTimeout(120_000)
  const errors = collectPageErrors(page)
  const dir = test.info().outputPath('january')
  batch(dir)
  await page.clock.setFixedTime(new Date('2025-01-20T10:00:00'))
  await freshApp(page)
  await openPage(page, '汇总审核')

  // The header belongs to the editor: no report title, no export.
  await expect(page.locator('.doc-title')).toHaveCount(0)
  await expect(page.getByRole('button', { name: '导出 Word' })).toHaveCount(0)

  // The roster, pasted from a spreadsheet, and the deadline.
  await page.getByLabel('每行一个单位').fill(ROSTER)
  await page.getByRole('button', { name: '保存名单' }).click()
  await page.getByLabel('截止日期').fill('2025-01-31')
  await expect(page.locator('[data-missing-unit]')).toHaveCount(6)

  await page.getByTestId('batch-files').setInputFiles(['白沙镇', '翟镇镇', '半坡镇', '鸦岭镇', '白杨镇'].map((n) => join(dir, `${n}.json`)))
  await expect(page.locator('[data-report-row]')).toHaveCount(5)
  // A late report: received after the deadline.
  await page.clock.setFixedTime(new Date('2025-02-03T09:00:00'))
  await page.getByTestId('batch-files').setInputFiles({ name: '白庙乡.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(seed(2))) })
  await expect(page.locator('[data-report-row]')).toHaveCount(6)
  await expect(row(page, '郏县白庙乡人民政府')).toHaveAttribute('data-late', 'true')
  await expect(row(page, '伊川县白沙镇人民政府')).not.toHaveAttribute('data-late', /.*/)
  await expect(page.locator('[data-unit="郏县白庙乡"]')).toHaveAttribute('data-late', 'true')
  await expect(page.locator('[data-missing-unit]')).toHaveCount(1)
  await expect(page.locator('[data-missing-unit="伊川县江左镇"]')).toContainText('未提交')
  // 生成汇总报告 names the roster's unit without a report before anything is summed.
  await page.getByRole('button', { name: '生成汇总报告' }).click()
  const aggregate = page.getByRole('dialog', { name: '生成汇总报告' })
  await expect(aggregate.locator('[data-missing-in-aggregate]')).toHaveText(['伊川县江左镇'])
  await aggregate.getByRole('button', { name: '取消' }).click()
  await expect(aggregate).toHaveCount(0)
  await expect(page.locator('[data-unit="翟镇镇"]')).toHaveAttribute('data-unit-status', 'errors')
  // 白杨镇 is not on the roster: flagged.
  await expect(row(page, '叶城县白杨镇人民政府')).toHaveAttribute('data-unmatched', 'true')
  await expect(page.locator('[data-unmatched-reports]')).toContainText('叶城县白杨镇人民政府')
  await expect(page.getByTestId('review-count')).toHaveText('共 6 份，显示 6 份')

  // The copy: a warning on both reports, with the passages side by side.
  for (const agency of ['伊川县白沙镇人民政府', '伊川县鸦岭镇人民政府']) {
    await row(page, agency).getByRole('button', { name: /^处理/ }).click()
    await expect(page.locator('.triage-panel [data-rule-id="X-COPY-UNIT"]')).toHaveCount(1)
  }
  const passages = page.locator('.copy-passages tbody tr')
  expect(await passages.count()).toBeGreaterThan(3)
  const [mine, theirs] = await passages.first().locator('td').allTextContents()
  expect(mine).toContain(theirs!.trim().slice(0, 10).replaceAll('白沙镇', '鸦岭镇'))

  // A rule pack: scores and deductions on every row.
  await page.getByLabel('评分规则').selectOption({ label: '某市年报评分（示例）' })
  await expect(row(page, '伊川县鸦岭镇人民政府')).toHaveAttribute('data-deductions', /X-COPY-UNIT −5/)
  await expect(row(page, '偃师区翟镇镇人民政府')).toHaveAttribute('data-deductions', /T3-BALANCE −0.5/)
  const scoreOf = async (agency: string) => Number(await row(page, agency).getAttribute('data-score'))
  expect(await scoreOf('伊川县半坡镇人民政府')).toBeGreaterThan(await scoreOf('伊川县鸦岭镇人民政府'))
  // A file that is no rule pack: named with the reason beside the picker; the pack in use stays.
  await page.getByTestId('pack-file').setInputFiles({ name: '笔记.json', mimeType: 'application/json', buffer: Buffer.from('这不是规则包') })
  await expect(page.locator('.pack-picker [role="alert"]')).toHaveText(/无法载入规则包“笔记\.json”：规则包不是有效的 JSON 文件。评分规则仍为“某市年报评分（示例）”/)
  await expect(page.getByLabel('评分规则')).toHaveValue('local-example')
  await expect(row(page, '伊川县鸦岭镇人民政府')).toHaveAttribute('data-deductions', /X-COPY-UNIT −5/)

  // Triage: 鸦岭镇's copy warning confirmed; 白沙镇's ignored with a reason (it is the original).
  const white = row(page, '伊川县白沙镇人民政府')
  const whiteWarnings = Number(await white.getAttribute('data-warnings'))
  const whiteScore = await scoreOf('伊川县白沙镇人民政府')
  await white.getByRole('button', { name: /^处理/ }).click()
  const copyFinding = page.locator('.triage-panel [data-rule-id="X-COPY-UNIT"]')
  await copyFinding.getByRole('combobox').selectOption('ignored')
  await copyFinding.getByLabel('忽略理由').fill('白沙镇为原稿，鸦岭镇照抄')
  await copyFinding.getByRole('button', { name: '确定忽略' }).click()
  await expect(copyFinding).toHaveAttribute('data-triage', 'ignored')
  await expect(copyFinding).toContainText('忽略理由：白沙镇为原稿')
  await expect(white).toHaveAttribute('data-warnings', String(whiteWarnings - 1))
  expect(await scoreOf('伊川县白沙镇人民政府')).toBe(whiteScore + 5)
  await row(page, '偃师区翟镇镇人民政府').getByRole('button', { name: /^处理/ }).click()
  await page.locator('.triage-panel [data-rule-id="T3-BALANCE"]').first().getByRole('combobox').selectOption('confirmed')
  await expect(page.locator('.triage-panel [data-rule-id="T3-BALANCE"]').first()).toHaveAttribute('data-triage', 'confirmed')

  // 导出整改通知 for 翟镇镇 and 鸦岭镇, each letter read back.
  await page.getByLabel('重新报送期限').fill('2025-02-15')
  await page.getByLabel('整改通知发文单位').fill('伊川县人民政府办公室')
  for (const agency of ['偃师区翟镇镇人民政府', '伊川县鸦岭镇人民政府']) await row(page, agency).getByRole('checkbox').check()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出整改通知' }).click()
  const saved = test.info().outputPath('letters.zip')
  await (await download).saveAs(saved)
  const letters = lettersOf(saved)
  expect([...letters.keys()].sort()).toEqual(['伊川县鸦岭镇人民政府2024年年报整改通知.docx', '偃师区翟镇镇人民政府2024年年报整改通知.docx'])
  const zhai = letters.get('偃师区翟镇镇人民政府2024年年报整改通知.docx')!
  expect(zhai).toContain('偃师区翟镇镇人民政府：')
  expect(zhai).toContain('表三')
  expect(zhai).toContain('自然人')
  expect(zhai).toContain('本年新收加上年结转')
  expect(zhai).toContain('2025年2月15日前')
  expect(zhai).toContain('伊川县人民政府办公室')
  expect(letters.get('伊川县鸦岭镇人民政府2024年年报整改通知.docx')).toContain('不得照抄其他单位')

  // The page is kept across a visit to the editor.
  await page.getByLabel('按年度筛选').selectOption('2024')
  await page.getByLabel('按单位名称筛选').fill('镇')
  await expect(page.getByTestId('review-count')).toHaveText('共 6 份，显示 5 份，已选 2 份')
  await row(page, '伊川县半坡镇人民政府').getByRole('button', { name: '伊川县半坡镇人民政府', exact: true }).click()
  await expect(page.locator('.doc-title')).toContainText('半坡镇')
  await openPage(page, '汇总审核')
  await expect(page.getByLabel('按单位名称筛选')).toHaveValue('镇')
  await expect(page.getByLabel('按年度筛选')).toHaveValue('2024')
  await expect(page.getByTestId('review-count')).toHaveText('共 6 份，显示 5 份，已选 2 份')
  await expect(row(page, '偃师区翟镇镇人民政府').getByRole('checkbox')).toBeChecked()
  await page.getByLabel('按单位名称筛选').fill('')

  // A resubmission that fixes the balance: round 2, no error, the unit passes or waits on warnings.
  await page.clock.setFixedTime(new Date('2025-02-10T09:00:00'))
  await page.getByTestId('batch-files').setInputFiles({ name: '翟镇镇-修改.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(seed(1))) })
  const zhaiRow = row(page, '偃师区翟镇镇人民政府')
  await expect(zhaiRow).toHaveAttribute('data-round', '2')
  await expect(zhaiRow).toHaveCount(1)
  await expect(zhaiRow).toHaveAttribute('data-errors', '0')
  await expect(page.locator('[data-unit="翟镇镇"]')).not.toHaveAttribute('data-unit-status', 'errors')

  // The ignored mark survives a reload (re-checked in the workers).
  await page.reload()
  await openPage(page, '汇总审核')
  await row(page, '伊川县白沙镇人民政府').getByRole('button', { name: /^处理/ }).click()
  await expect(page.locator('.triage-panel [data-rule-id="X-COPY-UNIT"]')).toHaveAttribute('data-triage', 'ignored')

  // The dashboard: four charts, each with its table; axe finds nothing serious.
  // Drawn for the selection: all six reports (no last year here, so three charts).
  await page.getByLabel('全选').check()
  await page.getByRole('button', { name: '县域概览' }).click()
  await expect(page.locator('.county-chart')).toHaveCount(3)
  await page.getByRole('button', { name: '显示数据表' }).first().click()
  await expect(page.getByRole('table', { name: '各单位新收申请与办理结果（数据表）' }).locator('tbody tr')).toHaveCount(6)
  await page.getByRole('button', { name: '显示数据表' }).last().click()
  await expect(page.getByRole('table', { name: '名单单位报送情况（数据表）' })).toContainText('未提交')
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([])
  expect(errors).toEqual([])
})

test('the command line with --rules and --roster', () => {
  const dir = test.info().outputPath('cli')
  batch(join(dir, 'reports'))
  writeFileSync(join(dir, 'roster.csv'), `\ufeff单位名称,类型\r\n${ROSTER.replaceAll('\t', ',')}\r\n`)
  // 翟镇镇 sends again, fixed: its second submission by the files' times, and the unit's status is the latest's.
  const fixed = seed(1)
  writeFileSync(join(dir, 'reports', '翟镇镇（修改稿）.json'), JSON.stringify(fixed))
  utimesSync(join(dir, 'reports', '翟镇镇.json'), new Date('2025-01-10T09:00:00Z'), new Date('2025-01-10T09:00:00Z'))
  utimesSync(join(dir, 'reports', '翟镇镇（修改稿）.json'), new Date('2025-01-20T09:00:00Z'), new Date('2025-01-20T09:00:00Z'))
  execFileSync('node', ['scripts/build-cli.mjs'], { stdio: 'inherit' })
  const out = spawnSync('node', ['dist-cli/check.mjs', join(dir, 'reports'), '--rules', 'src/report/county/packs/local-example.json', '--roster', join(dir, 'roster.csv'), '--json', join(dir, 'out.json')], { encoding: 'utf8' })
  expect(out.status, out.stderr).toBe(0)
  const results = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as Record<string, unknown>[]
  const byFile = new Map(results.map((r) => [r.file, r]))
  expect(byFile.get('鸦岭镇.json')).toMatchObject({ score: expect.any(Number), deductions: expect.arrayContaining([{ rule: 'X-COPY-UNIT', points: 5 }]) })
  expect(byFile.get('翟镇镇.json')).toMatchObject({ deductions: expect.arrayContaining([{ rule: 'T3-BALANCE', points: 0.5 }]) })
  expect(results.filter((r) => r.missing)).toEqual([{ unit: '郏县白庙乡', missing: true }, { unit: '伊川县江左镇', missing: true }])
  expect([byFile.get('翟镇镇.json')?.round, byFile.get('翟镇镇（修改稿）.json')?.round]).toEqual([1, 2])
  expect(out.stdout).toContain('偃师区翟镇镇人民政府（第 2 次报送）')
  // Six units, each counted by its latest report; two sent nothing.
  expect(out.stdout).toMatch(/名单共 6 个单位（按各单位最新一次报送）：未提交 2 个，/)
  expect(out.stdout).toContain('名单中 2 个单位没有报告：郏县白庙乡、伊川县江左镇')
  const bad = spawnSync('node', ['dist-cli/check.mjs', join(dir, 'reports'), '--rules', join(dir, 'roster.csv')], { encoding: 'utf8' })
  expect(bad.status).toBe(2)
  expect(bad.stderr).toContain('规则包')
})
