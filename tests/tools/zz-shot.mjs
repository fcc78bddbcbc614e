import { chromium } from '@playwright/test'

const base = 'http://127.0.0.1:4191'
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-dev-shm-usage',
    '--disable-gpu',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--autoplay-policy=no-user-gesture-required',
  ],
})
const shots = JSON.parse(process.argv[2])
for (const s of shots) {
  const page = await browser.newPage({
    viewport: { width: s.w, height: s.h },
    colorScheme: s.scheme ?? 'light',
  })
  await page.goto(base + '/' + s.route)
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => document.fonts.ready)
  if (s.end) {
    await page.getByRole('slider', { name: 'Position in the session' }).press('End')
  }
  await page.waitForTimeout(s.wait ?? 2500)
  if (s.scrollTo) await page.locator(s.scrollTo).last().scrollIntoViewIfNeeded()
  await page.screenshot({ path: s.out, fullPage: !!s.full })
  await page.close()
}
await browser.close()
