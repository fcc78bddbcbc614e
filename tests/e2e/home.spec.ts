import { expect, holdBack, settled, test } from './fixtures'

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

test('the breathing rings breathe once and come to rest: then the page draws no frames', async ({
  page,
  browser,
}) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  await page.goto('/')
  const rings = page.locator('.ripple')
  await expect(rings.locator('circle')).toHaveCount(4)
  // They do breathe as the page opens: once, in and out.
  await expect
    .poll(() => rings.evaluate((el) => el.getAnimations().map((a) => a.playState)))
    .toEqual(['running'])
  expect(
    await rings.evaluate((el) => el.getAnimations()[0]?.effect?.getComputedTiming().iterations),
  ).toBe(2)
  await rings.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)), undefined)
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

test('the home screen is in the HTML the server sends, and the app takes it over in place', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/')).text()
  expect(html).toContain('A calm guide to craniosacral therapy</h1>')
  expect(html).toContain('Where would you like to start?')
  // The first frame waits on nothing but the HTML: its stylesheet is in it, its fonts are found
  // in the same pass, and the app's code is asked for only after that frame.
  expect(html).toMatch(/<style>[^<]{1000,}<\/style>/)
  expect(html).not.toMatch(/<script[^>]*\ssrc=|rel="(stylesheet|modulepreload|preload)"/)
  // Each element of the HTML is marked as the parser makes it, before any of the app's code runs.
  // It stops when parsing ends, before the app's module is even asked for: an element React made
  // afterwards would carry no mark.
  await page.addInitScript(() => {
    const mark = (records: MutationRecord[]) => {
      for (const r of records)
        for (const n of r.addedNodes) if (n instanceof Element) n.setAttribute('data-parsed', '')
    }
    const parser = new MutationObserver(mark)
    parser.observe(document, { childList: true, subtree: true })
    document.addEventListener('readystatechange', () => {
      mark(parser.takeRecords())
      parser.disconnect()
    })
  })
  await page.goto('/')
  await settled(page)
  // A click works: the app is running on the same elements the HTML made (hydrated, not redrawn).
  await page.getByRole('button', { name: 'Settings' }).click()
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible()
  await page.keyboard.press('Escape')
  for (const selector of ['h1', '.journey-list', 'header', 'footer'])
    await expect(page.locator(selector).first(), selector).toHaveAttribute('data-parsed', '')
})

test('text paints at once in a local face, and nothing moves when the web fonts arrive', async ({
  page,
}) => {
  // The fonts are held back until the screen has painted in its fallback faces (as on a slow line).
  const release = await holdBack(page, '**/*.woff2')
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: string[] }
    w.shifts = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEntry[] &
        { value: number; sources: { node?: Node }[] }[])
        w.shifts.push(`${e.value} ${e.sources.map((s) => s.node?.nodeName).join(' ')}`)
    }).observe({ type: 'layout-shift', buffered: true })
  })
  // The page's load waits for its fonts: the app's code does not (it asks at the first contentful paint).
  await page.goto('/', { waitUntil: 'commit' })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready')
  // The screen is drawn in faces this machine has, sized to the web fonts' measure (Linux: the
  // Liberation faces; `.ci/run` installs them), not in the browser's default face.
  const faces = () =>
    page.evaluate(() =>
      [...document.fonts]
        .filter((f) => f.status === 'loaded')
        .map((f) => `${f.family} ${f.weight}`),
    )
  expect(await faces()).toEqual(
    expect.arrayContaining([
      'Atkinson Hyperlegible fallback 400',
      'Atkinson Hyperlegible fallback 700',
      'Fraunces fallback 500',
    ]),
  )
  expect(await faces()).not.toContain('Fraunces 500')
  release()
  await expect
    .poll(faces)
    .toEqual(
      expect.arrayContaining([
        'Atkinson Hyperlegible 400',
        'Atkinson Hyperlegible 700',
        'Fraunces 500',
      ]),
    )
  // Two frames drawn with the web fonts, then: no line, no button has moved.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  )
  expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([])
})

for (const path of ['/#/preview', '/#/learn', '/#/learn/at-home', '/#/practice']) {
  test(`a deep link (${path}) never shows the home screen, not for a moment`, async ({ page }) => {
    // Looks in every frame the browser draws, from the first, for the home's heading. (Frames, not
    // changes to the page: what counts is what a person could see.)
    await page.addInitScript(() => {
      const w = window as unknown as { homeSeen: boolean }
      w.homeSeen = false
      const frame = () => {
        const h = document.getElementById('home-title')
        if (h && h.getClientRects().length > 0) w.homeSeen = true
        requestAnimationFrame(frame)
      }
      requestAnimationFrame(frame)
    })
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(
      'A calm guide to craniosacral therapy',
    )
    await settled(page)
    expect(await page.evaluate(() => (window as unknown as { homeSeen: boolean }).homeSeen)).toBe(
      false,
    )
    // And the shared chrome was there throughout.
    await expect(page.getByRole('link', { name: 'Stillpoint, home' })).toBeVisible()
  })
}
