import type { Page } from '@playwright/test'
import {
  acceptFailedLoads,
  answerSafetyCheck,
  axeViolations,
  expect,
  settled,
  test,
  trackMedia,
} from './fixtures'

const runTime = (page: Page) => page.evaluate(() => window.__stillpointPractice?.time() ?? -1)
const stepTitle = (page: Page) => page.getByRole('heading', { level: 1 })
const timer = (page: Page) => page.getByRole('timer')

/** Answers every safety question with `answer`, then continues. */
async function answerCheck(page: Page, answer: 'No' | 'Not sure' = 'No') {
  await expect(page.getByRole('heading', { name: 'Before you practice' })).toBeVisible()
  await answerSafetyCheck(page, answer)
}

/** Opens a routine through the check (when asked), rates it, and starts it. */
async function startRoutine(page: Page, id: string, rating = '5') {
  await page.goto('about:blank')
  await page.goto(`/?inspect#/practice/${id}`)
  await page.locator('.safety-check, .routine-before').first().waitFor()
  if (await page.locator('.safety-check').isVisible()) await answerCheck(page)
  await page.getByRole('radio', { name: rating, exact: true }).check()
  const start = page.getByRole('button', { name: 'Start' })
  await expect(start).toBeEnabled({ timeout: 15_000 })
  await start.click()
  await page.waitForFunction(() => !!window.__stillpointPractice)
}

/** Seconds left on the step's timer ("0:34 left" is 34). */
async function secondsLeft(page: Page): Promise<number> {
  const text = (await timer(page).textContent()) ?? ''
  const m = /(\d+):(\d\d) left/.exec(text)
  return m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN
}

