/**
 * Measures, in the browser, how far each caption change lands from the moment the SOUND reaches
 * that cue: at every change of `.caption`'s `data-cue` it reads the narration's own media element,
 * never the app's player (which could drift from the sound and still agree with itself).
 *
 * howler streams the narration through an HTMLAudioElement that is not in the DOM, so an init
 * script notes every media element asked to play and the narration is the one whose source is
 * the walkthrough's file.
 *
 * The moment of a change is the MutationObserver callback: after the render that wrote the new
 * `data-cue` has finished its synchronous work, before the browser paints it.
 *
 * What Chromium does (measured with Debian's Chromium): `currentTime` is not coarse. The media
 * pipeline interpolates it and it moves from one task to the next (about 14 distinct values per
 * millisecond in a tight loop of tasks), but once read it is held still until the running
 * microtask ends (30 ms of reads in one run: one value); the next microtask, such as the
 * MutationObserver callback, reads a fresh one. `timeupdate` fires only every 250 ms or so.
 * For browsers whose `currentTime` moves in coarse steps, every animation frame samples it with
 * `performance.now()`; if at a change it still shows the value first seen at an earlier frame, the
 * position is extrapolated from that moment at the playback rate (`extrapolatedMs` says by how
 * much; 0 means the value was read fresh).
 */
import type { Page } from '@playwright/test'

export interface CaptionChange {
  /** The cue the caption now shows. */
  readonly id: string
  /** That cue's start on the narration, s (the app's own cue list). */
  readonly start: number
  /** Where the narration's media element was when the caption changed, s. */
  readonly audio: number
  /** How much of `audio` was extrapolated from an earlier frame because currentTime had not moved, ms. */
  readonly extrapolatedMs: number
  /** (audio − start) in ms: positive when the caption came late, negative when early. */
  readonly offsetMs: number
  /** The player's clock as its last frame read it, s (for comparison only, never for the offset). */
  readonly player: number
  /** The narration element was playing (not paused) at the change. */
  readonly playing: boolean
  /** The body's accessible name at that moment: which region is highlighted. */
  readonly label: string
}

/** A change of the body's accessible name, and where the narration was at that moment. */
export interface LabelChange {
  readonly label: string
  /** The narration element's position, s. */
  readonly audio: number
}

export interface CurrentTimeSamples {
  /** Animation frames sampled while the narration played. */
  readonly frames: number
  /** Of those, frames where currentTime had not moved since the frame before. */
  readonly stale: number
}

interface SyncState {
  media: HTMLMediaElement[]
  /** The browser's own currentTime getter, kept before any page script could wrap it. */
  currentTime: (el: HTMLMediaElement) => number
  changes: CaptionChange[]
  labels: LabelChange[]
  samples: { frames: number; stale: number }
}

type SyncWindow = Window & { __captionSync?: SyncState }

/**
 * Before navigating: notes every media element that is asked to play. Call once per page, before
 * `page.goto`.
 */
export async function recordMediaElements(page: Page): Promise<void> {
  // Under tsx (the bench), esbuild wraps named functions in a `__name()` helper that a function
  // sent to the page takes along; give the page a harmless one.
  await page.addInitScript({ content: 'globalThis.__name ??= (f) => f' })
  await page.addInitScript(() => {
    const get = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'currentTime')?.get
    const state: SyncState = {
      media: [],
      currentTime: (el) => (get ? (get.call(el) as number) : el.currentTime),
      changes: [],
      labels: [],
      samples: { frames: 0, stale: 0 },
    }
    ;(window as SyncWindow).__captionSync = state
    const play = HTMLMediaElement.prototype.play
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      if (!state.media.includes(this)) state.media.push(this)
      return play.call(this)
    }
  })
}

/**
 * Once the preview page shows its caption (and `?inspect` exposes the cue list): records every
 * caption change from now on against the narration element whose source contains `narration`.
 */
export async function watchCaptionSync(page: Page, narration = 'first-session'): Promise<void> {
  await page.evaluate((file) => {
    const state = (window as SyncWindow).__captionSync
    const caption = document.querySelector('.caption')
    const body = document.querySelector('.preview-stage [role="img"]')
    if (!state) throw new Error('recordMediaElements(page) must run before the page loads')
    if (!caption || !body) throw new Error('no caption or body on the page')
    const element = () => state.media.find((m) => (m.currentSrc || m.src).includes(file))
    // The last distinct currentTime and when it was first seen, sampled every animation frame.
    let last = { time: Number.NaN, at: 0 }
    const sample = () => {
      const el = element()
      if (el && !el.paused) {
        const time = state.currentTime(el)
        state.samples.frames++
        if (time === last.time) state.samples.stale++
        else last = { time, at: performance.now() }
      }
      requestAnimationFrame(sample)
    }
    requestAnimationFrame(sample)
    new MutationObserver(() => {
      const now = performance.now()
      const el = element()
      const id = caption.getAttribute('data-cue') ?? ''
      const start = window.__stillpointPreview?.cueStart(id) ?? Number.NaN
      const time = el ? state.currentTime(el) : Number.NaN
      const playing = !!el && !el.paused
      // Between frames the sound moves on from the last currentTime seen, unless it is waiting
      // for data (a stall while streaming: then the sound holds too).
      const flowing = playing && el.readyState >= HTMLMediaElement.HAVE_FUTURE_DATA
      const extrapolatedMs = flowing && time === last.time ? (now - last.at) * el.playbackRate : 0
      const audio = time + extrapolatedMs / 1000
      state.changes.push({
        id,
        start,
        audio,
        extrapolatedMs,
        offsetMs: (audio - start) * 1000,
        player: window.__stillpointPreview?.time() ?? Number.NaN,
        playing,
        label: body.getAttribute('aria-label') ?? '',
      })
    }).observe(caption, { attributes: true, attributeFilter: ['data-cue'] })
    new MutationObserver(() => {
      const el = element()
      state.labels.push({
        label: body.getAttribute('aria-label') ?? '',
        audio: el ? state.currentTime(el) : Number.NaN,
      })
    }).observe(body, { attributes: true, attributeFilter: ['aria-label'] })
  }, narration)
}

/** The caption changes recorded so far. */
export function captionChanges(page: Page): Promise<CaptionChange[]> {
  return page.evaluate(() => (window as SyncWindow).__captionSync?.changes ?? [])
}

/** The body's accessible-name changes recorded so far. */
export function labelChanges(page: Page): Promise<LabelChange[]> {
  return page.evaluate(() => (window as SyncWindow).__captionSync?.labels ?? [])
}

/** How often currentTime stood still from one animation frame to the next while playing. */
export function currentTimeSamples(page: Page): Promise<CurrentTimeSamples> {
  return page.evaluate(
    () => (window as SyncWindow).__captionSync?.samples ?? { frames: 0, stale: 0 },
  )
}

/** Waits (on the condition, not a timer) until `count` caption changes have been recorded. */
export async function waitForCaptionChanges(
  page: Page,
  count: number,
  timeoutMs: number,
): Promise<void> {
  await page.waitForFunction(
    (n) => ((window as SyncWindow).__captionSync?.changes.length ?? 0) >= n,
    count,
    { timeout: timeoutMs, polling: 250 },
  )
}
