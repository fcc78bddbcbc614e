import type { Browser, Page } from '@playwright/test'
import { TURN_CYCLE_SECONDS } from '../../src/scene/turn'
import {
  answerSafetyCheck,
  enrolKiosk,
  soundingMedia,
  trackMedia,
  visitorKeys,
} from '../setup/visitor'
import { type HeapComposition, heapComposition } from './heapComposition'
import { type Sample, sampler } from './soak'

export interface KioskSoak {
  readonly cycles: number
  readonly seconds: number
  /** Cycles that 500 would take at the measured pace, in minutes. */
  readonly projected500Minutes: number
  readonly start: Sample
  readonly end: Sample
  readonly heapGrowthPercent: number
  /** Growth over the second half of the cycles alone: a leak keeps its pace, warming up does not. */
  readonly secondHalfHeapGrowthPercent: number
  /**
   * The heap at the start, the midpoint and the end, split into the app's objects (what a leak
   * grows) and the engine's compiled code (what grows while V8 keeps optimising the functions
   * each visit runs; bounded by the program, and slowing as it goes).
   */
  readonly composition: {
    readonly start: HeapComposition
    readonly mid: HeapComposition | null
    readonly end: HeapComposition
  }
  /** Growth of the app's objects alone, start to end: the leak budget applies to this. */
  readonly objectGrowthPercent: number
  /** Media elements still sounding after a reset, summed over every cycle (should be 0). */
  readonly soundingAfterReset: number
  /** Cycles whose reset left anything about the visitor in storage (should be 0). */
  readonly keptAfterReset: number
}

export interface AttractFrames {
  readonly perMinute: number
  readonly seconds: number
  readonly reducedMotionPerMinute: number
}

/**
 * Visits before the first sample: eight of each journey. The engine keeps compiling the app's hot
 * paths for the first few dozen visits (compiled code was most of the growth measured after a
 * warm-up of 12: +470 kB, levelling off by about 30 visits), and that is not a leak.
 */
const WARM_UP = 32

const kioskFile = {
  kiosk: { idleSeconds: 30, warningSeconds: 20, attract: true },
}

/** A device enrolled as a kiosk (as staff do, on the device), with the clinic's kiosk settings. */
async function asKiosk(page: Page, base: string) {
  await page.route('**/clinic.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(kioskFile) }),
  )
  await trackMedia(page)
  await enrolKiosk(page, { base, query: '?inspect' })
}

const touch = (page: Page) => page.getByRole('button', { name: 'Touch anywhere to begin' })

/** One visitor: attract, touch, a journey (a different one each time), then they walk away. */
export async function visit(page: Page, n: number) {
  await touch(page).click()
  const home = page.getByRole('heading', { name: 'Where would you like to start?' })
  await home.waitFor()
  switch (n % 4) {
    case 0:
      await page.getByRole('link', { name: /Learn about CST/ }).click()
      await page.getByRole('heading', { level: 1 }).waitFor()
      await page.getByRole('radio', { name: 'Larger' }).check()
      break
    case 1:
      await page.getByRole('link', { name: /Explore the body/ }).click()
      await page.locator('.body-view[data-ready="true"]').waitFor({ timeout: 30_000 })
      await page.getByRole('button', { name: 'Neck', exact: true }).click()
      break
    case 2:
      await page.getByRole('link', { name: /Preview a session/ }).click()
      await page.getByRole('button', { name: 'Play', exact: true }).click()
      await page.getByRole('button', { name: 'Pause' }).first().waitFor()
      await page.waitForTimeout(1500)
      await page.getByRole('button', { name: 'Pause' }).first().click()
      break
    default: {
      await page.getByRole('link', { name: /Practice at home/ }).click()
      await answerSafetyCheck(page)
      await page.getByRole('link', { name: /Neck and shoulders/ }).click()
      await page.getByRole('button', { name: 'Start' }).click()
      await page.getByRole('button', { name: 'Pause' }).first().waitFor()
      await page.waitForTimeout(1500)
      await page.getByRole('button', { name: 'Pause' }).first().click()
    }
  }
  // Walks away: the idle wait, then the warning's countdown, passed at once by the kiosk's own
  // benchmark hook (Playwright's fake clock keeps a record of every timer call, which would be
  // the memory that grows).
  const elapse = (s: number) =>
    page.evaluate((s) => {
      ;(
        window as unknown as { __stillpointKiosk: { elapse(s: number): void } }
      ).__stillpointKiosk.elapse(s)
    }, s)
  await page.waitForFunction(() => '__stillpointKiosk' in window)
  await elapse(31)
  await page.getByRole('dialog', { name: 'Still there?' }).waitFor()
  await elapse(21)
  await touch(page).waitFor()
}

