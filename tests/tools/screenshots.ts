/**
 * Takes screenshots of every screen at phone and kiosk sizes, light and dark, for a person to look
 * at, and a contact sheet of every camera shot in every pose (standing, lying, seated) at phone,
 * tablet and kiosk sizes, light and dark. Usage: `npm run screenshots` (serves the production
 * build itself; `ONLY=sheets` makes just the contact sheets). Output: .bench/screens/, the sheets
 * as .bench/screens/sheet-<scheme>-<size>.png and each shot under .bench/screens/shots/.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { type Browser, chromium } from '@playwright/test'
import { type PoseId, shots } from '../../src/content/shots'
import { chromiumArgs, chromiumPath } from '../setup/chromium'
import { withPreviewServer } from '../setup/server'
import { enrolKiosk, STAFF_PIN } from '../setup/visitor'

const routes = (
  process.env.ROUTES ?? '#/,#/learn,#/learn/what-happens,#/explore,#/explore/cervical'
).split(',')
const sizes = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'kiosk', width: 1920, height: 1080 },
]
const out = '.bench/screens'
const practiceRoutines = (process.env.ROUTINES ?? 'head-jaw-scalp,evening-rest').split(',')
mkdirSync(`${out}/shots`, { recursive: true })

const sheetSizes = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'kiosk', width: 1920, height: 1080 },
]
const poses: readonly PoseId[] = ['upright', 'lying', 'seated']

/**
 * Every shot in every pose through the Explore view's test overrides (`?inspect&pose=…&shot=…`),
 * camera cuts under reduced motion; one sheet per scheme and size, a row per pose.
 */
async function contactSheets(browser: Browser, base: string) {
  for (const scheme of ['light', 'dark'] as const) {
    for (const size of sheetSizes) {
      const page = await browser.newPage({
        viewport: size,
        colorScheme: scheme,
        reducedMotion: 'reduce',
      })
      const rows: { pose: PoseId; cells: { label: string; png: string }[] }[] = []
      for (const pose of poses) {
        const cells: { label: string; png: string }[] = []
        for (const shot of shots) {
          await page.goto('about:blank')
          await page.goto(`${base}/?inspect&pose=${pose}&shot=${shot.id}#/explore`)
          await page.locator('.body-view[data-ready="true"]').waitFor({ timeout: 30_000 })
          await page.evaluate(() => document.fonts.ready)
          await page.waitForTimeout(1200) // the cut, the highlight's pulse, the first sharp frame
          const png = await page.locator('.body-view').screenshot()
          writeFileSync(`${out}/shots/${scheme}-${size.name}-${pose}-${shot.id}.png`, png)
          cells.push({ label: shot.label, png: png.toString('base64') })
        }
        rows.push({ pose, cells })
      }
      await page.close()
      const sheet = await browser.newPage({
        viewport: { width: 2400, height: 1200 },
        colorScheme: scheme,
      })
      const ink = scheme === 'dark' ? '#e6ecea' : '#1d2a2e'
      const paper = scheme === 'dark' ? '#0e181c' : '#f5f1ea'
      await sheet.setContent(`<!doctype html><style>
        body { margin: 16px; font: 15px system-ui, sans-serif; color: ${ink}; background: ${paper} }
        h1 { font-size: 20px; margin: 0 0 12px }
        .row { display: grid; grid-template-columns: 90px repeat(${shots.length}, 1fr); gap: 8px; margin-bottom: 12px; align-items: start }
        .pose { font-weight: 700; padding-top: 8px }
        figure { margin: 0 } img { width: 100%; display: block; border-radius: 6px }
        figcaption { margin-top: 4px; font-size: 13px }
      </style><h1>Every shot, ${size.width}×${size.height}, ${scheme}</h1>${rows
        .map(
          (r) =>
            `<div class="row"><div class="pose">${r.pose}</div>${r.cells
              .map(
                (c) =>
                  `<figure><img src="data:image/png;base64,${c.png}" alt=""><figcaption>${c.label}</figcaption></figure>`,
              )
              .join('')}</div>`,
        )
        .join('')}`)
      const file = `${out}/sheet-${scheme}-${size.name}.png`
      await sheet.screenshot({ path: file, fullPage: true })
      await sheet.close()
      console.log(file)
    }
  }
}

await withPreviewServer(async (base) => {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
  await contactSheets(browser, base)
  if (process.env.ONLY === 'sheets') {
    await browser.close()
    return
  }
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
          body: JSON.stringify({ name: 'Your clinic', phone: '+1 (555) 010-2030' }),
        }),
      )
      // Staff enroll the device: the setup screen first.
      await kiosk.goto(`${base}/#/kiosk/setup`)
      await kiosk.getByLabel('Staff PIN (6 to 8 digits)').waitFor()
      await kiosk.evaluate(() => document.fonts.ready)
      await kiosk.screenshot({
        path: `${out}/${size.name}-${scheme}-kiosk-setup.png`,
        fullPage: true,
      })
      await enrolKiosk(kiosk, { base })
      await kiosk.goto(`${base}/`)
      await kiosk.locator('.attract .body-view[data-ready="true"]').waitFor()
      await kiosk.evaluate(() => document.fonts.ready)
      await kiosk.waitForTimeout(1500)
      await kiosk.screenshot({ path: `${out}/${size.name}-${scheme}-kiosk-attract.png` })
      await kiosk.getByRole('button', { name: 'Touch anywhere to begin' }).click()
      await kiosk.getByRole('heading', { name: 'Where would you like to start?' }).waitFor()
      await kiosk.screenshot({ path: `${out}/${size.name}-${scheme}-kiosk-home.png` })
      await kiosk.keyboard.press('Control+Alt+k')
      await kiosk.getByRole('dialog', { name: 'Staff only' }).waitFor()
      await kiosk.waitForTimeout(400)
      await kiosk.screenshot({ path: `${out}/${size.name}-${scheme}-kiosk-pin.png` })
      await kiosk.keyboard.type(STAFF_PIN)
      await kiosk.keyboard.press('Enter')
      await kiosk.getByRole('dialog', { name: 'Staff', exact: true }).waitFor()
      await kiosk.waitForTimeout(400)
      await kiosk.screenshot({ path: `${out}/${size.name}-${scheme}-kiosk-staff.png` })
      await kiosk.getByRole('button', { name: 'Back to kiosk' }).click()
      await kiosk.getByRole('button', { name: 'Touch anywhere to begin' }).click()
      await kiosk.getByRole('button', { name: 'I’m done' }).click()
      await kiosk.waitForTimeout(600)
      await kiosk.screenshot({ path: `${out}/${size.name}-${scheme}-kiosk-done.png` })
      // Three wrong PINs: the pad waits, and says so.
      await kiosk.keyboard.press('Control+Alt+k')
      for (let i = 0; i < 3; i++) {
        await kiosk.keyboard.type('11111111')
        await kiosk.keyboard.press('Enter')
        await kiosk.waitForTimeout(1500)
      }
      await kiosk.screenshot({ path: `${out}/${size.name}-${scheme}-kiosk-pin-wait.png` })
      await kiosk.close()
    }
  }
  await browser.close()
})
