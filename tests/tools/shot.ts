/** Ad-hoc screenshot of one URL: tsx tests/tools/shot.ts <url> <out.png> [width] [height] [waitMs] [button or radio names to press…] */
import { chromium } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../setup/chromium'

const [url = '', out = 'shot.png', w = '1280', h = '800', wait = '2500', ...clicks] =
  process.argv.slice(2)
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } })
page.on('console', (m) => console.log('console:', m.type(), m.text()))
page.on('pageerror', (e) => console.log('pageerror:', e.message))
await page.goto(url)
for (const name of clicks) {
  await page.waitForTimeout(600)
  await page
    .getByRole('radio', { name, exact: true })
    .or(page.getByRole('button', { name, exact: true }))
    .first()
    .click()
}
await page.waitForTimeout(Number(wait))
await page.screenshot({ path: out })
await browser.close()
