import type { Page } from '@playwright/test'
import { acceptFailedLoads, axeViolations, expect, settled, test } from './fixtures'

const player = (page: Page) => page.getByRole('region', { name: 'Session player' })
const playButton = (page: Page) => player(page).getByRole('button', { name: /^(Play|Pause)$/ })
const runTime = (page: Page) => page.evaluate(() => window.__stillpointPreview?.time() ?? -1)

async function openPreview(page: Page, path = '') {
  await page.goto('about:blank')
  await page.goto(`/?inspect#/preview${path}`)
  await expect(playButton(page)).toBeEnabled({ timeout: 15_000 })
  await page.waitForFunction(() => !!window.__stillpointPreview)
}

test('the walkthrough plays with real sound: the narration clock moves, captions follow', async ({
  page,
}) => {
  await openPreview(page)
  await playButton(page).click()
  await expect(playButton(page)).toHaveAccessibleName('Pause')
  // The voice is the clock, and it advances.
  await expect.poll(() => runTime(page), { timeout: 10_000 }).toBeGreaterThan(3.5)
  expect(await page.evaluate(() => window.__stillpointPreview?.voice())).toBe('audio')
  await expect(page.locator('.caption')).toContainText('Welcome. In the next few minutes')
  await expect(page.getByText('Chapter 1 of 10: A calm room')).toBeVisible()
  const before = await runTime(page)
  await playButton(page).click()
  await expect(playButton(page)).toHaveAccessibleName('Play')
  const paused = await runTime(page)
  expect(paused).toBeGreaterThanOrEqual(before)
  await page.waitForTimeout(600)
  expect(await runTime(page), 'paused means paused').toBeCloseTo(paused, 1)
})

test('captions and the highlighted region change within 50 ms of their cue on the audio clock', async ({
  page,
}) => {
  // Camera cuts instead of gliding, so the software-rendered 3D does not compete for the CPU.
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await openPreview(page, '/the-neck')
  // Record the clock's time at every caption change, as the person would see it.
  await page.evaluate(() => {
    const seen: { id: string; at: number; start: number; label: string }[] = []
    ;(window as unknown as { __changes: typeof seen }).__changes = seen
    const caption = document.querySelector('.caption')
    const img = document.querySelector('.preview-stage [role="img"]')
    if (!caption || !img) throw new Error('no caption or body')
    new MutationObserver(() => {
      const id = caption.getAttribute('data-cue') ?? ''
      const p = window.__stillpointPreview
      if (!p) return
      seen.push({
        id,
        at: p.time(),
        start: p.cueStart(id) ?? Number.NaN,
        label: img.getAttribute('aria-label') ?? '',
      })
    }).observe(caption, { attributes: true, attributeFilter: ['data-cue'] })
  })
  // The third change (the hands arriving on the upper back) comes as late as the narration says:
  // wait for it as long as the walkthrough takes to get there, plus room for a slow machine.
  const untilThird = await page.evaluate(() => {
    const p = window.__stillpointPreview
    return p ? (p.cueStart('spine-hands') ?? Number.NaN) - p.time() : Number.NaN
  })
  expect(untilThird).toBeGreaterThan(0)
  test.setTimeout((untilThird + 40) * 1000)
  await playButton(page).click()
  await expect
    .poll(
      () => page.evaluate(() => (window as unknown as { __changes: unknown[] }).__changes.length),
      { timeout: (untilThird + 10) * 1000 },
    )
    .toBeGreaterThanOrEqual(3)
  const changes = await page.evaluate(
    () =>
      (
        window as unknown as {
          __changes: { id: string; at: number; start: number; label: string }[]
        }
      ).__changes,
  )
  for (const c of changes) {
    expect(Math.abs(c.at - c.start) * 1000, `${c.id} late by`).toBeLessThanOrEqual(50)
  }
  expect(changes.map((c) => c.id).slice(0, 2)).toEqual(['neck-bones', 'neck-breathe'])
  expect(changes[0]?.label).toMatch(/neck is highlighted/i)
  expect(changes[2]?.label).toMatch(/upper back is highlighted/i)
})

test('chapters: jump by the list, the status says where you are, the body follows', async ({
  page,
}) => {
  await openPreview(page)
  const chapters = page.getByRole('navigation', { name: 'Chapters' })
  await chapters.getByRole('button', { name: /Along the spine/ }).click()
  await expect(page.getByText('Chapter 7 of 10: Along the spine')).toBeVisible()
  await expect(chapters.getByRole('button', { name: /Along the spine/ })).toHaveAttribute(
    'aria-current',
    'step',
  )
  await expect(page.locator('.caption')).toContainText('place gentle pressure along your back')
  await expect(
    page.getByRole('img', { name: /upper back is highlighted.*hands rest: the upper back/i }),
  ).toBeVisible()
  const t = await runTime(page)
  await chapters.getByRole('button', { name: /Hands on the head/ }).click()
  expect(await runTime(page)).toBeLessThan(t)
  await expect(page.getByRole('img', { name: /head is highlighted/i })).toBeVisible()
})

