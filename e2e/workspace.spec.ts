// 我的报告: everything typed survives a reload; the old localStorage draft moves in; files are
// added, never replacing a report; delete goes to the 回收站 and can be undone; versions restore.
import { expect, test, type Page } from '@playwright/test'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cell, freshApp, NEW_REPORT_YEAR, openPage, openReportFile, typeCell } from './helpers'

const rows = (page: Page) => page.locator('[data-report-id]')

test('a reload restores everything typed, in the report that was open', async ({ page }) => {
  await freshApp(page)
  await page.getByLabel('机关全称', { exact: true }).fill('测试县测试镇人民政府')
  await openPage(page, '三 申请情况')
  await typeCell(page, 'table3/newReceived/naturalPerson', '3')
  await openPage(page, '五 问题改进')
  await page.getByRole('textbox', { name: '（一）存在问题' }).fill('公开栏更新不及时。')
  await expect(page.getByTestId('saved-state')).toBeVisible()
  await page.reload()
  // The reload returns to the section in use; a new report's year follows the calendar.
  await expect(page.locator('#page-heading')).toContainText('五、存在的主要问题及改进情况')
  await openPage(page, '基本信息')
  await expect(page.getByLabel('机关全称', { exact: true })).toHaveValue('测试县测试镇人民政府')
  await expect(page.locator('.doc-title')).toHaveText(`测试县测试镇人民政府${NEW_REPORT_YEAR}年政府信息公开工作年度报告`)
  await openPage(page, '三 申请情况')
  await expect(cell(page, 'table3/newReceived/naturalPerson')).toHaveValue('3')
  await openPage(page, '五 问题改进')
  await expect(page.getByRole('textbox', { name: '（一）存在问题' })).toHaveValue('公开栏更新不及时。')
})

test('the draft and baseline of the earlier localStorage version move into 我的报告', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return
    sessionStorage.setItem('seeded', '1')
    const empty = (n: number | null) => Object.fromEntries(['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg'].map((c) => [c, n]))
    const report = {
      format: 'gov-info-annual-report', schemaVersion: 1,
      meta: { agency: '旧草稿镇人民政府', year: 2024, unitType: 'township', publishDate: null, signature: true },
      overview: { preface: '', proactive: '旧草稿的主动公开。', onRequest: '', management: '', platform: '', oversight: '' },
      table2: { rules: { issued: null, repealed: null, inForce: null }, normativeDocs: { issued: null, repealed: null, inForce: null }, licensing: { decisions: null }, penalty: { decisions: null }, coercion: { decisions: null }, fees: { amountWanYuan: null } },
      table3: Object.fromEntries(['newReceived', 'carriedOver', 'granted', 'partial', 'denied.stateSecret', 'denied.lawForbidden', 'denied.threeSafetyOneStability', 'denied.thirdPartyRights', 'denied.internalAffairs', 'denied.processInfo', 'denied.enforcementFile', 'denied.adminQuery', 'unable.notHeld', 'unable.needCreation', 'unable.unclearAfterCorrection', 'notProcessed.petitionComplaint', 'notProcessed.duplicate', 'notProcessed.publication', 'notProcessed.massRepeated', 'notProcessed.confirmOrReissue', 'other.overdueCorrection', 'other.overdueFee', 'other.other', 'carriedForward'].map((r) => [r, empty(r === 'newReceived' ? 4 : null)])),
      table4: Object.fromEntries(['review', 'litigationDirect', 'litigationAfterReview'].map((g) => [g, { upheld: null, corrected: null, other: null, pending: null }])),
      problems: { problems: '', improvements: '' }, otherMatters: { text: '' },
    }
    localStorage.setItem('gov-info-annual-report:draft', JSON.stringify({ savedAt: '2025-01-10T08:00:00.000Z', report }))
  })
  await page.goto('/')
  await expect(page.getByLabel('机关全称', { exact: true })).toHaveValue('旧草稿镇人民政府')
  await expect(page.getByRole('status').filter({ hasText: '已移入“我的报告”' })).toBeVisible()
  await openPage(page, '三 申请情况')
  await expect(cell(page, 'table3/newReceived/naturalPerson')).toHaveValue('4')
  expect(await page.evaluate(() => localStorage.getItem('gov-info-annual-report:draft'))).toBeNull()
  await openPage(page, '我的报告')
  await expect(rows(page)).toHaveCount(1)
  await page.reload()
  await openPage(page, '我的报告')
  await expect(rows(page)).toHaveCount(1)
})

