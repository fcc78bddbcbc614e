/**
 * Takes screenshots of every screen at phone and kiosk sizes, light and dark, for a person to look
 * at. Usage: `npm run screenshots` (serves the production build itself). Output: .bench/screens/.
 */
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../setup/chromium'
import { withPreviewServer } from '../setup/server'

const routes = (
  process.env.ROUTES ?? '#/,#/learn,#/learn/what-happens,#/explore,#/explore/cervical'
).split(',')
const sizes = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'kiosk', width: 1920, height: 1080 },
]
const out = '.bench/screens'
const practiceRoutines = (process.env.ROUTINES ?? 'head-jaw-scalp,evening-rest').split(',')
mkdirSync(out, { recursive: true })

await withPreviewServer(async (base) => {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
  for (const scheme of ['light', 'dark'] as const) {
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: size, colorScheme: scheme })
      for (const route of routes) {
        await page.goto(`${base}/${route}`)
        await page.waitForLoadState('networkidle')
        await page.evaluate(() => document.fonts.ready)
        if (route.startsWith('#/explore'))
          await page.locator('.body-view[data-ready="true"]').waitFor()
        await page.waitForTimeout(route.startsWith('#/explore') ? 3000 : 1200) // let glides finish
        const name = `${size.name}-${scheme}-${route.replace(/[#/]+/g, '_').replace(/^_|_$/g, '') || 'home'}.png`
        await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL === '1' })
        console.log(`${out}/${name}`)
      }
      // The session preview, playing, in the head, neck and spine chapters, and at its end.
      for (const chapter of ['hands-on-the-head', 'the-neck', 'along-the-spine']) {
        await page.goto(`${base}/#/preview/${chapter}`)
        await page.locator('.body-view[data-ready="true"]').waitFor()
        await page.evaluate(() => document.fonts.ready)
        await page.getByRole('button', { name: 'Play' }).click()
        await page.waitForTimeout(4500)
        await page.getByRole('button', { name: 'Pause' }).click()
        await page.evaluate(() => window.scrollTo(0, 0))
        await page.waitForTimeout(300)
        await page.screenshot({ path: `${out}/${size.name}-${scheme}-preview-${chapter}.png` })
      }
      await page.getByRole('slider', { name: 'Position in the session' }).press('End')
      await page.waitForTimeout(500)
      await page.screenshot({ path: `${out}/${size.name}-${scheme}-preview-end.png` })
      // Panels and notices are screens too.
      await page.goto(`${base}/#/`)
      await page.getByRole('button', { name: 'Settings' }).click()
      await page.waitForTimeout(500)
      await page.screenshot({ path: `${out}/${size.name}-${scheme}-settings.png` })
      await page.evaluate(() => localStorage.setItem('stillpoint:settings', 'damaged'))
      await page.reload()
      await page.evaluate(() => document.fonts.ready)
      await page.screenshot({ path: `${out}/${size.name}-${scheme}-notice.png` })
      await page.evaluate(() => localStorage.clear())
      // Practice: the safety check, the routines, then every step of one routine, held mid-step.
      await page.goto(`${base}/#/practice`)
      await page.locator('.safety-check').waitFor()
      await page.screenshot({ path: `${out}/${size.name}-${scheme}-practice-check.png` })
      for (const group of await page.locator('.safety-questions fieldset').all())
        await group.getByRole('radio', { name: 'No', exact: true }).check()
      await page.getByRole('button', { name: 'Continue' }).click()
      await page.getByRole('heading', { name: 'Choose a routine' }).waitFor()
      await page.evaluate(() => window.scrollTo(0, 0))
      await page.screenshot({ path: `${out}/${size.name}-${scheme}-practice-list.png` })
      for (const routine of practiceRoutines) {
        await page.goto(`${base}/?inspect#/practice/${routine}`)
        await page.getByRole('button', { name: 'Start' }).click()
        await page.waitForFunction(() => !!window.__stillpointPractice)
        const steps = await page.evaluate(() => window.__stillpointPractice?.steps ?? [])
        for (const [index, id] of steps.entries()) {
          // Into the step's hold: the ring, the pacer and the hands are all showing.
          await page.evaluate((step) => {
            const p = window.__stillpointPractice
            const s = p?.step(step)
            if (p && s) p.seek(s.holdStart + 3)
          }, id)
          await page.waitForTimeout(3200) // the camera's glide
          await page.evaluate(() => window.scrollTo(0, 0))
          await page.screenshot({
            path: `${out}/${size.name}-${scheme}-practice-${routine}-${index + 1}-${id}.png`,
          })
        }
        await page.keyboard.press('s')
        await page.getByRole('dialog', { name: 'Are you OK?' }).waitFor()
        await page.screenshot({ path: `${out}/${size.name}-${scheme}-practice-stop.png` })
        await page.getByRole('button', { name: 'End the practice' }).click()
        await page.screenshot({ path: `${out}/${size.name}-${scheme}-practice-end.png` })
      }
      await page.evaluate(() => localStorage.clear())
      await page.close()
      // The kiosk: its attract screen, its home in use, and the staff PIN pad.
      const kiosk = await browser.newPage({ viewport: size, colorScheme: scheme })
      await kiosk.route('**/clinic.json', (route) =>
        route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({ name: 'Your clinic', kiosk: { enabled: true, exitPin: '2468' } }),
        }),
      )
      await kiosk.goto(`${base}/`)
      await kiosk.locator('.attract .body-view[data-ready="true"]').waitFor()
      await kiosk.evaluate(() => document.fonts.ready)
      await kiosk.waitForTimeout(1500)
      await kiosk.screenshot({ path: `${out}/${size.name}-${scheme}-kiosk-attract.png` })
      await kiosk.getByRole('button', { name: 'Touch anywhere to begin' }).click()
      await kiosk.getByRole('heading', { name: 'Where would you like to start?' }).waitFor()
      await kiosk.screenshot({ path: `${out}/${size.name}-${scheme}-kiosk-home.png` })
      await kiosk.keyboard.press('Control+Alt+k')
      await kiosk.getByRole('dialog', { name: 'Staff: leave kiosk mode' }).waitFor()
      await kiosk.waitForTimeout(400)
      await kiosk.screenshot({ path: `${out}/${size.name}-${scheme}-kiosk-pin.png` })
      await kiosk.close()
    }
  }
  await browser.close()
})
