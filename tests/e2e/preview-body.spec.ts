import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { firstSessionScript, type ScriptCue } from '@/content/firstSession'
import { findShot, type ShotId, type Vec3 } from '@/content/shots'
import { CAMERA_FOV } from '@/scene/gestures'
import { type CameraPose, framingPose, mixPose } from '@/scene/orbit'
import { GLIDE_SECONDS, runView } from '@/scene/runView'
import { expect, test } from './fixtures'
import { cameraAt, framesDrawn, untilStill } from './scene'

/**
 * The body in the session preview follows the run's time: a seek shows that moment at once, a
 * paused run draws nothing, and the camera moves only while the run plays.
 */

// The walkthrough's plan as the page gives it to the body: the script, timed by the audio manifest.
const timing = JSON.parse(readFileSync('src/content/narration.manifest.json', 'utf8')) as {
  walkthroughs: Record<string, { cues: { id: string; at: number }[] }>
}
const starts = new Map(timing.walkthroughs['first-session']?.cues.map((c) => [c.id, c.at]))
const cues: readonly ScriptCue[] = firstSessionScript.cues
const plan = cues.map(({ id, shot, focus, therapistHands = [] }) => ({
  at: starts.get(id) ?? Number.NaN,
  shot,
  focus,
  therapistHands,
}))

/** When the cue `id` starts, seconds (from the audio manifest, so new narration moves it too). */
const cueAt = (id: string) => {
  const at = starts.get(id)
  if (at === undefined) throw new Error(`no cue ${id}`)
  return at
}
/** A whole second (the scrubber's step) inside the glide that arrives at cue `id`. */
const midGlide = (id: string) => {
  for (let t = Math.floor(cueAt(id)); t > cueAt(id) - 10; t--) {
    const view = runView(plan, t, false)
    if (view.gliding && view.progress > 0.2 && view.progress < 0.8) return t
  }
  throw new Error(`no whole second inside the glide to ${id}`)
}

const player = (page: Page) => page.getByRole('region', { name: 'Session player' })
const playButton = (page: Page) => player(page).getByRole('button', { name: /^(Play|Pause)$/ })
const chapters = (page: Page) => page.getByRole('navigation', { name: 'Chapters' })
const runTime = (page: Page) => page.evaluate(() => window.__stillpointPreview?.time() ?? -1)
const litRegions = async (page: Page) =>
  [...((await page.evaluate(() => window.__stillpointScene?.lit())) ?? [])].sort() as string[]

async function openPreview(page: Page, path = '') {
  await page.goto('about:blank')
  await page.goto(`/?inspect#/preview${path}`)
  await expect(playButton(page)).toBeEnabled({ timeout: 20_000 })
  await expect(page.locator('.body-view[data-ready="true"][data-mode="3d"]')).toBeVisible({
    timeout: 30_000,
  })
  await page.waitForFunction(() => (window.__stillpointScene?.frames ?? 0) > 0)
}

/** Where a shot puts the camera on this page's stage, as the scene frames it (lying pose). */
async function shotPose(page: Page, shot: ShotId): Promise<CameraPose> {
  const framing = findShot(shot)?.framing.lying
  if (!framing) throw new Error(`no shot ${shot}`)
  const aspect = await page.evaluate(() => {
    const stage = document.querySelector('.body-stage canvas')?.parentElement
    return stage ? stage.clientWidth / Math.max(1, stage.clientHeight) : 1
  })
  return framingPose(framing, CAMERA_FOV, aspect)
}

const distance = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])
/** How far the camera is from a pose, metres. */
const offBy = async (page: Page, pose: CameraPose) => distance(await cameraAt(page), pose.position)