test('from home to the end of a routine: check, rate, play with the voice, stop, end, rate', async ({
  page,
}) => {
  test.setTimeout(120_000)
  // Every media element that is asked to play, to see that a clip really sounds.
  await trackMedia(page)
  await page.goto('/')
  await page.getByRole('link', { name: /Practice at home/ }).click()
  await expect(page).toHaveURL(/#\/practice$/)
  await answerCheck(page)
  await expect(page.getByRole('heading', { name: 'Choose a routine' })).toBeVisible()
  await page.getByRole('link', { name: /Neck and shoulders/ }).click()
  await expect(page).toHaveURL(/#\/practice\/neck-and-shoulders$/)
  // Reload with the inspector on: the answers were kept on this device.
  await page.goto('/?inspect#/practice/neck-and-shoulders')
  await page.getByRole('radio', { name: '7', exact: true }).check()
  await page.getByRole('button', { name: 'Start' }).click()
  await page.waitForFunction(() => !!window.__stillpointPractice)
  await expect(stepTitle(page)).toHaveText('Settle', { timeout: 10_000 })
  await expect(page.locator('.caption')).toContainText('Sit back in your chair')
  await expect(page.getByText('Light touch only. Stop if anything feels wrong.')).toBeVisible()
  // The chime, then the step's clip, which is the clock while it speaks.
  const voiceAt = await page.evaluate(() => window.__stillpointPractice?.step('settle')?.voiceAt)
  expect(voiceAt).toBeGreaterThan(2)
  await expect.poll(() => runTime(page), { timeout: 10_000 }).toBeGreaterThan((voiceAt ?? 0) + 1)
  expect(await page.evaluate(() => window.__stillpointPractice?.voice())).toBe('audio')
  const sounding = await page.evaluate(() =>
    (window as unknown as { __media: HTMLMediaElement[] }).__media
      .filter((a) => !a.paused && a.currentTime > 0.5)
      .map((a) => a.currentSrc),
  )
  expect(sounding, 'the first step’s clip is sounding').toEqual([
    expect.stringMatching(/routine-neck-and-shoulders-settle\.(webm|mp3)$/),
  ])
  // Next step by key; Stop by key, which pauses.
  await page.keyboard.press('ArrowRight')
  await expect(stepTitle(page)).toHaveText('Lift and drop')
  await page.keyboard.press('s')
  const dialog = page.getByRole('dialog', { name: 'Are you OK?' })
  await expect(dialog).toBeVisible()
  await expect(page.getByRole('button', { name: 'Resume' })).toBeAttached()
  const paused = await runTime(page)
  await page.waitForTimeout(700)
  expect(await runTime(page), 'Stop holds the routine').toBeCloseTo(paused, 1)
  await dialog.getByRole('button', { name: 'I feel dizzy' }).click()
  await expect(dialog.getByRole('status')).toContainText('contact your provider')
  await dialog.getByRole('button', { name: 'It has passed, continue' }).click()
  await expect(dialog).toBeHidden()
  await expect.poll(() => runTime(page)).toBeGreaterThan(paused + 0.5)
  // End it early from Stop: the end screen, then the "after" rating.
  await page.getByRole('button', { name: 'Stop' }).click()
  await dialog.getByRole('button', { name: 'End the practice' }).click()
  await expect(page.getByRole('heading', { name: 'That was your practice' })).toBeFocused()
  await page.getByRole('radio', { name: '3', exact: true }).check()
  const log = await page.evaluate(() => localStorage.getItem('stillpoint:practice-log'))
  const entries = JSON.parse(log ?? '{}').data.entries
  expect(entries).toHaveLength(1)
  expect(entries[0]).toMatchObject({
    routine: 'neck-and-shoulders',
    completed: false,
    before: 7,
    after: 3,
  })
  expect(entries[0].seconds).toBeGreaterThan(20)
  // And it is in the history, with both ratings.
  await page.getByRole('link', { name: 'Your practice' }).click()
  const kept = page.locator('.history-item')
  await expect(kept).toHaveCount(1)
  await expect(kept).toContainText('Neck and shoulders')
  await expect(kept).toContainText('stopped early')
  await expect(kept).toContainText(/Tension 7\D*then\s*3/)
})

test('a warning sign on Stop puts emergency guidance first and ends the routine for today', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await startRoutine(page, 'head-jaw-scalp')
  await expect(stepTitle(page)).toHaveText('Settle', { timeout: 10_000 })
  await page.getByRole('button', { name: 'Stop' }).click()
  const dialog = page.getByRole('dialog', { name: 'Are you OK?' })
  await dialog.getByRole('button', { name: 'My sight or speech has changed' }).click()
  const said = dialog.getByRole('status').locator('p')
  await expect(said.first()).toHaveText('Call emergency services now.')
  await expect(dialog.getByRole('button', { name: /continue/ })).toHaveCount(0)
  await dialog.getByRole('button', { name: 'End the practice' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Rest now' })).toBeFocused()
  await expect(page.locator('.routine-end .stop-emergency')).toHaveText(
    'Call emergency services now.',
  )
  await expect(page.getByRole('button', { name: 'Practice again' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0)
  const log = await page.evaluate(() => localStorage.getItem('stillpoint:practice-log'))
  expect(JSON.parse(log ?? '{}').data.entries[0]).toMatchObject({
    routine: 'head-jaw-scalp',
    completed: false,
  })
})

test('a "not sure" closes the hands-on routines kindly and keeps the breathing one open', async ({
  page,
}) => {
  await page.goto('/#/practice/head-jaw-scalp')
  await answerCheck(page, 'Not sure')
  await expect(page.getByRole('heading', { name: 'Check with your provider first' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Start' })).toHaveCount(0)
  await expect(page.getByRole('link', { name: /Neck and shoulders/ })).toHaveCount(0)
  await page.getByRole('link', { name: 'Just breathing' }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Just breathing')
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible()
  expect(await page.evaluate(() => localStorage.getItem('stillpoint:safety'))).toContain('not-sure')
})

test('a link to a routine that does not exist lists the ones that do', async ({ page }) => {
  await page.goto('/#/practice/shoulder-crunch')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that routine')
  await expect(page.getByRole('link', { name: /Evening rest/ })).toBeVisible()
})

test('with storage refused, the answers hold for this visit and the routine still opens', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError')
      },
    })
  })
  await page.goto('/#/practice/evening-rest')
  await answerCheck(page)
  await expect(page.getByText(/hold for this visit only/)).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Evening rest')
  await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled({ timeout: 15_000 })
})

test('when sound fails, the routine goes on quietly, and each new step glows', async ({
  page,
  watch,
}) => {
  test.setTimeout(90_000)
  await page.route('**/audio/routine-*', (route) => route.abort())
  await startRoutine(page, 'just-breathing')
  await expect(page.getByText(/goes on quietly/)).toBeVisible({ timeout: 30_000 })
  expect(await page.evaluate(() => window.__stillpointPractice?.voice())).toBe('silent')
  await expect(stepTitle(page)).toHaveText('Settle')
  await expect(page.locator('.caption')).not.toBeEmpty()
  // The next step comes on its own, and glows as it begins (the chime's visual twin).
  const next = await page.evaluate(() => window.__stillpointPractice?.step('slow-breaths')?.at)
  expect(next).toBeGreaterThan(0)
  await page.keyboard.press('ArrowRight')
  await expect(stepTitle(page)).toHaveText('Slow breaths')
  await expect(page.locator('.step-guide[data-fresh]')).toBeVisible()
  await expect(page.locator('.step-guide:not([data-fresh])')).toBeVisible({ timeout: 6_000 })
  acceptFailedLoads(watch)
})

test('after the page was put away mid-step, the step and its timer are right on return', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000)
  await startRoutine(page, 'neck-and-shoulders')
  // Into the first step's hold (40 s, after a 14 s instruction).
  const hold = await page.evaluate(() => window.__stillpointPractice?.step('settle'))
  expect(hold).toBeTruthy()
  await expect
    .poll(() => runTime(page), { timeout: 40_000 })
    .toBeGreaterThan((hold?.holdStart ?? 0) + 1)
  const before = await secondsLeft(page)
  expect(before).toBeGreaterThan(20)
  // The page is put away, as a phone does with a background tab or a locked screen: no frames,
  // no timers, no script at all until it comes back.
  const cdp = await context.newCDPSession(page)
  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' })
  const hiddenAt = Date.now()
  await new Promise((r) => setTimeout(r, 12_000))
  await cdp.send('Page.setWebLifecycleState', { state: 'active' })
  const away = (Date.now() - hiddenAt) / 1000
  await expect.poll(() => secondsLeft(page)).toBeLessThanOrEqual(before - away + 2)
  expect(await secondsLeft(page)).toBeGreaterThanOrEqual(before - away - 3)
  await expect(stepTitle(page)).toHaveText('Settle')
})

test('under reduced motion the breath is counted in words, and the pacer stays still', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await startRoutine(page, 'just-breathing')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(stepTitle(page)).toHaveText('Slow breaths')
  const hold = await page.evaluate(() => window.__stillpointPractice?.step('slow-breaths'))
  await expect
    .poll(() => runTime(page), { timeout: 40_000 })
    .toBeGreaterThan((hold?.holdStart ?? 0) + 2.2)
  await expect(page.locator('.step-guide-words')).toHaveText(/^Breathe (in|out)… 2/)
  const transforms = new Set<string>()
  for (let i = 0; i < 4; i++) {
    transforms.add(await page.locator('.breath-pacer').evaluate((el) => el.style.transform))
    await page.waitForTimeout(400)
  }
  expect([...transforms]).toEqual(['scale(0.78)'])
})

