import type { Page } from '@playwright/test'
import manifest from '../../src/content/narration.manifest.json' with { type: 'json' }
import { AUDIO_CACHE } from '../../src/offline/audioCache'

/**
 * What a person does and leaves behind, as the end-to-end tests and the benchmark both look at
 * it: the sound playing, the safety check answered, and what is kept on the device.
 */

/** Every sound the app ships, in the format Chromium plays (WebM/Opus; beds are MP3 only). */
export const everySound: readonly string[] = [
  ...new Set([
    ...Object.values(manifest.walkthroughs).map((w) => w.files.webm),
    ...Object.values(manifest.routines).flatMap((r) => Object.values(r).map((s) => s.files.webm)),
    ...Object.values(manifest.beds).map((b) => b.file),
    manifest.chime.webm,
  ]),
]
  .map((f) => `/${f}`)
  .sort()

/** The sounds kept on this device for offline use (Cache Storage), as sorted paths. */
export function keptSounds(page: Page): Promise<string[]> {
  return page.evaluate(
    async (name) =>
      (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname).sort(),
    AUDIO_CACHE,
  )
}

/**
 * Lists every media element the page plays in `window.__media`, so a test can ask which are
 * sounding. Call before the page loads. The list holds them weakly: an element the app has let go
 * of is collected as it would be without the test (the kiosk soak measures memory through it).
 */
export async function trackMedia(page: Page): Promise<void> {
  await page.addInitScript(() => {
    let seen: WeakRef<HTMLMediaElement>[] = []
    const alive = () => seen.flatMap((ref) => ref.deref() ?? [])
    Object.defineProperty(window, '__media', { get: alive, configurable: true })
    const play = HTMLMediaElement.prototype.play
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      const now = alive()
      if (!now.includes(this)) now.push(this)
      seen = now.map((el) => new WeakRef(el))
      return play.call(this)
    }
  })
}

/**
 * The sources of the media elements sounding now: played, with a source, not paused, not ended.
 * (howler's unlocking plays elements that have no source; they make no sound.)
 */
export function soundingMedia(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ((window as unknown as { __media?: HTMLMediaElement[] }).__media ?? [])
      .filter((a) => a.currentSrc && !a.currentSrc.startsWith('data:') && !a.paused && !a.ended)
      .map((a) => a.currentSrc),
  )
}

/** Answers every question of Practice's safety check the same way, and goes on. */
export async function answerSafetyCheck(page: Page, answer: 'No' | 'Not sure' = 'No') {
  await page.locator('.safety-questions').waitFor()
  for (const group of await page.locator('.safety-questions fieldset').all())
    await group.getByRole('radio', { name: answer, exact: true }).check()
  await page.getByRole('button', { name: 'Continue' }).click()
}

/**
 * What the app keeps on the device about a visitor: its keys, less the one about the device
 * (which version ran last). The kiosk's own keys (`stillpoint-device:`) are about the device.
 */
export function visitorKeys(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter(
      (k) => k.startsWith('stillpoint:') && k !== 'stillpoint:app-version',
    ),
  )
}

/** The staff PIN the tests enroll kiosks with. */
export const STAFF_PIN = '24681357'

/**
 * Enrolls this browser as a waiting-room kiosk, as staff do: the setup screen, a PIN typed twice.
 * Ends on the attract screen (or the home screen, where the clinic's file turns it off).
 */
export async function enrolKiosk(
  page: Page,
  { base = '', pin = STAFF_PIN, query = '' }: { base?: string; pin?: string; query?: string } = {},
): Promise<void> {
  await page.goto(`${base}/${query}#/kiosk/setup`)
  await page.getByLabel('Staff PIN (6 to 8 digits)').fill(pin)
  await page.getByLabel('The same PIN again').fill(pin)
  await page.getByRole('button', { name: 'Turn on kiosk mode' }).click()
  await page.waitForFunction(() => localStorage.getItem('stillpoint-device:kiosk') !== null)
  await page.locator('.attract, .app-header').first().waitFor()
}
