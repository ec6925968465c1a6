import { expect, test } from '@playwright/test'

test('the app shell lists the six official section headings', async ({ page }) => {
  await page.goto('/')
  for (const heading of ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']) {
    await expect(page.getByText(heading, { exact: true }).first()).toBeAttached()
  }
})