test('with the sound files failing, the walkthrough goes on quietly with captions and a note', async ({
  page,
  watch,
}) => {
  let aborted = 0
  await page.route('**/audio/**', (route) => {
    aborted++
    return route.abort()
  })
  await openPreview(page)
  await playButton(page).click()
  await expect(page.getByText('The voice could not be loaded')).toBeVisible({ timeout: 15_000 })
  await expect(page.getByText('The background sound could not be loaded')).toBeVisible()
  expect(await page.evaluate(() => window.__stillpointPreview?.voice())).toBe('silent')
  await expect.poll(() => runTime(page), { timeout: 10_000 }).toBeGreaterThan(3.2)
  await expect(page.locator('.caption')).toContainText('Welcome')
  expect(aborted).toBeGreaterThan(0)
  acceptFailedLoads(watch)
})

test('keyboard only: play, skip with the arrows, pause with Space, change chapter', async ({
  page,
}) => {
  await openPreview(page)
  await playButton(page).focus()
  await page.keyboard.press('Enter')
  await expect(playButton(page)).toHaveAccessibleName('Pause')
  // Away from the controls, the shortcuts work.
  await page.getByRole('heading', { level: 1 }).focus()
  const t0 = await runTime(page)
  await page.keyboard.press('ArrowRight')
  expect(await runTime(page)).toBeGreaterThan(t0 + 14)
  await page.keyboard.press('Space')
  await expect(playButton(page)).toHaveAccessibleName('Play')
  // On the scrubber, the arrows belong to the scrubber (1 second), not to the shortcut.
  const scrub = page.getByRole('slider', { name: 'Position in the session' })
  await scrub.focus()
  const before = Number(await scrub.inputValue())
  await page.keyboard.press('ArrowRight')
  expect(Number(await scrub.inputValue())).toBe(before + 1)
  await page.getByRole('button', { name: /The neck/ }).press('Enter')
  await expect(page.getByText('Chapter 6 of 10: The neck')).toBeVisible()
})

test('the end: a short summary and the paths onward', async ({ page }) => {
  await openPreview(page)
  const scrub = page.getByRole('slider', { name: 'Position in the session' })
  await scrub.press('End')
  await expect(page.getByRole('heading', { name: 'That was a first session' })).toBeFocused()
  await expect(page.getByRole('link', { name: 'Read more in Learn' })).toHaveAttribute(
    'href',
    '#/learn/what-happens',
  )
  await page.getByRole('button', { name: 'Play again' }).click()
  await expect(playButton(page)).toHaveAccessibleName('Pause')
  expect(await runTime(page)).toBeLessThan(2)
})

test('sound settings and captions are kept, and the transcript holds every word', async ({
  page,
}) => {
  await openPreview(page)
  await page.getByText('Sound', { exact: true }).click()
  await page.getByRole('slider', { name: 'Background' }).fill('20')
  await page.getByRole('radio', { name: 'Slow waves' }).check()
  await player(page).getByRole('button', { name: 'Captions' }).click()
  await expect(page.locator('.caption')).toHaveCount(0)
  await page.reload()
  await expect(playButton(page)).toBeEnabled({ timeout: 15_000 })
  await page.getByText('Sound', { exact: true }).click()
  await expect(page.getByRole('slider', { name: 'Background' })).toHaveValue('20')
  await expect(page.getByRole('radio', { name: 'Slow waves' })).toBeChecked()
  await expect(player(page).getByRole('button', { name: 'Captions' })).toHaveAttribute(
    'aria-pressed',
    'false',
  )
  await page.getByText('Transcript', { exact: true }).click()
  const transcript = page.locator('.transcript')
  await expect(transcript.getByRole('heading', { level: 3 })).toHaveCount(10)
  await expect(transcript).toContainText('Call them too if anything does not feel right')
})

test('the player passes axe: before, during (captions, panels open) and after', async ({
  page,
}) => {
  // Six axe passes of the whole player, each several seconds on a busy two-core machine.
  test.setTimeout(150_000)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await openPreview(page, '/hands-on-the-head')
    await page.getByText('Sound', { exact: true }).click()
    await page.getByText('Transcript', { exact: true }).click()
    await settled(page)
    expect(await axeViolations(page), `${scheme}: paused`).toEqual([])
    await playButton(page).click()
    await expect(page.locator('.caption span')).toBeVisible()
    expect(await axeViolations(page), `${scheme}: playing`).toEqual([])
    await playButton(page).click()
    await page.getByRole('slider', { name: 'Position in the session' }).press('End')
    await expect(page.getByRole('heading', { name: 'That was a first session' })).toBeVisible()
    expect(await axeViolations(page), `${scheme}: ended`).toEqual([])
  }
})