/**
 * The kiosk soak: attract → touch → a journey → idle reset, `maxCycles` times or for
 * `maxMinutes`, whichever ends first, in one page (as a waiting room's screen runs all day).
 * The empty room's minutes pass at once through the kiosk's benchmark hook.
 */
export async function kioskSoak(
  browser: Browser,
  base: string,
  maxCycles: number,
  maxMinutes: number,
): Promise<KioskSoak> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
  await asKiosk(page, base)
  await page.goto(`${base}/?inspect`)
  await touch(page).waitFor()
  const sampleNow = await sampler(page)
  const cdp = await page.context().newCDPSession(page)
  // A reset fades the sound out before releasing it: sample once every sound is released
  // (howler lists the sounds it holds), so the last visitor's run is not counted as kept.
  const sample = async () => {
    await page.waitForFunction(
      () =>
        ((window as unknown as { Howler?: { _howls: unknown[] } }).Howler?._howls.length ?? 0) ===
        0,
      undefined,
      { timeout: 10_000 },
    )
    return sampleNow()
  }
  // Warm up: each journey's first loads, and the engine compiling its hot paths, are not a leak.
  for (let i = 0; i < WARM_UP; i++) await visit(page, i)
  // Sample on the attract screen with its body drawn, so three.js objects are counted too.
  // Ready and drawn: three.js counts a geometry once it has been drawn, and the attract screen
  // draws at a low frame rate, so "ready" alone can be sampled before its first frame.
  const attractReady = async () => {
    await page.locator('.attract .body-view[data-ready="true"]').waitFor({ timeout: 30_000 })
    await page.waitForFunction(
      async () => ((await window.__stillpointScene?.info())?.geometries ?? 0) > 0,
      undefined,
      { timeout: 30_000, polling: 250 },
    )
  }
  await attractReady()
  const start = await sample()
  const startParts = await heapComposition(cdp)
  const began = Date.now()
  let cycles = 0
  let soundingAfterReset = 0
  let keptAfterReset = 0
  // The midpoint is sampled at half the cycles or half the minutes, whichever comes first.
  let mid: Sample | null = null
  let midParts: HeapComposition | null = null
  while (cycles < maxCycles && Date.now() - began < maxMinutes * 60_000) {
    if (!mid && (cycles >= maxCycles / 2 || Date.now() - began >= maxMinutes * 30_000)) {
      await attractReady()
      mid = await sample()
      midParts = await heapComposition(cdp)
    }
    await visit(page, cycles)
    cycles++
    soundingAfterReset += (await soundingMedia(page)).length
    if ((await visitorKeys(page)).length > 0) keptAfterReset++
  }
  const seconds = (Date.now() - began) / 1000
  await attractReady()
  const end = await sample()
  const endParts = await heapComposition(cdp)
  await page.close()
  return {
    cycles,
    seconds: Math.round(seconds),
    projected500Minutes: Math.round(((seconds / Math.max(cycles, 1)) * 500) / 6) / 10,
    start,
    end,
    heapGrowthPercent: growthPercent(start, end),
    secondHalfHeapGrowthPercent: mid ? growthPercent(mid, end) : Number.NaN,
    composition: { start: startParts, mid: midParts, end: endParts },
    objectGrowthPercent: percent(startParts.objectBytes, endParts.objectBytes),
    soundingAfterReset,
    keptAfterReset,
  }
}

const percent = (from: number, to: number) => Math.round(((to - from) / from) * 1000) / 10
const growthPercent = (from: Sample, to: Sample) => percent(from.heapBytes, to.heapBytes)

/** Frames the attract screen draws per minute, with motion allowed and reduced. */
export async function attractFrames(
  browser: Browser,
  base: string,
  seconds = TURN_CYCLE_SECONDS,
): Promise<AttractFrames> {
  const perMinute = async (reducedMotion: 'reduce' | 'no-preference') => {
    const context = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      reducedMotion,
    })
    const page = await context.newPage()
    await asKiosk(page, base)
    await page.goto(`${base}/?inspect`)
    await page.locator('.attract .body-view[data-ready="true"]').waitFor({ timeout: 30_000 })
    // Past the opening: the lit regions' three breaths (7.5 s at the display's own rate, once
    // each time the attract screen comes back) are not what a screen left on all night draws.
    await page.waitForTimeout(8000)
    const frames = () => page.evaluate(() => window.__stillpointScene?.frames ?? 0)
    const before = await frames()
    await page.waitForTimeout(seconds * 1000)
    const drawn = (await frames()) - before
    await context.close()
    return Math.round((drawn / seconds) * 60)
  }
  return {
    seconds,
    perMinute: await perMinute('no-preference'),
    reducedMotionPerMinute: await perMinute('reduce'),
  }
}
