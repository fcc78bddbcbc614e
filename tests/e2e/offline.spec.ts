import type { BrowserContext, Page } from '@playwright/test'
import {
  acceptFailedLoads,
  answerSafetyCheck,
  enrolKiosk,
  everySound,
  expect,
  keptSounds,
  test,
} from './fixtures'

test.use({ serviceWorkers: 'allow' })

/** The first visit, online: the service worker installs and keeps the app shell and every route. */
async function firstVisit(page: Page) {
  await page.goto('/')
  await page.getByRole('heading', { level: 1 }).waitFor()
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    return registration.active?.state
  })
}

async function goOffline(context: BrowserContext, page: Page) {
  await context.setOffline(true)
  await page.reload()
  await expect(page.getByText('You’re offline.')).toBeVisible()
}

test('after one visit, Learn, Explore and the Preview open offline; the Preview runs on captions without its sound', async ({
  context,
  page,
  watch,
}) => {
  test.setTimeout(120_000)
  await firstVisit(page)
  await goOffline(context, page)
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true)
  // The installed app's icons and the tab's, as its manifest and page name them.
  const icons = await page.evaluate(async () => {
    const manifest = (await (await fetch('/manifest.webmanifest')).json()) as {
      icons: { src: string }[]
    }
    const named = [
      ...document.querySelectorAll<HTMLLinkElement>(
        'link[rel~="icon"], link[rel="apple-touch-icon"]',
      ),
    ]
    const all = [...manifest.icons.map((i) => `/${i.src}`), ...named.map((l) => l.href)]
    return Promise.all(all.map(async (src) => `${src} ${(await fetch(src)).status}`))
  })
  expect(icons.length).toBe(6)
  for (const icon of icons) expect(icon).toMatch(/ 200$/)
  // Learn.
  await page.getByRole('link', { name: /Learn about CST/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/craniosacral therapy/i)
  // Explore draws the body from what was kept.
  await page.goto('/#/explore')
  await expect(page.locator('.body-view[data-mode="3d"][data-ready="true"]')).toBeVisible({
    timeout: 30_000,
  })
  // The Preview: its sound was never played here, so captions run on the silent clock, with a note.
  await page.goto('/?inspect#/preview')
  await page.getByRole('button', { name: 'Play', exact: true }).click()
  await expect(
    page.getByText(/The voice for this preview isn’t saved on this device yet/),
  ).toBeVisible({ timeout: 20_000 })
  await expect
    .poll(() => page.evaluate(() => window.__stillpointPreview?.voice()), { timeout: 20_000 })
    .toBe('silent')
  const t0 = await page.evaluate(() => window.__stillpointPreview?.time() ?? 0)
  await expect
    .poll(() => page.evaluate(() => window.__stillpointPreview?.time() ?? 0), { timeout: 10_000 })
    .toBeGreaterThan(t0 + 1)
  // The browser logs each load that failed offline (the voice); the page itself logged nothing.
  acceptFailedLoads(watch)
})

test('sound played once at home plays again offline', async ({ context, page }) => {
  test.setTimeout(120_000)
  await firstVisit(page)
  // Reload so the service worker controls the page, then play the Preview for a moment.
  await page.goto('/?inspect#/preview')
  await page.reload()
  await page.getByRole('button', { name: 'Play', exact: true }).click()
  await expect
    .poll(() => page.evaluate(() => window.__stillpointPreview?.voice()), { timeout: 20_000 })
    .toBe('audio')
  // The format this browser plays is kept, whole, on the device.
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const cache = await caches.open('stillpoint-audio')
          return (await cache.keys()).map((r) => new URL(r.url).pathname).sort()
        }),
      { timeout: 30_000 },
    )
    .toEqual(expect.arrayContaining(['/audio/chime.webm', '/audio/first-session.webm']))
  await page.getByRole('button', { name: 'Pause' }).first().click()
  await context.setOffline(true)
  await page.reload()
  await page.getByRole('button', { name: 'Play', exact: true }).click()
  await expect
    .poll(() => page.evaluate(() => window.__stillpointPreview?.time() ?? 0), { timeout: 20_000 })
    .toBeGreaterThan(4)
  expect(await page.evaluate(() => window.__stillpointPreview?.voice())).toBe('audio')
})

test('a kiosk keeps every sound up front, so a routine speaks with the network gone', async ({
  context,
  page,
}) => {
  test.setTimeout(120_000)
  await firstVisit(page)
  await enrolKiosk(page, { query: '?inspect' })
  await page.reload()
  await page.getByRole('button', { name: 'Touch anywhere to begin' }).click()
  const webm = await page.evaluate(
    () => new Audio().canPlayType('audio/webm; codecs="opus"') !== '',
  )
  expect(webm).toBe(true)
  await expect.poll(() => keptSounds(page), { timeout: 60_000 }).toEqual(everySound)
  await context.setOffline(true)
  await page.reload()
  await page.getByRole('button', { name: 'Touch anywhere to begin' }).click()
  await page.getByRole('link', { name: /Practice at home/ }).click()
  await answerSafetyCheck(page)
  await page.getByRole('link', { name: /Neck and shoulders/ }).click()
  await page.getByRole('button', { name: 'Start' }).click()
  await page.waitForFunction(() => !!window.__stillpointPractice)
  const voiceAt = await page.evaluate(() => window.__stillpointPractice?.step('settle')?.voiceAt)
  await expect
    .poll(() => page.evaluate(() => window.__stillpointPractice?.time() ?? 0), { timeout: 20_000 })
    .toBeGreaterThan((voiceAt ?? 0) + 1)
  expect(await page.evaluate(() => window.__stillpointPractice?.voice())).toBe('audio')
})

test('a new version says so quietly, once', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('stillpoint:app-version', '0.0.1+old')
      sessionStorage.setItem('seeded', '1')
    }
  })
  await page.goto('/')
  const note = page.getByText('Stillpoint has been updated.')
  await expect(note).toBeVisible()
  await page.getByRole('button', { name: 'Hide this note' }).click()
  await expect(note).toBeHidden()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(note).toBeHidden()
})