test('a seek while paused shows that moment at once: its shot and its highlight', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await openPreview(page)
  const head = await shotPose(page, 'head')
  expect(await offBy(page, head), 'starts on the whole body').toBeGreaterThan(0.3)

  // A chapter from the list: after at most a short glide the camera frames the head.
  await chapters(page)
    .getByRole('button', { name: /Hands on the head/ })
    .click()
  await expect(playButton(page)).toHaveAccessibleName('Play')
  await expect.poll(() => offBy(page, head), { timeout: 2_500 }).toBeLessThan(0.005)
  await expect.poll(() => litRegions(page)).toEqual(['cranium'])

  // The scrubber, into the middle of the glide from the upper to the lower back: the camera
  // shows that point of the glide, not the start or the end of it.
  const lowerBack = midGlide('spine-lower')
  await page.getByRole('slider', { name: 'Position in the session' }).fill(String(lowerBack))
  expect(await runTime(page)).toBe(lowerBack)
  const view = runView(plan, lowerBack, false)
  expect(view).toMatchObject({ from: 'upper-back', to: 'lower-back', gliding: true })
  const upper = await shotPose(page, 'upper-back')
  const between = mixPose(upper, await shotPose(page, 'lower-back'), view.progress)
  await expect.poll(() => offBy(page, between), { timeout: 2_500 }).toBeLessThan(0.005)
  expect(await offBy(page, upper)).toBeGreaterThan(0.02)
  await expect.poll(() => litRegions(page)).toEqual(['thoracic'])

  // Under reduced motion, a seek is a cut.
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await chapters(page)
    .getByRole('button', { name: /The neck/ })
    .click()
  const neck = await shotPose(page, 'neck')
  await expect.poll(() => offBy(page, neck), { timeout: 1_500 }).toBeLessThan(0.005)
  await expect.poll(() => litRegions(page)).toEqual(['cervical'])
})

test('a paused run draws nothing, even mid-pulse', async ({ page }) => {
  test.setTimeout(90_000)
  await openPreview(page, '/hands-on-the-head')
  const start = await runTime(page)
  await playButton(page).click()
  // Past the next cue, which lights the base of the skull: its pulse has just begun.
  expect(start).toBeLessThan(cueAt('head-cradle'))
  await expect
    .poll(() => runTime(page), { timeout: 30_000 })
    .toBeGreaterThan(cueAt('head-cradle') + 0.5)
  await playButton(page).click()
  await expect(playButton(page)).toHaveAccessibleName('Play')
  await untilStill(page, 10_000, 1_000)
  const before = await framesDrawn(page)
  await page.waitForTimeout(2_500)
  expect(await framesDrawn(page), 'frames drawn while paused').toBe(before)
  expect(await litRegions(page)).toEqual(['occiput'])
})

test('while the run plays through a shot change, the camera glides and arrives', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await openPreview(page)
  // A little before the glide to the head, which arrives with "Hands on the head".
  const headAt = cueAt('head-hands')
  const before = Math.floor(headAt - GLIDE_SECONDS - 3)
  expect(runView(plan, before, false)).toMatchObject({ to: 'whole-body', gliding: false })
  await page.getByRole('slider', { name: 'Position in the session' }).fill(String(before))
  const whole = await shotPose(page, 'whole-body')
  const head = await shotPose(page, 'head')
  await expect.poll(() => offBy(page, whole), { timeout: 2_500 }).toBeLessThan(0.005)
  await untilStill(page, 10_000, 1_000)
  const still = await cameraAt(page)
  await page.waitForTimeout(1_000)
  expect(distance(await cameraAt(page), still), 'held before playing').toBe(0)

  await playButton(page).click()
  // Every place the camera passes on its way, read in the page as it goes: on a busy machine the
  // whole glide can fit between two reads from here.
  const path = await page.evaluate(
    async ({ to, timeoutMs }) => {
      const seen: Vec3[] = []
      const started = performance.now()
      while (performance.now() - started < timeoutMs) {
        const at = await window.__stillpointScene?.camera()
        if (at) {
          seen.push(at)
          if (Math.hypot(at[0] - to[0], at[1] - to[1], at[2] - to[2]) < 0.005) break
        }
        await new Promise((resolve) => setTimeout(resolve, 15))
      }
      return seen
    },
    { to: head.position, timeoutMs: 25_000 },
  )
  const last = path.at(-1)
  if (!last) throw new Error('the camera was read on its way')
  expect(distance(last, head.position), 'arrived at the head').toBeLessThan(0.005)
  const between = path.filter(
    (at) => distance(at, whole.position) > 0.05 && distance(at, head.position) > 0.005,
  )
  expect(between.length, 'places seen between the two shots').toBeGreaterThanOrEqual(2)
  expect(await runTime(page)).toBeGreaterThan(headAt)
  await playButton(page).click()
})
