import { expect, settled, test } from './fixtures'

test('the home screen offers the journeys that work and reassuring facts', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveTitle(/Stillpoint/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'A calm guide to craniosacral therapy',
  )
  const start = page.getByRole('region', { name: 'Where would you like to start?' })
  const journeys = start.getByRole('list').getByRole('link')
  await expect(journeys).toHaveCount(4)
  await expect(start.getByRole('link', { name: 'Your practice and reminders' })).toBeVisible()
  await expect(journeys.nth(0)).toContainText('Preview a session')
  await expect(journeys.nth(0)).toContainText(/About [6-8] minutes/)
  await expect(journeys.nth(1)).toContainText('Practice at home')
  await expect(journeys.nth(1)).toContainText('4 short routines')
  await expect(journeys.nth(2)).toContainText('Learn about CST')
  await expect(journeys.nth(3)).toContainText('Explore the body')
  await expect(page.getByRole('heading', { name: 'You stay fully dressed' })).toBeVisible()
  await expect(page.getByText('It is not medical advice')).toBeVisible()
})

test('a journey card leads to Learn and the back button returns home', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: /Learn about CST/ }).click()
  await expect(page).toHaveURL(/#\/learn$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Craniosacral therapy, in plain words',
  )
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'A calm guide to craniosacral therapy',
  )
})

test('a malformed link shows a calm page with a way home', async ({ page }) => {
  await page.goto('/#/sessions/%E0%A4%A?<script>')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page isn’t here')
  await page.getByRole('link', { name: 'Go to the home screen' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'A calm guide to craniosacral therapy',
  )
})

for (const size of [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 1920, height: 1080 },
]) {
  test(`nothing scrolls sideways and every control is at least 44 px at ${size.width}px`, async ({
    page,
  }) => {
    await page.setViewportSize(size)
    for (const path of ['/', '/#/learn', '/#/explore/cervical']) {
      await page.goto(path)
      await settled(page)
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      )
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0)
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a, button, input, select, [role="switch"]')]
          .filter(
            (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
          )
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(
            ({ el, box }) =>
              !el.classList.contains('skip-link') && (box.width < 44 || box.height < 44),
          )
          .map(
            ({ el, box }) =>
              `${el.tagName} "${el.textContent?.trim() || el.getAttribute('aria-label')}" ${Math.round(box.width)}x${Math.round(box.height)}`,
          ),
      )
      expect(small, `small targets on ${path}`).toEqual([])
    }
  })
}

test('the breathing rings breathe twice and come to rest: then the page draws no frames', async ({
  page,
  browser,
}) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  await page.goto('/')
  const rings = page.locator('.ripple-ring')
  await expect(rings).toHaveCount(4)
  // They do breathe as the page opens.
  await expect
    .poll(() => rings.first().evaluate((el) => el.getAnimations().map((a) => a.playState)))
    .toEqual(['running'])
  for (const r of await rings.all()) {
    await r.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)), undefined)
  }
  const running = await page.evaluate(
    () => document.getAnimations().filter((a) => a.playState === 'running').length,
  )
  expect(running, 'animations still running once the rings rest').toBe(0)
  // At rest the browser draws nothing: a decoration that breathes for good (composited or not)
  // makes the compositor draw about 60 frames a second, every second the page is open.
  await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline.frame'] })
  await page.waitForTimeout(2000) // the window the frames are counted over
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: { name: string }[]
  }
  const frames = trace.traceEvents.filter((e) => e.name === 'DrawFrame').length
  expect(frames, 'frames drawn in 2 s with the page at rest').toBeLessThan(5)
})