test('a damaged old draft is kept aside, reported, and a fresh report starts', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1')
      localStorage.setItem('gov-info-annual-report:draft', '{"savedAt":"x","report":{"format":"gov-info-annual-report","schemaVersion":1,"meta":')
    }
  })
  await page.goto('/')
  await expect(page.getByRole('alert').filter({ hasText: '原来保存在浏览器中的草稿已损坏' })).toBeVisible()
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':damaged:')))
  expect(kept).toHaveLength(1)
  expect(await page.evaluate((k) => localStorage.getItem(k), kept[0]!)).toContain('"meta":')
  await page.getByLabel('机关全称', { exact: true }).fill('新草稿镇人民政府')
  await expect(page.getByTestId('saved-state')).toBeVisible()
})

test('opening a bad file shows a Chinese error and changes nothing', async ({ page }) => {
  await freshApp(page)
  await page.getByLabel('机关全称', { exact: true }).fill('原草稿镇人民政府')
  mkdirSync('test-results/files', { recursive: true })
  const cases: [string, string, RegExp][] = [
    ['broken.json', '{ not json', /不是有效的 JSON/],
    ['other.json', JSON.stringify({ format: 'something-else', schemaVersion: 2 }), /不是政府信息公开工作年度报告文件/],
    ['v9.json', JSON.stringify({ format: 'gov-info-annual-report', schemaVersion: 9 }), /不支持的文件版本/],
    ['notes.txt', 'hello', /只能读取/],
  ]
  for (const [name, content, message] of cases) {
    const path = `test-results/files/${name}`
    writeFileSync(path, content)
    await page.getByTestId('open-file').setInputFiles(path)
    const dialog = page.getByRole('dialog')
    await expect(dialog).toContainText('无法打开此文件')
    await expect(dialog).toContainText(message)
    await dialog.getByRole('button', { name: '知道了' }).click()
    await expect(page.getByLabel('机关全称', { exact: true })).toHaveValue('原草稿镇人民政府')
  }
  await openPage(page, '我的报告')
  await expect(rows(page)).toHaveCount(1)
})

test('save a report file; 新建报告 and 打开报告 add reports, each kept; the last open one reopens', async ({ page }) => {
  await freshApp(page)
  await page.getByLabel('机关全称', { exact: true }).fill('保存镇人民政府')
  await openPage(page, '三 申请情况')
  await typeCell(page, 'table3/newReceived/commercial', '4')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '保存报告' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe(`保存镇人民政府${NEW_REPORT_YEAR}年政府信息公开工作年度报告.json`)
  const path = 'test-results/files/saved.json'
  await file.saveAs(path)

  await page.getByRole('button', { name: '新建报告' }).click()
  await expect(page.getByLabel('机关全称', { exact: true })).toHaveValue('')
  await page.getByLabel('机关全称', { exact: true }).fill('第二镇人民政府')
  await openReportFile(page, path)
  await expect(page.getByLabel('机关全称', { exact: true })).toHaveValue('保存镇人民政府')
  // The file is the report 我的报告 already holds: it is opened, not added again.
  await expect(page.locator('.toast', { hasText: '未重复加入' })).toBeVisible()
  await openPage(page, '我的报告')
  await expect(rows(page)).toHaveCount(2)
  await expect(rows(page).filter({ hasText: '第二镇人民政府' })).toHaveCount(1)
  await expect(rows(page).filter({ hasText: '保存镇人民政府' })).toHaveCount(1)

  await rows(page).filter({ hasText: '第二镇人民政府' }).getByRole('button', { name: '打开' }).click()
  await expect(page.getByLabel('机关全称', { exact: true })).toHaveValue('第二镇人民政府')
  await page.reload()
  await expect(page.getByLabel('机关全称', { exact: true })).toHaveValue('第二镇人民政府')
})

