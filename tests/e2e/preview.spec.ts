import type { Page } from '@playwright/test'
import {
  type CaptionChange,
  captionChanges,
  labelChanges,
  recordMediaElements,
  waitForCaptionChanges,
  watchCaptionSync,
} from '../setup/captionSync'
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

test('captions change within 50 ms of the sound reaching their cue; the body’s description follows', {
  // A measurement of timing: it runs once every other test is done (see playwright.config.ts).
  tag: '@timing',
}, async ({ page }) => {
  // Camera cuts instead of gliding, so the software-rendered 3D does not compete for the CPU.
  await page.emulateMedia({ reducedMotion: 'reduce' })
  // The offsets come from the narration's own media element, not from the app's player.
  await recordMediaElements(page)
  await openPreview(page, '/the-neck')
  await watchCaptionSync(page)
  // neck-bones, neck-breathe, spine-hands, spine-upper: wait as long as the narration takes to
  // reach the last of them, plus room for a slow machine.
  const untilLast = await page.evaluate(() => {
    const p = window.__stillpointPreview
    return p ? (p.cueStart('spine-upper') ?? Number.NaN) - p.time() : Number.NaN
  })
  expect(untilLast).toBeGreaterThan(0)
  test.setTimeout((untilLast + 60) * 1000)
  await playButton(page).click()
  await waitForCaptionChanges(page, 4, (untilLast + 30) * 1000)
  const changes = await captionChanges(page)
  // For the report, failed or not: each offset, split into how late the frame that changed the
  // caption read the player's clock after the cue, and how long from that read to the DOM change.
  test.info().annotations.push({
    type: 'caption offsets from the audio (ms, + late)',
    description: changes
      .map(
        (c) =>
          `${c.id} ${c.offsetMs.toFixed(1)} (frame ${((c.player - c.start) * 1000).toFixed(1)} + render ${((c.audio - c.player) * 1000).toFixed(1)}, extrapolated ${c.extrapolatedMs.toFixed(1)})`,
      )
      .join('; '),
  })
  for (const c of changes) {
    expect(c.playing, `${c.id}: the narration is playing`).toBe(true)
    expect(Number.isFinite(c.offsetMs), `${c.id}: an offset from the audio`).toBe(true)
    expect(Math.abs(c.offsetMs), `${c.id}: caption off the sound by (ms)`).toBeLessThanOrEqual(50)
  }
  expect(changes.map((c) => c.id).slice(0, 4)).toEqual([
    'neck-bones',
    'neck-breathe',
    'spine-hands',
    'spine-upper',
  ])
  // The caption is painted from the tick that reads the clock; the rest of the page, the body's
  // description among it, follows as a transition a moment later. The description is for screen
  // readers (not announced live), so it has to be right soon, not in the same frame.
  const labels = await labelChanges(page)
  const described = (cue: CaptionChange | undefined, region: RegExp) => {
    if (!cue) return Number.POSITIVE_INFINITY
    // Already described so when the caption changed (a deep link may have set it before).
    if (region.test(cue.label)) return cue.offsetMs
    const found = labels.find((l) => l.audio >= cue.start - 0.05 && region.test(l.label))
    return found ? (found.audio - cue.start) * 1000 : Number.POSITIVE_INFINITY
  }
  const neck = described(changes[0], /neck is highlighted/i)
  const upper = described(changes[2], /upper back is highlighted/i)
  test.info().annotations.push({
    type: 'body description after the sound reached the cue (ms)',
    description: `neck ${neck.toFixed(1)}; upper back ${upper.toFixed(1)}`,
  })
  expect(neck, 'the neck is described as highlighted (ms after its cue)').toBeLessThanOrEqual(250)
  expect(upper, 'the upper back is described (ms after its cue)').toBeLessThanOrEqual(250)
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
  // From the very start (the end was minutes in), whatever a busy machine took to get there.
  await expect(page.getByText(/^Chapter 1 of 10/)).toBeVisible()
  expect(await runTime(page)).toBeLessThan(10)
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