test('the ambient beds loop without a jump, as this browser decodes them', async ({ page }) => {
  await page.goto('/#/')
  const seams = await page.evaluate(async () => {
    const ctx = new AudioContext()
    const out: { file: string; inside: number; seam: number; seconds: number }[] = []
    for (const file of ['audio/bed-warm-pad.mp3', 'audio/bed-slow-waves.mp3']) {
      const buffer = await ctx.decodeAudioData(await (await fetch(file)).arrayBuffer())
      const seconds = buffer.duration
      for (let c = 0; c < buffer.numberOfChannels; c++) {
        const d = buffer.getChannelData(c)
        let inside = 0
        for (let i = 1; i < d.length; i++)
          inside = Math.max(inside, Math.abs((d[i] ?? 0) - (d[i - 1] ?? 0)))
        out.push({ file, inside, seam: Math.abs((d[0] ?? 0) - (d[d.length - 1] ?? 0)), seconds })
      }
    }
    await ctx.close()
    return out
  })
  expect(seams).toHaveLength(4)
  for (const s of seams) {
    expect(s.seam, s.file).toBeLessThanOrEqual(s.inside)
    // Exactly the loop, no encoder padding: a silent gap would pass the step test.
    expect(s.seconds, s.file).toBeCloseTo(40, 3)
  }
})

test('many quick taps on play and pause leave it in a clear state', async ({ page }) => {
  await openPreview(page)
  for (let i = 0; i < 13; i++) await playButton(page).click({ delay: 0 })
  await expect(playButton(page)).toHaveAccessibleName('Pause')
  const t = await runTime(page)
  await expect.poll(() => runTime(page), { timeout: 8_000 }).toBeGreaterThan(t + 1)
  await playButton(page).click()
  await expect(playButton(page)).toHaveAccessibleName('Play')
})

test('a tab put to sleep in the background picks up where the voice is when it returns', async ({
  page,
}) => {
  await openPreview(page, '/the-neck')
  await playButton(page).click()
  await expect.poll(() => page.evaluate(() => window.__stillpointPreview?.waiting())).toBe(false)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' })
  await new Promise((r) => setTimeout(r, 3000))
  await cdp.send('Page.setWebLifecycleState', { state: 'active' })
  // Still playing, the clock still moves, and the caption is the cue at the clock's time.
  await expect(playButton(page)).toHaveAccessibleName('Pause')
  const t = await runTime(page)
  await expect.poll(() => runTime(page), { timeout: 8_000 }).toBeGreaterThan(t + 0.5)
  const [cueAtClock, shown] = await page.evaluate(() => {
    const p = window.__stillpointPreview
    const id = document.querySelector('.caption')?.getAttribute('data-cue') ?? ''
    return [p?.cueStart(id) ?? -1, p?.time() ?? -1]
  })
  expect(shown).toBeGreaterThanOrEqual(cueAtClock)
})

test('a narration file that is not audio at all: the walkthrough goes on quietly', async ({
  page,
  watch,
}) => {
  await page.route('**/audio/first-session.*', (route) =>
    route.fulfill({ status: 200, contentType: 'audio/webm', body: 'this is not audio' }),
  )
  await openPreview(page)
  await playButton(page).click()
  await expect(page.getByText('The voice could not be loaded')).toBeVisible({ timeout: 15_000 })
  await expect.poll(() => runTime(page), { timeout: 10_000 }).toBeGreaterThan(3.2)
  await expect(page.locator('.caption')).toContainText('Welcome')
  acceptFailedLoads(watch)
})

test('a browser that refuses to play sound: captions carry the story, with a note', async ({
  page,
}) => {
  await page.addInitScript(() => {
    HTMLMediaElement.prototype.play = () =>
      Promise.reject(new DOMException('Sound is not allowed here', 'NotAllowedError'))
  })
  await openPreview(page)
  await playButton(page).click()
  await expect(page.getByText('not letting Stillpoint play sound')).toBeVisible({
    timeout: 15_000,
  })
  await expect(playButton(page)).toHaveAccessibleName('Pause')
  await expect.poll(() => runTime(page), { timeout: 10_000 }).toBeGreaterThan(3.2)
  await expect(page.locator('.caption')).toContainText('Welcome')
})

test('the lock screen shows the chapter and follows play and pause', async ({ page }) => {
  await openPreview(page, '/the-neck')
  await playButton(page).click()
  await expect
    .poll(() =>
      page.evaluate(() => [
        navigator.mediaSession.metadata?.title,
        navigator.mediaSession.metadata?.album,
        navigator.mediaSession.playbackState,
      ]),
    )
    .toEqual(['The neck', 'Your first session', 'playing'])
  await playButton(page).click()
  await expect.poll(() => page.evaluate(() => navigator.mediaSession.playbackState)).toBe('paused')
})