test('a file of a unit and year already kept becomes a new version by default, or a second report when asked', async ({ page }) => {
  await freshApp(page)
  await openReportFile(page, 'src/report/fixtures/seed-003.json')
  const report = JSON.parse(readFileSync('src/report/fixtures/seed-003.json', 'utf8'))
  report.table3.newReceived.naturalPerson = (report.table3.newReceived.naturalPerson ?? 0) + 7
  mkdirSync('test-results/files', { recursive: true })
  writeFileSync('test-results/files/resubmitted.json', JSON.stringify(report))

  await page.getByTestId('open-file').setInputFiles('test-results/files/resubmitted.json')
  const dialog = page.getByRole('dialog', { name: '打开报告' })
  await expect(dialog).toContainText('将作为它的新版本')
  await dialog.getByRole('button', { name: '打开', exact: true }).click()
  await expect(page.locator('.toast', { hasText: '已打开“resubmitted.json”，作为' })).toBeVisible()
  await openPage(page, '三 申请情况')
  await expect(cell(page, 'table3/newReceived/naturalPerson')).toHaveValue(String(report.table3.newReceived.naturalPerson))
  await openPage(page, '我的报告')
  await expect(rows(page)).toHaveCount(1)
  await page.getByRole('button', { name: '历史版本' }).click()
  // The earlier content stays a version (here the import's own: the same content is not kept twice).
  const versions = page.getByRole('dialog', { name: '历史版本' }).locator('li')
  await expect(versions.filter({ hasText: '新提交的文件' })).toHaveCount(1)
  await expect(versions.filter({ hasText: '从文件导入时' })).toHaveCount(1)
  await page.keyboard.press('Escape')

  // Keeping both, once asked.
  report.table3.newReceived.naturalPerson += 1
  writeFileSync('test-results/files/resubmitted-2.json', JSON.stringify(report))
  await page.getByTestId('open-file').setInputFiles('test-results/files/resubmitted-2.json')
  await dialog.getByTestId('open-as-separate').check()
  await dialog.getByRole('button', { name: '打开', exact: true }).click()
  await expect(page.locator('.toast', { hasText: '已打开“resubmitted-2.json”，并加入“我的报告”' })).toBeVisible()
  await openPage(page, '我的报告')
  await expect(rows(page)).toHaveCount(2)
})

test('delete goes to the 回收站 with 撤销; filter by name and year; copy', async ({ page }) => {
  await freshApp(page)
  await page.getByLabel('机关全称', { exact: true }).fill('甲镇人民政府')
  await page.getByRole('button', { name: '新建报告' }).click()
  await page.getByLabel('机关全称', { exact: true }).fill('乙镇人民政府')
  await page.getByLabel('报告年度').selectOption('2024')
  await openPage(page, '我的报告')
  await expect(rows(page)).toHaveCount(2)

  await rows(page).filter({ hasText: '甲镇' }).getByRole('button', { name: '复制' }).click()
  await expect(rows(page)).toHaveCount(3)
  await page.getByRole('searchbox', { name: '按机关名称筛选' }).fill('乙镇')
  await expect(rows(page)).toHaveCount(1)
  await page.getByRole('searchbox', { name: '按机关名称筛选' }).fill('')
  await page.getByRole('combobox', { name: '按年度筛选' }).selectOption(String(NEW_REPORT_YEAR))
  await expect(rows(page)).toHaveCount(2)
  await page.getByRole('combobox', { name: '按年度筛选' }).selectOption('')

  const victim = rows(page).filter({ hasText: '甲镇' }).first()
  const id = await victim.getAttribute('data-report-id')
  await victim.getByRole('button', { name: '删除' }).click()
  await expect(rows(page)).toHaveCount(2)
  await page.locator('.toast').getByRole('button', { name: '撤销' }).click()
  await expect(page.locator(`[data-report-id="${id}"]`)).toBeVisible()

  await page.locator(`[data-report-id="${id}"]`).getByRole('button', { name: '删除' }).click()
  await page.getByText('回收站（1）').click()
  await page.locator(`[data-trash-id="${id}"]`).getByRole('button', { name: '恢复' }).click()
  await expect(page.locator(`[data-report-id="${id}"]`)).toBeVisible()
  await expect(page.getByRole('region', { name: '浏览器存储' })).toContainText('MB')
})

test('历史版本: a version is kept at each Word export; restoring it keeps the current state too', async ({ page }) => {
  await freshApp(page)
  await openReportFile(page, 'src/report/fixtures/seed-003.json')
  await openPage(page, '检查与导出')
  const download = page.waitForEvent('download')
  await page.locator('.page').getByRole('button', { name: '导出 Word' }).click()
  await download
  await openPage(page, '一 总体情况')
  await page.getByRole('textbox', { name: '（四）政府信息公开平台建设' }).fill('导出后改写的平台建设。')
  await expect(page.getByTestId('saved-state')).toBeVisible()

  await page.getByRole('button', { name: '历史版本' }).click()
  const history = page.getByRole('dialog', { name: '历史版本' })
  const exported = history.locator('li', { hasText: '导出 Word 时' })
  await expect(exported).toHaveCount(1)
  await exported.getByRole('button', { name: '恢复此版本' }).click()
  await expect(page.getByRole('textbox', { name: '（四）政府信息公开平台建设' })).not.toHaveValue('导出后改写的平台建设。')
  // The text written after the export is a version now, and can be brought back.
  await page.getByRole('button', { name: '历史版本' }).click()
  const before = history.locator('li', { hasText: '恢复旧版本前' })
  await expect(before).toHaveCount(1)
  await expect(before).toContainText('一、总体情况')
  await before.getByRole('button', { name: '恢复此版本' }).click()
  await expect(page.getByRole('textbox', { name: '（四）政府信息公开平台建设' })).toHaveValue('导出后改写的平台建设。')
})