test('axe finds nothing in the player, the Stop dialog or the end screen (light and dark)', async ({
  page,
}) => {
  test.setTimeout(180_000)
  for (const look of [
    { colorScheme: 'light', reducedMotion: 'reduce' },
    { colorScheme: 'dark', reducedMotion: 'no-preference' },
  ] as const) {
    await page.emulateMedia(look)
    await startRoutine(page, 'head-jaw-scalp')
    await expect(stepTitle(page)).toHaveText('Settle', { timeout: 10_000 })
    await page.getByRole('button', { name: 'Pause' }).click()
    expect(await axeViolations(page), `player ${look.colorScheme}`).toEqual([])
    await page.getByRole('button', { name: 'Stop' }).click()
    // In the light, an answer the routine can go on after; in the dark, a warning sign, which
    // ends it on the screen to rest.
    const answer =
      look.colorScheme === 'light' ? 'I feel sick to my stomach' : 'I feel numb, tingly or weak'
    await page.getByRole('button', { name: answer }).click()
    expect(await axeViolations(page), `stop dialog ${look.colorScheme}`).toEqual([])
    await page.getByRole('button', { name: 'End the practice' }).click()
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: look.colorScheme === 'light' ? 'That was your practice' : 'Rest now',
      }),
    ).toBeFocused()
    await settled(page)
    expect(await axeViolations(page), `end ${look.colorScheme}`).toEqual([])
    await page.evaluate(() => localStorage.clear())
  }
})

test('a browser that refuses to play sound: the routine goes on quietly, with a note', async ({
  page,
}) => {
  await page.addInitScript(() => {
    HTMLMediaElement.prototype.play = () =>
      Promise.reject(new DOMException('Sound is not allowed here', 'NotAllowedError'))
  })
  await startRoutine(page, 'just-breathing')
  await expect(page.getByText('not letting Stillpoint play sound')).toBeVisible({
    timeout: 20_000,
  })
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  await expect(stepTitle(page)).toHaveText('Settle')
  await expect.poll(() => runTime(page), { timeout: 10_000 }).toBeGreaterThan(3)
})

test('the lock screen shows the step and routine, and follows Stop', async ({ page }) => {
  await startRoutine(page, 'head-jaw-scalp')
  await expect(stepTitle(page)).toHaveText('Settle', { timeout: 10_000 })
  await expect
    .poll(() =>
      page.evaluate(() => [
        navigator.mediaSession.metadata?.title,
        navigator.mediaSession.metadata?.album,
        navigator.mediaSession.playbackState,
      ]),
    )
    .toEqual(['Settle', 'Head, jaw and scalp', 'playing'])
  await page.getByRole('button', { name: 'Stop' }).click()
  await expect.poll(() => page.evaluate(() => navigator.mediaSession.playbackState)).toBe('paused')
})
