import type { Browser, Page } from '@playwright/test'

export interface WalkthroughReport {
  /** Caption changes seen, and how far each was from its cue time on the audio clock, ms. */
  readonly captionChanges: number
  readonly captionLagMaxMs: number
  readonly captionLagMedianMs: number
  /** Per bed and channel: the largest sample step inside the loop and the step at the seam. */
  readonly seams: readonly { file: string; channel: number; inside: number; seam: number }[]
  /** From pressing play to the narration sounding, assets cached, median of runs, ms. */
  readonly playToSoundMs: number
  readonly playToSoundRunsMs: readonly number[]
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
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.emulateMedia({ reducedMotion: 'reduce' })

  // Caption timing: 25 seconds of the neck and spine chapters.
  await open(page, base, '/the-neck')
  await page.evaluate(() => {
    const lags: number[] = []
    ;(window as unknown as { __lags: number[] }).__lags = lags
    const caption = document.querySelector('.caption')
    if (!caption) throw new Error('no caption')
    new MutationObserver(() => {
      const p = window.__stillpointPreview
      const id = caption.getAttribute('data-cue') ?? ''
      const start = p?.cueStart(id)
      if (p && start !== null && start !== undefined) lags.push((p.time() - start) * 1000)
    }).observe(caption, { attributes: true, attributeFilter: ['data-cue'] })
  })
  await page.getByRole('button', { name: 'Play' }).click()
  await page.waitForTimeout(25_000)
  const lags = await page.evaluate(() => (window as unknown as { __lags: number[] }).__lags)
  await page.getByRole('button', { name: 'Pause' }).click()

  // Loop seams, as this browser decodes the beds.
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

  // Play to sound, assets cached: press play in the page and wait for the narration to sound.
  const runs: number[] = []
  for (let i = 0; i < 5; i++) {
    await open(page, base, '')
    runs.push(
      await page.evaluate(async () => {
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.getAttribute('aria-label') === 'Play',
        )
        const t0 = performance.now()
        button?.click()
        while (window.__stillpointPreview?.waiting() !== false) {
          await new Promise((r) => setTimeout(r, 1))
        }
        return performance.now() - t0
      }),
    )
  }
  await page.close()
  const round = (x: number) => Math.round(x * 10) / 10
  return {
    captionChanges: lags.length,
    captionLagMaxMs: round(Math.max(...lags.map(Math.abs))),
    captionLagMedianMs: round(median(lags)),
    seams,
    playToSoundMs: round(median(runs)),
    playToSoundRunsMs: runs.map(round),
  }
}
