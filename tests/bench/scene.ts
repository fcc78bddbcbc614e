import type { Browser, Page } from '@playwright/test'

export interface SceneReport {
  readonly drawCalls: number
  readonly triangles: number
  readonly geometries: number
  readonly textures: number
  /** From navigation start to the first frame with the body drawn, ms. */
  readonly firstBodyFrameMs: number
  readonly fpsMoving: number
  readonly referenceFps: number
  readonly fpsRatio: number
  readonly idleFrames: number
  /** Where the scene drew: in a worker or on the page's thread. */
  readonly thread: string
}

const SPIN_SECONDS = 5
const IDLE_SECONDS = 5
export const PAUSED_SECONDS = 5
/** Played from a chapter's start before pausing: past the next cue, so a new pulse is in progress. */
const PLAY_BEFORE_PAUSE_SECONDS = 4.5

async function open(browser: Browser, base: string, inspect: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.emulateMedia({ reducedMotion: 'reduce' }) // no pulse: idle means idle
  await page.goto(`${base}/?inspect=${inspect}#/explore`)
  await page.locator('.body-view[data-ready="true"]').waitFor({ timeout: 30_000 })
  await page.waitForFunction(() => (window.__stillpointScene?.frames ?? 0) > 0)
  await page.waitForTimeout(1500)
  return page
}

/** Measures the explore scene against a trivial scene in the same canvas and browser. */
export async function measureScene(browser: Browser, base: string): Promise<SceneReport> {
  const page = await open(browser, base, '1')
  const info = await page.evaluate(async () => {
    const s = window.__stillpointScene
    if (!s) throw new Error('The scene inspector is missing')
    await s.coverage() // one full render so the counters describe the whole scene
    const counters = await s.info()
    if (!counters) throw new Error('The scene gave no counters')
    return { ...counters, bodyFrameAt: s.bodyFrameAt ?? Number.NaN, thread: s.thread }
  })
  const idleStart = await page.evaluate(() => window.__stillpointScene?.frames ?? 0)
  await page.waitForTimeout(IDLE_SECONDS * 1000)
  const idleFrames = (await page.evaluate(() => window.__stillpointScene?.frames ?? 0)) - idleStart
  const moving =
    (await page.evaluate((s) => window.__stillpointScene?.spin(s) ?? 0, SPIN_SECONDS)) ?? 0
  await page.close()

  const reference = await open(browser, base, 'reference')
  const referenceFrames =
    (await reference.evaluate((s) => window.__stillpointScene?.spin(s) ?? 0, SPIN_SECONDS)) ?? 0
  await reference.close()

  const fpsMoving = Math.round((moving / SPIN_SECONDS) * 10) / 10
  const referenceFps = Math.round((referenceFrames / SPIN_SECONDS) * 10) / 10
  return {
    drawCalls: info.calls,
    triangles: info.triangles,
    geometries: info.geometries,
    textures: info.textures,
    firstBodyFrameMs: Math.round(info.bodyFrameAt),
    fpsMoving,
    referenceFps,
    fpsRatio: Math.round((fpsMoving / Math.max(referenceFps, 0.1)) * 100) / 100,
    idleFrames,
    thread: info.thread,
  }
}

/**
 * Frames the body draws while the session preview is paused: the run is played from the start
 * of "Hands on the head" until just after the next cue lights a new region (its pulse has begun),
 * then paused. With the body following the run's time, a paused run draws nothing.
 */
export async function measurePausedPreview(browser: Browser, base: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.goto(`${base}/?inspect#/preview/hands-on-the-head`)
  await page.locator('.body-view[data-ready="true"]').waitFor({ timeout: 30_000 })
  await page.waitForFunction(() => (window.__stillpointScene?.frames ?? 0) > 0)
  await page.waitForFunction(() => window.__stillpointPreview?.ready() === true, undefined, {
    timeout: 30_000,
  })
  const start = await page.evaluate(() => window.__stillpointPreview?.time() ?? 0)
  await page.getByRole('button', { name: 'Play' }).click()
  await page.waitForFunction(
    (until) => (window.__stillpointPreview?.time() ?? 0) >= until,
    start + PLAY_BEFORE_PAUSE_SECONDS,
    { timeout: 30_000 },
  )
  await page.getByRole('button', { name: 'Pause' }).click()
  await page.getByRole('button', { name: 'Play' }).waitFor()
  // The pause reaches the scene with one last frame at the paused position.
  await page.waitForTimeout(500)
  const before = await page.evaluate(() => window.__stillpointScene?.frames ?? 0)
  await page.waitForTimeout(PAUSED_SECONDS * 1000)
  const frames = (await page.evaluate(() => window.__stillpointScene?.frames ?? 0)) - before
  await page.close()
  return frames
}
