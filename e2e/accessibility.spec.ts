// axe-core over every page of the app: no serious or critical violation (WCAG 2 A/AA rules),
// with a filled-in report (errors and warnings listed) and with the preview tab open.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { freshApp, openPage, openReportFile } from './helpers'

const FIXTURE = 'src/report/fixtures/seed-003.json'
const PAGES = ['我的报告', '基本信息', '一 总体情况', '二 主动公开', '三 申请情况', '四 复议诉讼', '五 问题改进', '六 其他事项', '检查与导出']

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)
}

test('every page, with check results listed: no serious or critical violation', async ({ page }) => {
  // Nine full axe runs: more than the default minute on a loaded 2-core machine.
  test.setTimeout(180_000)
  await freshApp(page)
  await openReportFile(page, FIXTURE)
  // A warning and an error in the list, so their colours are checked too.
  await openPage(page, '三 申请情况')
  await page.locator('[data-cell-id="table3/newReceived/naturalPerson"]').fill('99')
  await expect(page.locator('.side-panel [data-severity="error"]').first()).toBeVisible()
  for (const name of PAGES) {
    await openPage(page, name)
    await expect(page.locator('#page-heading')).not.toBeEmpty()
    expect(await seriousViolations(page), name).toEqual([])
  }
})

test('the A4 preview tab and the 历史版本 dialog: no serious or critical violation', async ({ page }) => {
  await freshApp(page)
  await page.getByRole('tab', { name: '文档预览' }).click()
  await expect(page.getByTestId('preview')).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('button', { name: '历史版本' }).click()
  await expect(page.getByRole('dialog', { name: '历史版本' }).locator('li')).not.toHaveCount(0)
  expect(await seriousViolations(page)).toEqual([])
})
