import type { Browser, Page } from '@playwright/test'
import {
  captionChanges,
  currentTimeSamples,
  recordMediaElements,
  waitForCaptionChanges,
  watchCaptionSync,
} from '../setup/captionSync'

export interface WalkthroughReport {
  /**
   * Caption changes seen over about 25 s of playback, and for each how far the narration's own
   * media element was from that cue's start when the caption changed in the DOM, ms (positive:
   * the caption came late). Max of the absolute offsets, median signed and absolute.
   */
  readonly captionChanges: number
  readonly captionOffsetsMs: readonly number[]
  readonly captionOffsetMaxMs: number
  readonly captionOffsetMedianMs: number
  readonly captionOffsetAbsMedianMs: number
  /** The most any offset leaned on extrapolation because currentTime had not moved, ms. */
  readonly captionOffsetExtrapolatedMaxMs: number
  /** Animation frames sampled while the narration played, and how many saw currentTime unmoved. */
  readonly currentTimeFrames: number
  readonly currentTimeStaleFrames: number
  /** Per bed and channel: the largest sample step inside the loop and the step at the seam. */
  readonly seams: readonly { file: string; channel: number; inside: number; seam: number }[]
  /**
   * From pressing play to the narration sounding (its media element's "playing"), assets cached,
   * each press on a freshly opened Preview, median of runs, ms.
   */
  readonly playToSoundMs: number
  readonly playToSoundRunsMs: readonly number[]
  /** From the same press to the page knowing the voice sounds (its run stops waiting), ms. */
  readonly playToRunMs: number
  readonly playToRunRunsMs: readonly number[]
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? (s[Math.floor((s.length - 1) / 2)] ?? 0) : Number.NaN
}

async function open(page: Page, base: string, path: string) {
  await page.goto('about:blank')
  await page.goto(`${base}/?inspect#/preview${path}`)
  await page.getByRole('button', { name: 'Play' }).waitFor()
  await page.waitForFunction(() => window.__stillpointPreview?.ready() === true, undefined, {
    timeout: 30_000,
  })
}

/** Measures the session preview in the browser: caption timing, loop seams, play latency. */
export async function measureWalkthrough(
  browser: Browser,
  base: string,
  bedFiles: readonly string[],
): Promise<WalkthroughReport> {
  // Caption timing against the sound itself: the neck and spine chapters, about 25 seconds,
  // until the fourth caption change (spine-upper, 24 s in). A page of its own, so its watchers
  // do not touch the other measurements.
  const syncPage = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await syncPage.emulateMedia({ reducedMotion: 'reduce' })
  await recordMediaElements(syncPage)
  await open(syncPage, base, '/the-neck')
  await watchCaptionSync(syncPage)
  await syncPage.getByRole('button', { name: 'Play' }).click()
  await waitForCaptionChanges(syncPage, 4, 60_000)
  const changes = await captionChanges(syncPage)
  const samples = await currentTimeSamples(syncPage)
  await syncPage.close()
  const lost = changes.filter((c) => !c.playing || !Number.isFinite(c.offsetMs))
  if (lost.length)
    throw new Error(`Caption changes without a playing narration: ${JSON.stringify(lost)}`)
  const offsets = changes.map((c) => c.offsetMs)

  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.emulateMedia({ reducedMotion: 'reduce' })

  // Loop seams, as this browser decodes the beds (fetched from the app's own origin).
  await page.goto(`${base}/#/`)
  const seams = await page.evaluate(async (files) => {
    const ctx = new AudioContext()
    const out: { file: string; channel: number; inside: number; seam: number }[] = []
    for (const file of files) {
      const buffer = await ctx.decodeAudioData(await (await fetch(file)).arrayBuffer())
      for (let c = 0; c < buffer.numberOfChannels; c++) {
        const d = buffer.getChannelData(c)
        let inside = 0
        for (let i = 1; i < d.length; i++)
          inside = Math.max(inside, Math.abs((d[i] ?? 0) - (d[i - 1] ?? 0)))
        out.push({ file, channel: c, inside, seam: Math.abs((d[0] ?? 0) - (d[d.length - 1] ?? 0)) })
      }
    }
    await ctx.close()
    return out
  }, bedFiles)

  // Play to sound, assets cached: press play on a freshly opened Preview, then take the moment
  // the element the press started says it plays, and the moment the run stops waiting for it.
  const runs: { sound: number; run: number }[] = []
  for (let i = 0; i < 5; i++) {
    await page.goto('about:blank')
    await open(page, base, '')
    runs.push(
      await page.evaluate(async () => {
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.getAttribute('aria-label') === 'Play',
        )
        if (!button) throw new Error('no Play button')
        const play = HTMLMediaElement.prototype.play
        let sounding = 0
        HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
          this.addEventListener(
            'playing',
            (e) => {
              sounding ||= e.timeStamp
            },
            { once: true },
          )
          return play.call(this)
        }
        const t0 = performance.now()
        button.click()
        HTMLMediaElement.prototype.play = play
        while (window.__stillpointPreview?.waiting() !== false) {
          await new Promise((r) => setTimeout(r, 1))
        }
        const run = performance.now() - t0
        while (!sounding) {
          if (performance.now() - t0 > 10_000) throw new Error('the narration never said "playing"')
          await new Promise((r) => setTimeout(r, 1))
        }
        return { sound: sounding - t0, run }
      }),
    )
  }
  await page.close()
  const round = (x: number) => Math.round(x * 10) / 10
  return {
    captionChanges: changes.length,
    captionOffsetsMs: offsets.map(round),
    captionOffsetMaxMs: round(Math.max(...offsets.map(Math.abs))),
    captionOffsetMedianMs: round(median(offsets)),
    captionOffsetAbsMedianMs: round(median(offsets.map(Math.abs))),
    captionOffsetExtrapolatedMaxMs: round(Math.max(...changes.map((c) => c.extrapolatedMs))),
    currentTimeFrames: samples.frames,
    currentTimeStaleFrames: samples.stale,
    seams,
    playToSoundMs: round(median(runs.map((r) => r.sound))),
    playToSoundRunsMs: runs.map((r) => round(r.sound)),
    playToRunMs: round(median(runs.map((r) => r.run))),
    playToRunRunsMs: runs.map((r) => round(r.run)),
  }
}
